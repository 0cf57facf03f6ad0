package io.newsflow.cli;

import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.IngestSettings;
import io.newsflow.localstack.kafka.BrokerProcess;
import io.newsflow.localstack.registry.SchemaRegistryServer;
import io.newsflow.runtime.config.ConfigSource;
import io.newsflow.topics.TopicCreation;
import io.newsflow.topics.TopicNames;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Scenario 2, the broker dies mid-stream: clients POST articles to a real ingest service while the
 * broker (a JVM of its own) is killed with SIGKILL and, after {@link #DOWN_TIME}, started again on
 * the same port and data directory. Every answer must be 202 (and the article then enriched by the
 * enrich JVM, which is left to find the broker again by itself) or 503 with {@code Retry-After},
 * after which the client sends the article again.
 */
final class BrokerRestartRun {
  static final Duration DOWN_TIME = Duration.ofSeconds(5);

  private final int articles;
  private final PrintStream log;

  BrokerRestartRun(int articles, PrintStream log) {
    this.articles = articles;
    this.log = log;
  }

  ScenarioResult run() throws Exception {
    Path data = Files.createTempDirectory("newsflow-chaos-broker-");
    EnrichInstance enrich = null;
    try (BrokerProcess broker = BrokerProcess.builder().dataDirectory(data.resolve("kafka")).build().start();
         SchemaRegistryServer registry = SchemaRegistryServer.builder(broker.bootstrapServers()).port(0).build()) {
      registry.start();
      String bootstrap = broker.bootstrapServers();
      TopicCreation.ensure(Map.of("bootstrap.servers", bootstrap), 6, (short) 1, Duration.ofSeconds(30));
      log.println("broker: broker process on " + bootstrap + ", registry " + registry.url());
      enrich = EnrichInstance.start(1, bootstrap, registry.url(), data);
      List<IngestClient.Delivery> deliveries;
      try (IngestService ingest = IngestService.start(IngestSettings.from(ingestConfig(bootstrap, registry.url())));
           PostingStream stream = new PostingStream(
               new IngestClient(ingest.port(), Duration.ofMinutes(2)), ChaosArticles.fromSeed(), "broker", 4)) {
        stream.send(0, articles);
        awaitAnswered(stream, articles / 3);
        log.println("broker: " + stream.answered() + " answered; killing the broker with SIGKILL");
        broker.kill();
        Thread.sleep(DOWN_TIME.toMillis());
        broker.start();
        log.println("broker: broker back on " + bootstrap + " after " + DOWN_TIME.toSeconds() + " s down");
        deliveries = stream.await(Duration.ofMinutes(4));
      }
      return tally(bootstrap, deliveries);
    } finally {
      if (enrich != null) {
        enrich.stop();
      }
      ChaosRun.deleteRecursively(data);
    }
  }

  private ScenarioResult tally(String bootstrap, List<IngestClient.Delivery> deliveries) {
    List<String> accepted = deliveries.stream().filter(IngestClient.Delivery::accepted)
        .map(IngestClient.Delivery::id).toList();
    Map<String, Integer> enriched =
        ChaosLedger.awaitKeys(bootstrap, TopicNames.ENRICHED_ARTICLES, accepted, Duration.ofMinutes(3));
    Map<String, Integer> raw = ChaosLedger.countKeys(bootstrap, TopicNames.RAW_ARTICLES);
    ScenarioResult result = ChaosLedger.tally("broker restart", deliveries, raw, enriched);
    log.println("broker: " + result.unavailable() + " answers 503 with Retry-After, " + result.resent()
        + " re-sent articles landed twice, " + result.refused() + " never accepted");
    return result;
  }

  /** The ingest service as deployed, with a publish timeout short enough for the scenario. */
  static ConfigSource ingestConfig(String bootstrap, String registryUrl) {
    return ConfigSource.of(Map.of(
        "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", bootstrap,
        "NEWSFLOW_SCHEMA_REGISTRY_URL", registryUrl,
        "NEWSFLOW_INGEST_PORT", "0",
        "NEWSFLOW_INGEST_PUBLISH_TIMEOUT", "5s",
        "NEWSFLOW_INGEST_RATE_LIMIT", "100000",
        "NEWSFLOW_INGEST_RATE_BURST", "100000",
        "NEWSFLOW_CREATE_TOPICS", "false",
        "NEWSFLOW_LOG_LEVEL", "warn"));
  }

  static void awaitAnswered(PostingStream stream, int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (stream.answered() < count && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }
}
