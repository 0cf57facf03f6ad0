package io.newsflow.cli;

import io.newsflow.avro.EnrichedArticle;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.EnrichSettings;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.IngestSettings;
import io.newsflow.localstack.LocalStack;
import io.newsflow.runtime.Logging;
import io.newsflow.runtime.config.CommonSettings;
import io.newsflow.runtime.config.ConfigSource;
import io.newsflow.topics.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./newsflow demo}: the whole pipeline on this machine. A real Kafka broker and the
 * Confluent-compatible registry start in this JVM, then the enrich and ingest services; the seed
 * article goes in through the ingest HTTP API and comes out of {@code news.articles.enriched}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Start a local Kafka broker and schema registry, the enrich and ingest services, send the",
        "seed article through the HTTP API and print what comes out of news.articles.enriched.",
        "Stays up (printing its URLs) until Ctrl-C, or exits after printing with --once."})
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--once", description = "Exit after printing the enriched article.")
  boolean once;

  @Option(names = "--free-ports", description = "Use free ports instead of 9092/8081/8080/8082.")
  boolean freePorts;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "How long to wait for the enriched article (default ${DEFAULT-VALUE}).")
  long timeoutSeconds = 180;

  @Option(names = "--verbose", description = "Log what the services do (INFO) instead of warnings only.")
  boolean verbose;

  private final PrintStream out = System.out;

  @Override
  public Integer call() throws Exception {
    Logging.configure(CommonSettings.LogFormat.TEXT, verbose ? "info" : "warn");
    Path data = Files.createTempDirectory("newsflow-demo-");
    List<AutoCloseable> running = new ArrayList<>();
    try {
      LocalStack.Builder builder = LocalStack.builder().dataDirectory(data.resolve("kafka"));
      LocalStack stack = (freePorts ? builder.freePorts() : builder.brokerPort(9092).registryPort(8081)).build().start();
      running.add(0, stack);
      out.println("broker:   " + stack.bootstrapServers());
      out.println("registry: " + stack.registryUrl());

      String token = newToken();
      Map<String, String> env = new HashMap<>(Map.of(
          "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers(),
          "NEWSFLOW_SCHEMA_REGISTRY_URL", stack.registryUrl(),
          "NEWSFLOW_ENRICH_STATE_DIR", data.resolve("streams").toString(),
          "NEWSFLOW_INGEST_TOKEN", token));
      if (freePorts) {
        env.put("NEWSFLOW_ENRICH_PORT", "0");
        env.put("NEWSFLOW_INGEST_PORT", "0");
      }
      ConfigSource config = ConfigSource.fromEnvironment().with(env);

      EnrichService enrich = EnrichService.start(EnrichSettings.from(config), ArticleEnricher.standard());
      running.add(0, enrich);
      IngestService ingest = IngestService.start(IngestSettings.from(config));
      running.add(0, ingest);
      String ingestUrl = "http://localhost:" + ingest.port();
      out.println("ingest:   " + ingestUrl + "/articles");
      out.println("enrich:   http://localhost:" + enrich.port() + "/health");
      out.println("web view: http://localhost:" + enrich.port() + "/   (query API under /api/)");
      out.println("ingest token: " + token);

      SeedArticle seed = SeedArticle.locate();
      String id = seed.id();
      try (KafkaConsumer<String, byte[]> consumer = enrichedConsumer(stack.bootstrapServers())) {
        long start = System.nanoTime();
        post(ingestUrl + "/articles", token, seed.request().toString());
        EnrichedArticle article = awaitArticle(consumer, enrich.topics(), id, Duration.ofSeconds(timeoutSeconds));
        long millis = (System.nanoTime() - start) / 1_000_000;
        out.println();
        new ArticlePrinter(out).print(article);
        out.println();
        out.println(summary(article, millis));
      }
      if (!once) {
        out.println();
        out.println("Running. Open http://localhost:" + enrich.port() + "/articles/" + id + "   |   ./newsflow tail "
            + "--from-beginning   |   Ctrl-C to stop");
        awaitCtrlC(running);
        running.clear();
      }
      return 0;
    } finally {
      closeAll(running);
      deleteRecursively(data);
    }
  }

  static String summary(EnrichedArticle article, long millis) {
    int paragraphs = article.getParagraphs().size();
    int mentions = article.getParagraphs().stream().mapToInt(p -> p.getEntities().size()).sum();
    return "enriched 1 article: " + paragraphs + " paragraphs, " + mentions + " entities, "
        + article.getClaims().size() + " claims in " + millis + " ms";
  }

  private static KafkaConsumer<String, byte[]> enrichedConsumer(String bootstrap) {
    Map<String, Object> props = Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    return new KafkaConsumer<>(props, new StringDeserializer(),
        new org.apache.kafka.common.serialization.ByteArrayDeserializer());
  }

  private static EnrichedArticle awaitArticle(KafkaConsumer<String, byte[]> consumer, Topics topics, String id,
      Duration timeout) {
    String topic = topics.enrichedArticles().name();
    List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
        .map(p -> new TopicPartition(topic, p.partition())).toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
        if (id.equals(r.key())) {
          return topics.enrichedArticles().valueSerde().deserializer().deserialize(topic, r.value());
        }
      }
    }
    throw new IllegalStateException("the article did not come out of " + topic + " within " + timeout.toSeconds()
        + " s; see the log above");
  }

  private static void post(String url, String token, String json) throws IOException, InterruptedException {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 202) {
      throw new IllegalStateException("ingest answered " + response.statusCode() + ": " + response.body());
    }
  }

  private static String newToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void awaitCtrlC(List<AutoCloseable> running) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      closeAll(running);
      stopped.countDown();
    }, "demo-shutdown"));
    stopped.await();
  }

  private static void closeAll(List<AutoCloseable> running) {
    for (AutoCloseable c : List.copyOf(running)) {
      try {
        c.close();
      } catch (Exception e) {
        System.err.println("newsflow demo: " + c.getClass().getSimpleName() + " did not close cleanly: " + e);
      }
    }
    running.clear();
  }

  private static void deleteRecursively(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp folder left behind is harmless
    }
  }
}
