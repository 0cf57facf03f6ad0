package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Claim;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.EnrichedParagraph;
import io.newsflow.avro.EntityMention;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.EnrichSettings;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.IngestSettings;
import io.newsflow.localstack.LocalStack;
import io.newsflow.runtime.config.ConfigSource;
import io.newsflow.serde.registry.RestSchemaRegistryClient;
import io.newsflow.topics.Topic;
import io.newsflow.topics.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed article POSTed over HTTP to ingest, through a real broker and registry, read back from
 * every output topic with newsflow's deserializer through the registry.
 */
class EndToEndTest {
  private static final String TOKEN = "e2e-token";

  @TempDir
  static Path data;

  private static LocalStack stack;
  private static EnrichService enrich;
  private static IngestService ingest;
  private static Topics topics;

  @BeforeAll
  static void start() throws Exception {
    stack = LocalStack.builder().freePorts().dataDirectory(data.resolve("kafka")).build().start();
    ConfigSource config = ConfigSource.of(Map.of(
        "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers(),
        "NEWSFLOW_SCHEMA_REGISTRY_URL", stack.registryUrl(),
        "NEWSFLOW_ENRICH_STATE_DIR", data.resolve("streams").toString(),
        "NEWSFLOW_ENRICH_PORT", "0",
        "NEWSFLOW_ENRICH_STREAM_THREADS", "1",
        "NEWSFLOW_INGEST_PORT", "0",
        "NEWSFLOW_INGEST_TOKEN", TOKEN));
    enrich = EnrichService.start(EnrichSettings.from(config), ArticleEnricher.standard());
    ingest = IngestService.start(IngestSettings.from(config));
    topics = Topics.create(RestSchemaRegistryClient.forUrls(stack.registryUrl()), false);
  }

  @AfterAll
  static void stop() {
    for (AutoCloseable c : new AutoCloseable[] {ingest, enrich, topics, stack}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception ignored) {
        // closing the rest matters more
      }
    }
  }

  @Test
  void shouldCarryTheSeedFromHttpToEveryEnrichedTopic() throws Exception {
    SeedArticle seed = SeedArticle.locate();
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + ingest.port() + "/articles"))
            .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString(seed.request().toString())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    String id = seed.id();

    List<EnrichedArticle> articles = readUntil(topics.enrichedArticles(), 1);
    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.getId()).isEqualTo(id);
      assertThat(a.getOutlet()).isEqualTo("VG");
      assertThat(a.getLanguage()).isEqualTo("nb");
      assertThat(a.getParagraphs()).hasSize(24);
    });
    EnrichedArticle article = articles.get(0);
    List<EnrichedParagraph> paragraphs = readUntil(topics.enrichedParagraphs(), 24);
    assertThat(paragraphs).hasSize(24).allSatisfy(p -> assertThat(p.getArticleId()).isEqualTo(id));

    int mentions = article.getParagraphs().stream().mapToInt(p -> p.getEntities().size()).sum();
    List<EntityMention> entityRecords = readUntil(topics.entities(), mentions);
    assertThat(entityRecords).hasSize(mentions);
    List<Claim> claims = readUntil(topics.claims(), article.getClaims().size());
    assertThat(claims).hasSize(article.getClaims().size());

    String subjects = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(stack.registryUrl() + "/subjects")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    assertThat(subjects).contains("news.articles.raw-value", "news.articles.enriched-value",
        "news.paragraphs.enriched-value");
  }

  /** Committed records of a topic, polled until {@code expected} have come or 60 s have passed. */
  private static <V> List<V> readUntil(Topic<String, V> topic, int expected) {
    Map<String, Object> props = Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<V> values = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (values.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(r ->
            values.add(topic.valueSerde().deserializer().deserialize(topic.name(), r.value())));
      }
      // anything beyond what was expected would be a duplicate: give it a moment to show up
      consumer.poll(Duration.ofMillis(500)).forEach(r ->
          values.add(topic.valueSerde().deserializer().deserialize(topic.name(), r.value())));
    }
    return values;
  }
}
