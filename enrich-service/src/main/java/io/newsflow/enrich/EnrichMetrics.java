package io.newsflow.enrich;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * newsflow's own enrich metrics: records in, articles out, dead letters by stage, and the time
 * of each analysis stage. Meters are created once and cached, so counting costs no allocation.
 */
public final class EnrichMetrics {
  private final MeterRegistry registry;
  private final Counter received;
  private final Counter enriched;
  private final Counter paragraphs;
  private final Counter mentions;
  private final Counter claims;
  private final Map<DeadLetters.Stage, Counter> deadLetters = new ConcurrentHashMap<>();
  private final Map<String, Timer> stages = new ConcurrentHashMap<>();

  public EnrichMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.received = registry.counter("newsflow_enrich_records_in");
    this.enriched = registry.counter("newsflow_enrich_articles_out");
    this.paragraphs = registry.counter("newsflow_enrich_paragraphs_out");
    this.mentions = registry.counter("newsflow_enrich_mentions_out");
    this.claims = registry.counter("newsflow_enrich_claims_out");
  }

  public static EnrichMetrics noop() {
    return new EnrichMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
  }

  void received() {
    received.increment();
  }

  void enriched(EnrichedRecords.Enrichment e) {
    enriched.increment();
    paragraphs.increment(e.paragraphs().size());
    mentions.increment(e.mentions().size());
    claims.increment(e.claims().size());
    e.article().getPipeline().getTimingsMicros().forEach((stage, micros) ->
        stages.computeIfAbsent(stage, s -> Timer.builder("newsflow_enrich_stage")
                .tag("stage", s).publishPercentiles(0.5, 0.99).register(registry))
            .record(Duration.ofNanos(micros * 1_000)));
  }

  void deadLettered(DeadLetters.Stage stage) {
    deadLetters.computeIfAbsent(stage, s -> registry.counter("newsflow_enrich_dead_letters",
        "stage", s.name().toLowerCase(java.util.Locale.ROOT))).increment();
  }
}
