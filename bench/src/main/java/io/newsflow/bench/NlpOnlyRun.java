package io.newsflow.bench;

import io.newsflow.nlp.ArticleAnalyzer;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The analysis alone, in this JVM: every article of the corpus through {@link ArticleAnalyzer}, on
 * one or more threads sharing one analyzer as the stream threads of the enrich service do. This is
 * the ceiling the pipeline is compared against.
 */
public final class NlpOnlyRun {
  private static final Duration MAX_WARM_UP = Duration.ofMinutes(3);

  private final ArticleAnalyzer analyzer;
  private final List<BenchArticle> articles;

  public NlpOnlyRun(ArticleAnalyzer analyzer, List<BenchArticle> articles) {
    this.analyzer = analyzer;
    this.articles = List.copyOf(articles);
  }

  /**
   * Analyses the corpus over and over for at least {@code time} and {@code minimumArticles}, and
   * then until the JIT compiler is quiet (under a twentieth of a round's time), at most three
   * minutes: compilation is work-bound and, on a busy machine, can go on for a minute or more.
   */
  public void warmUp(Duration time, int minimumArticles, int threads) {
    CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    long start = System.nanoTime();
    long until = start + time.toNanos();
    long giveUp = start + MAX_WARM_UP.toNanos();
    int done = 0;
    int from = 0;
    boolean quiet = false;
    while (System.nanoTime() < giveUp && (System.nanoTime() < until || done < minimumArticles || !quiet)) {
      long roundStart = System.nanoTime();
      long jitBefore = compiler.getTotalCompilationTime();
      int chunk = Math.min(articles.size(), Math.max(100, threads * 50));
      for (int n = 0; n < chunk; n += 25) {
        List<BenchArticle> batch = articles.subList(from, Math.min(articles.size(), from + 25));
        run(batch, threads);
        done += batch.size();
        from = (from + 25) % articles.size();
      }
      long roundMillis = (System.nanoTime() - roundStart) / 1_000_000;
      quiet = compiler.getTotalCompilationTime() - jitBefore < roundMillis / 20;
    }
  }

  public Throughput measure(int threads) {
    Duration cpuBefore = CpuTime.self();
    long start = System.nanoTime();
    long tokens = run(articles, threads);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return new Throughput(threads, articles.size(), tokens, elapsed, CpuTime.self().minus(cpuBefore));
  }

  private long analyze(BenchArticle article) {
    try {
      return analyzer.analyze(article.input()).tokenCount();
    } catch (RuntimeException | StackOverflowError e) {
      throw new IllegalStateException("the analysis failed on article " + article.id() + ": " + e, e);
    }
  }

  /** Tokens of all articles, counted by the analysis itself. */
  private long run(List<BenchArticle> batch, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "nlp-bench");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Long>> parts = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        parts.add(pool.submit(() -> {
          long tokens = 0;
          for (int i = next.getAndIncrement(); i < batch.size(); i = next.getAndIncrement()) {
            tokens += analyze(batch.get(i));
          }
          return tokens;
        }));
      }
      long tokens = 0;
      for (Future<Long> part : parts) {
        tokens += part.get();
      }
      return tokens;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing the corpus", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r
          : new IllegalStateException("the analysis failed on the corpus: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
