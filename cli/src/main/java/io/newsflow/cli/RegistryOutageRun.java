package io.newsflow.cli;

import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.IngestSettings;
import io.newsflow.localstack.LocalStack;
import io.newsflow.topics.TopicCreation;
import io.newsflow.topics.TopicNames;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scenario 3, the schema registry goes away mid-stream. The running ingest service keeps accepting
 * articles with the schema id it has cached; an ingest service started during the outage, which
 * has no id yet, answers 503 with {@code Retry-After}. The enrich JVM is killed and restarted while
 * the registry is away, so it starts with empty caches and must wait for the registry instead of
 * skipping records: nothing is enriched and nothing is dead-lettered until the registry returns,
 * then it catches up.
 */
final class RegistryOutageRun {
  static final Duration DOWN_TIME = Duration.ofSeconds(10);

  /** What the outage showed besides the totals. */
  record Outage(int enrichedWhileAway, int coldIngestStatus, int deadLetters) {}

  private final int articles;
  private final PrintStream log;
  private Outage outage;

  RegistryOutageRun(int articles, PrintStream log) {
    this.articles = articles;
    this.log = log;
  }

  ScenarioResult run() throws Exception {
    Path data = Files.createTempDirectory("newsflow-chaos-registry-");
    EnrichInstance enrich = null;
    try (LocalStack stack = LocalStack.builder().freePorts().dataDirectory(data.resolve("kafka")).build().start()) {
      String bootstrap = stack.bootstrapServers();
      TopicCreation.ensure(Map.of("bootstrap.servers", bootstrap), 6, (short) 1, Duration.ofSeconds(30));
      log.println("registry: stack up: " + bootstrap + ", " + stack.registryUrl());
      enrich = EnrichInstance.start(1, bootstrap, stack.registryUrl(), data);
      ChaosArticles generated = ChaosArticles.fromSeed();
      List<IngestClient.Delivery> deliveries = new ArrayList<>();
      int enrichedAway;
      int coldStatus;
      int third = Math.max(1, articles / 3);
      try (IngestService ingest = IngestService.start(
               IngestSettings.from(BrokerRestartRun.ingestConfig(bootstrap, stack.registryUrl())));
           PostingStream stream = new PostingStream(
               new IngestClient(ingest.port(), Duration.ofMinutes(2)), generated, "registry", 4)) {
        stream.send(0, third);
        List<IngestClient.Delivery> before = stream.await(Duration.ofMinutes(2));
        ChaosLedger.awaitKeys(bootstrap, TopicNames.ENRICHED_ARTICLES, accepted(before), Duration.ofMinutes(2));
        log.println("registry: " + third + " articles in and enriched; stopping the registry");

        stack.registry().stop();
        enrich.kill();
        enrich = EnrichInstance.start(1, bootstrap, stack.registryUrl(), data);
        log.println("registry: enrich killed and restarted with empty caches while the registry is away");
        stream.send(third, 2 * third);
        List<IngestClient.Delivery> during = stream.await(Duration.ofMinutes(2)).subList(third, 2 * third);
        List<IngestClient.Delivery> cold = new ArrayList<>();
        try (IngestService fresh = IngestService.start(
            IngestSettings.from(BrokerRestartRun.ingestConfig(bootstrap, stack.registryUrl())))) {
          IngestClient.Delivery refused = new IngestClient(fresh.port(), Duration.ZERO).post("registry-cold", "Ny tjeneste",
              generated.body(articles));
          Thread.sleep(DOWN_TIME.toMillis());
          coldStatus = refused.status();
          int enrichedWhileAway = accepted(during).stream()
              .filter(ChaosLedger.countKeys(bootstrap, TopicNames.ENRICHED_ARTICLES)::containsKey).toList().size();
          log.println("registry: " + accepted(during).size() + " of " + during.size()
              + " accepted with the cached schema id; a fresh ingest service answered " + refused.status()
              + "; enriched while away: " + enrichedWhileAway);

          stack.registry().start();
          log.println("registry: back on " + stack.registryUrl() + " after " + DOWN_TIME.toSeconds() + " s");
          cold.add(new IngestClient(fresh.port(), Duration.ofMinutes(1)).post("registry-cold", "Ny tjeneste",
              generated.body(articles)));
          enrichedAway = enrichedWhileAway;
        }
        stream.send(2 * third, articles);
        deliveries.addAll(stream.await(Duration.ofMinutes(2)));
        deliveries.addAll(cold);
      }
      List<String> accepted = accepted(deliveries);
      Map<String, Integer> enriched =
          ChaosLedger.awaitKeys(bootstrap, TopicNames.ENRICHED_ARTICLES, accepted, Duration.ofMinutes(3));
      Map<String, Integer> raw = ChaosLedger.countKeys(bootstrap, TopicNames.RAW_ARTICLES);
      int deadLetters = ChaosLedger.countKeys(bootstrap, TopicNames.DEAD_LETTERS).values().stream()
          .mapToInt(Integer::intValue).sum();
      outage = new Outage(enrichedAway, coldStatus, deadLetters);
      ScenarioResult result = ChaosLedger.tally("registry down", deliveries, raw, enriched);
      log.println("registry: dead letters " + deadLetters + ", " + result.resent() + " re-sent articles landed twice");
      return result;
    } finally {
      if (enrich != null) {
        enrich.stop();
      }
      ChaosRun.deleteRecursively(data);
    }
  }

  /** What the outage showed; known once {@link #run()} has returned. */
  Outage outage() {
    return outage;
  }

  private static List<String> accepted(List<IngestClient.Delivery> deliveries) {
    return deliveries.stream().filter(IngestClient.Delivery::accepted).map(IngestClient.Delivery::id).toList();
  }
}
