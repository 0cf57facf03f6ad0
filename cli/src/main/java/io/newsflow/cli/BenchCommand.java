package io.newsflow.cli;

import io.newsflow.bench.BenchArticle;
import io.newsflow.bench.BenchCorpus;
import io.newsflow.bench.BenchReport;
import io.newsflow.bench.Machine;
import io.newsflow.bench.NlpOnlyRun;
import io.newsflow.bench.PipelineRun;
import io.newsflow.bench.Throughput;
import io.newsflow.bench.jmh.StageBenchmarks;
import io.newsflow.nlp.ArticleAnalyzer;
import io.newsflow.runtime.Logging;
import io.newsflow.runtime.config.CommonSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./newsflow bench}: throughput, latency and memory of the analysis and the pipeline, measured. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure the analysis and the pipeline on a corpus built from NorNE sentences and the seed:",
        "nlp-only on one thread and on all, a pass-through topology, the full pipeline (enrich in its own",
        "JVM, -Xmx512m, exactly-once), latency at 50% of its rate, and the enrich JVM's heap and RSS.",
        "The last line reads: pipeline N articles/s = R of nlp-only; p99 N ms at 50% load; heap N MB.",
        "With --jmh: JMH benchmarks of the stages instead, printed as tokens/s per thread."})
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--articles", description = "Articles in the corpus (default ${DEFAULT-VALUE}).")
  int articles = 5_000;

  @Option(names = "--seed", description = "Random seed of the corpus; the same seed builds the same corpus "
      + "(default ${DEFAULT-VALUE}).")
  long seed = 20_170_616L;

  @Option(names = "--threads", description = "Threads for the all-cores runs and stream threads of the services "
      + "(default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--paced-seconds", description = "How long the 50% load latency phase offers articles "
      + "(default ${DEFAULT-VALUE}).")
  int pacedSeconds = 30;

  @Option(names = "--quick", description = "A short run for tests: 200 articles, 5 s of paced load.")
  boolean quick;

  @Option(names = "--kafka", paramLabel = "PROPERTY=VALUE", description = "A Kafka client property for the "
      + "pass-through and enrich services, to try a tuning (repeatable), e.g. --kafka retry.backoff.ms=10.")
  Map<String, String> kafka = new LinkedHashMap<>();

  @Option(names = "--nlp-only", description = "Only the in-process analysis, no broker: for profiling with JFR.")
  boolean nlpOnly;

  @Option(names = "--jmh", description = "Run the JMH benchmarks of the stages (about 3 minutes) instead.")
  boolean jmh;

  @Option(names = "--norne", description = "Folder with the NorNE CoNLL-U files the corpus is built from "
      + "(default: ../shared/data/norne next to the checkout).")
  Path norne;

  @Override
  public Integer call() throws Exception {
    Logging.configure(CommonSettings.LogFormat.TEXT, "warn");
    // With transactions v2 the broker refuses a new producer's batches that overtake its first one
    // (KAFKA-18202); the producer retries them, but the broker logs every refusal as an error.
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("kafka.server.ReplicaManager"))
        .setLevel(ch.qos.logback.classic.Level.OFF);
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
    }
    if (quick) {
      articles = Math.min(articles, 200);
      pacedSeconds = Math.min(pacedSeconds, 5);
    }
    // Other work on the machine slows every wall-clock figure: the report says how busy it was.
    String loadAtStart = Machine.loadAverage();
    BenchCorpus corpus = BenchCorpus.fromConllu(conlluFiles(), seedArticle());
    if (jmh) {
      StageBenchmarks.runAndPrint(corpus, System.out);
      return 0;
    }
    List<BenchArticle> corpusArticles = corpus.articles(articles, seed);
    System.out.printf("corpus: %d articles from seed %d%n", corpusArticles.size(), seed);

    NlpOnlyRun nlp = new NlpOnlyRun(ArticleAnalyzer.standard(), corpusArticles);
    nlp.warmUp(Duration.ofSeconds(quick ? 5 : 20), quick ? 100 : 2_000, threads);
    Throughput one = nlp.measure(1);
    System.out.printf("nlp-only, 1 thread: %.0f articles/s, %.0f tokens/s, %.1f ms CPU per article%n",
        one.articlesPerSecond(), one.tokensPerSecond(), one.cpuMillisPerArticle());
    Throughput all = nlp.measure(threads);
    System.out.printf("nlp-only, %d threads: %.0f articles/s, %.0f tokens/s, %.1f ms CPU per article%n", threads,
        all.articlesPerSecond(), all.tokensPerSecond(), all.cpuMillisPerArticle());

    if (nlpOnly) {
      return 0;
    }
    // Enough for the services' JIT to settle on a busy machine; timing starts as soon as it has.
    int warmUp = quick ? 40 : Math.max(1_000, articles);
    PipelineRun.Result pipeline = new PipelineRun(threads, warmUp, Duration.ofSeconds(pacedSeconds), kafka,
        System.out)
        .run(corpusArticles, one.tokens());
    BenchReport report = new BenchReport(corpusArticles.size(), one.tokens(), one, all, pipeline,
        Machine.describe() + "; load average at start " + loadAtStart + ", at end " + Machine.loadAverage());
    System.out.println();
    report.table().forEach(System.out::println);
    System.out.println(report.summary());
    return 0;
  }

  private List<Path> conlluFiles() throws IOException {
    Path dir = norne != null ? norne : sharedNorne();
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no NorNE folder at " + dir.toAbsolutePath() + "; give one with --norne");
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> conllu = files.filter(f -> f.toString().endsWith(".conllu")).sorted().toList();
      if (conllu.isEmpty()) {
        throw new IllegalArgumentException("no .conllu files in " + dir.toAbsolutePath());
      }
      return conllu;
    }
  }

  /** {@code shared/data/norne} beside the checkout, looked for upwards from it (tests run in a module folder). */
  private static Path sharedNorne() {
    Path home = Path.of(System.getProperty("newsflow.home", ".")).toAbsolutePath().normalize();
    for (Path dir = home; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/data/norne");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return home.resolve("../shared/data/norne").normalize();
  }

  /** The seed article as the corpus's first article, dated as its metadata says. */
  private static BenchArticle seedArticle() throws IOException {
    SeedArticle seed = SeedArticle.locate();
    var request = seed.request();
    return new BenchArticle(request.get("id").asText(), request.get("title").asText(),
        request.get("body").asText(), LocalDate.parse(request.get("published_at").asText()));
  }
}
