package io.newsflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one {@code ./newsflow bench} run as a table, the targets they meet, and one summary
 * line.
 */
public record BenchReport(int articles, long tokens, Throughput nlpOneThread, Throughput nlpAllThreads,
    PipelineRun.Result pipeline, String machine) {
  /** Full pipeline at least this share of in-process analysis at the same thread count. */
  static final double PIPELINE_SHARE_TARGET = 0.9;
  /** The whole analysis, tokens per second on one thread. */
  static final double ANALYSIS_TOKENS_TARGET = 100_000;
  static final long P99_TARGET_MS = 250;

  public double pipelineShare() {
    return pipeline.pipeline().articlesPerSecond() / nlpAllThreads.articlesPerSecond();
  }

  /** In-process CPU per article over the whole pipeline's (enrich plus broker): the share the load cannot skew. */
  public double cpuShare() {
    return nlpAllThreads.cpuMillisPerArticle()
        / (pipeline.pipeline().cpuMillisPerArticle() + pipeline.brokerCpuPerArticleMs());
  }

  public List<String> table() {
    List<String> out = new ArrayList<>();
    out.add("machine: " + machine);
    out.add(String.format(Locale.ROOT, "corpus: %d articles, %d tokens (%.0f tokens per article)", articles, tokens,
        (double) tokens / articles));
    out.add(String.format(Locale.ROOT, "%-34s %7s %11s %11s %12s", "phase", "threads", "articles/s", "tokens/s",
        "CPU ms/art."));
    out.add(row("nlp-only (in-process analysis)", nlpOneThread));
    out.add(row("nlp-only (in-process analysis)", nlpAllThreads));
    out.add(row("pass-through (Kafka, Avro, EOS)", pipeline.passThrough()));
    out.add(row("full pipeline (raw -> enriched)", pipeline.pipeline()));
    out.add(String.format(Locale.ROOT,
        "CPU per article in the full pipeline: enrich JVM %.1f ms + broker/registry JVM %.1f ms; nlp-only %.1f ms"
            + " (CPU share %.2f: the throughput share with the cores to itself)",
        pipeline.pipeline().cpuMillisPerArticle(), pipeline.brokerCpuPerArticleMs(),
        nlpAllThreads.cpuMillisPerArticle(), cpuShare()));
    Latencies l = pipeline.latency();
    out.add(String.format(Locale.ROOT,
        "latency produce -> enriched (read_committed), %d articles at %.0f/s (50%% load): p50 %d ms, p95 %d ms,"
            + " p99 %d ms, max %d ms", l.count(), pipeline.pacedRate(), l.p50Ms(), l.p95Ms(), l.p99Ms(), l.maxMs()));
    out.add(String.format(Locale.ROOT, "enrich JVM (-Xmx%dm): peak heap used %d MB, peak live heap %d MB, peak RSS %s",
        PipelineRun.ENRICH_HEAP_MB, pipeline.enrichHeap().peakUsedMb(), pipeline.enrichHeap().peakLiveMb(),
        pipeline.enrichPeakRssBytes().isPresent()
            ? (pipeline.enrichPeakRssBytes().getAsLong() / (1024 * 1024)) + " MB" : "n/a"));
    if (pipeline.deadLettered() > 0) {
      out.add("dead-lettered by enrich: " + pipeline.deadLettered() + " (the corpus should have none)");
    }
    out.add(target("pipeline >= 0.9 x nlp-only at " + nlpAllThreads.threads() + " threads",
        pipelineShare() >= PIPELINE_SHARE_TARGET, String.format(Locale.ROOT, "%.2f", pipelineShare())));
    out.add(target("whole analysis >= 100,000 tokens/s per thread",
        nlpOneThread.tokensPerSecond() >= ANALYSIS_TOKENS_TARGET,
        String.format(Locale.ROOT, "%,.0f", nlpOneThread.tokensPerSecond())));
    out.add(target("p99 produce -> enriched <= 250 ms at 50% load", l.p99Ms() <= P99_TARGET_MS, l.p99Ms() + " ms"));
    // The run got here, so the enrich JVM survived full speed in its heap; the target asks for headroom too.
    out.add(target("enrich within -Xmx512m (peak live heap <= half)",
        pipeline.enrichHeap().peakLiveMb() <= PipelineRun.ENRICH_HEAP_MB / 2,
        "live " + pipeline.enrichHeap().peakLiveMb() + " MB"));
    return out;
  }

  /** The last line: {@code pipeline 812 articles/s = 0.93 of nlp-only; p99 140 ms at 50% load; heap 310 MB}. */
  public String summary() {
    return String.format(Locale.ROOT, "pipeline %.0f articles/s = %.2f of nlp-only; p99 %d ms at 50%% load; heap %d MB",
        pipeline.pipeline().articlesPerSecond(), pipelineShare(), pipeline.latency().p99Ms(),
        pipeline.enrichHeap().peakUsedMb());
  }

  private static String row(String phase, Throughput t) {
    return String.format(Locale.ROOT, "%-34s %7d %11.0f %11.0f %12.1f", phase, t.threads(), t.articlesPerSecond(),
        t.tokensPerSecond(), t.cpuMillisPerArticle());
  }

  private static String target(String what, boolean met, String measured) {
    return String.format(Locale.ROOT, "target %-50s %-4s (%s)", what, met ? "met" : "MISS", measured);
  }
}
