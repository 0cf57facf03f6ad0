package io.newsflow.bench.jmh;

import io.newsflow.bench.BenchArticle;
import io.newsflow.bench.BenchCorpus;
import io.newsflow.nlp.ArticleAnalyzer;
import io.newsflow.nlp.lang.LanguagePack;
import io.newsflow.nlp.model.AnalyzedArticle;
import io.newsflow.nlp.model.Paragraph;
import io.newsflow.nlp.text.Tokenizer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * JMH benchmarks of the analysis stages, one thread each. An operation runs one stage over the whole
 * {@link StageSample} (its input prepared by the stages before it, once, in setup); tokens per
 * second per thread are operations per second times the sample's token count.
 *
 * <p>Iterations are short on purpose (one fork, 3 x 2 s warm-up, 5 x 2 s measured, about three
 * minutes for all): the error column shows whether that is enough on the machine at hand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StageBenchmarks {
  private ArticleAnalyzer analyzer;
  private LanguagePack pack;
  private Tokenizer tokenizer;
  private List<BenchArticle> articles;
  private List<String> paragraphTexts;
  /** The sample fully analysed, claims removed: the input of every later stage. */
  private List<List<Paragraph>> analysed;
  private List<LocalDate> published;

  @Setup
  public void setUp() {
    analyzer = ArticleAnalyzer.standard();
    pack = analyzer.packs().forLanguage("nb");
    tokenizer = pack.sentenceSplitter().tokenizer();
    articles = StageSample.fromProperty();
    paragraphTexts = new ArrayList<>();
    analysed = new ArrayList<>();
    published = new ArrayList<>();
    for (BenchArticle a : articles) {
      AnalyzedArticle result = analyzer.analyze(a.input());
      List<Paragraph> paragraphs = new ArrayList<>();
      for (Paragraph p : result.paragraphs()) {
        paragraphTexts.add(p.text());
        paragraphs.add(p.withClaims(List.of()));
      }
      analysed.add(paragraphs);
      published.add(a.published());
    }
  }

  @Benchmark
  public void tokenizer(Blackhole out) {
    for (String text : paragraphTexts) {
      out.consume(tokenizer.tokenize(text));
    }
  }

  @Benchmark
  public void sentences(Blackhole out) {
    for (String text : paragraphTexts) {
      out.consume(pack.sentenceSplitter().split(text));
    }
  }

  @Benchmark
  public void entities(Blackhole out) {
    for (List<Paragraph> article : analysed) {
      for (Paragraph p : article) {
        out.consume(pack.entityRecognizer().recognize(p));
      }
    }
  }

  @Benchmark
  public void values(Blackhole out) {
    for (int i = 0; i < analysed.size(); i++) {
      for (Paragraph p : analysed.get(i)) {
        out.consume(pack.valueExtractor().extract(p, published.get(i)));
      }
    }
  }

  @Benchmark
  public void claims(Blackhole out) {
    for (List<Paragraph> article : analysed) {
      out.consume(pack.claimExtractor().extract(article));
    }
  }

  @Benchmark
  public void wholeAnalysis(Blackhole out) {
    for (BenchArticle a : articles) {
      out.consume(analyzer.analyze(a.input()));
    }
  }

  /** Runs every benchmark in a forked JVM over a sample from {@code corpus} and prints tokens/s per thread. */
  public static void runAndPrint(BenchCorpus corpus, PrintStream out) throws IOException, RunnerException {
    List<BenchArticle> sample = corpus.articles(StageSample.ARTICLES, StageSample.SEED);
    Path dir = Files.createTempDirectory("newsflow-jmh-sample-");
    try {
      StageSample.write(sample, dir);
      long tokens = 0;
      ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
      for (BenchArticle a : StageSample.read(dir)) {
        tokens += analyzer.analyze(a.input()).tokenCount();
      }
      out.printf("JMH sample: %d articles, %d tokens per operation; 1 fork, 3 x 2 s warm-up, 5 x 2 s measured%n",
          sample.size(), tokens);
      Options options = new OptionsBuilder()
          .include(StageBenchmarks.class.getName() + "\\.")
          .forks(1).threads(1)
          .warmupIterations(3).warmupTime(TimeValue.seconds(2))
          .measurementIterations(5).measurementTime(TimeValue.seconds(2))
          .jvmArgsAppend("-Xmx1g", "-XX:+UseParallelGC", "-D" + StageSample.PROPERTY + "=" + dir)
          .build();
      Collection<RunResult> results = new Runner(options).run();
      print(results, tokens, out);
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  static void print(Collection<RunResult> results, long tokensPerOperation, PrintStream out) {
    Map<String, double[]> byStage = new LinkedHashMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      byStage.put(name.substring(name.lastIndexOf('.') + 1), new double[] {
          r.getPrimaryResult().getScore() * tokensPerOperation,
          r.getPrimaryResult().getScoreError() * tokensPerOperation});
    }
    out.println();
    out.printf(Locale.ROOT, "%-16s %16s %12s%n", "stage", "tokens/s/thread", "± (99.9%)");
    byStage.forEach((stage, s) -> out.printf(Locale.ROOT, "%-16s %,16.0f %,12.0f%n", stage, s[0], s[1]));
    double ner = byStage.getOrDefault("entities", new double[] {Double.NaN})[0];
    double claims = byStage.getOrDefault("claims", new double[] {Double.NaN})[0];
    double whole = byStage.getOrDefault("wholeAnalysis", new double[] {Double.NaN})[0];
    double nerAndClaims = 1 / (1 / ner + 1 / claims);
    out.printf(Locale.ROOT, "entities + claims together: %,.0f tokens/s per thread (target >= 150,000: %s)%n",
        nerAndClaims, nerAndClaims >= 150_000 ? "met" : "MISS");
    out.printf(Locale.ROOT, "entity tagger alone: %,.0f tokens/s per thread (target >= 200,000: %s)%n",
        ner, ner >= 200_000 ? "met" : "MISS");
    out.printf(Locale.ROOT, "claims cost %.2f x the entity tagger per token (target <= 1: %s)%n",
        ner / claims, ner / claims <= 1 ? "met" : "MISS");
    out.printf(Locale.ROOT, "whole analysis: %,.0f tokens/s per thread (target >= 100,000: %s)%n",
        whole, whole >= 100_000 ? "met" : "MISS");
  }
}
