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
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KafkaStreams;
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
  void shouldAnswerHealthAndMetricsOnBothServicesIncludingConsumerLag() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    for (int port : new int[] {enrich.port(), ingest.port()}) {
      for (String path : List.of("/health/live", "/health/ready")) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        HttpResponse<String> health;
        do {
          health = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
              HttpResponse.BodyHandlers.ofString());
          if (health.statusCode() != 200) {
            Thread.sleep(500);
          }
        } while (health.statusCode() != 200 && System.nanoTime() < deadline);
        assertThat(health.statusCode()).as(port + path + " " + health.body()).isEqualTo(200);
      }
    }
    String enrichMetrics = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + enrich.port() + "/metrics"))
        .build(), HttpResponse.BodyHandlers.ofString()).body();
    // lag is what operators alert on: Kafka Streams' consumer reports it per partition and as a maximum
    assertThat(enrichMetrics).contains("newsflow_enrich_records_in", "newsflow_enrich_articles_out",
        "kafka_consumer_fetch_manager_records_lag_max");
    String ingestMetrics = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + ingest.port() + "/metrics"))
        .build(), HttpResponse.BodyHandlers.ofString()).body();
    assertThat(ingestMetrics).contains("service=\"ingest\"", "jvm_memory_used_bytes");
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

    // other tests of this class send articles too: look at the seed's records only
    List<EnrichedArticle> articles = readUntil(topics.enrichedArticles(), 1, a -> a.getId().equals(id));
    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.getId()).isEqualTo(id);
      assertThat(a.getOutlet()).isEqualTo("VG");
      assertThat(a.getLanguage()).isEqualTo("nb");
      assertThat(a.getParagraphs()).hasSize(24);
    });
    EnrichedArticle article = articles.get(0);
    List<EnrichedParagraph> paragraphs = readUntil(topics.enrichedParagraphs(), 24, p -> p.getArticleId().equals(id));
    assertThat(paragraphs).hasSize(24).allSatisfy(p -> assertThat(p.getArticleId()).isEqualTo(id));

    int mentions = article.getParagraphs().stream().mapToInt(p -> p.getEntities().size()).sum();
    List<EntityMention> entityRecords = readUntil(topics.entities(), mentions, m -> m.getArticleId().equals(id));
    assertThat(entityRecords).hasSize(mentions);
    List<Claim> claims = readUntil(topics.claims(), article.getClaims().size(), c -> c.getArticleId().equals(id));
    assertThat(claims).hasSize(article.getClaims().size());

    String subjects = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(stack.registryUrl() + "/subjects")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    assertThat(subjects).contains("news.articles.raw-value", "news.articles.enriched-value",
        "news.paragraphs.enriched-value");
  }

  @Test
  void shouldDeadLetterA20MegabyteArticleWithItsBytesAndEnrichTheNextOne() throws Exception {
    Map<String, Object> props = Map.of(
        org.apache.kafka.clients.producer.ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
        org.apache.kafka.clients.producer.ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 32 * 1024 * 1024,
        org.apache.kafka.clients.producer.ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    Topics producing = Topics.create(RestSchemaRegistryClient.forUrls(stack.registryUrl()), true);
    try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<>(props,
        new org.apache.kafka.common.serialization.StringSerializer(), producing.rawArticles().valueSerde().serializer())) {
      String huge = "Ord og setninger. ".repeat(20 * 1024 * 1024 / 18);
      producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>("news.articles.raw", "huge",
          raw("huge", huge))).get();
      producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>("news.articles.raw", "after-huge",
          raw("after-huge", "Statsministeren sa tirsdag at regjeringen legger fram en ny plan."))).get();
    }
    List<io.newsflow.avro.DeadLetter> letters = readUntil(topics.deadLetters(), 1,
        d -> d.getKey() != null && new String(bytes(d.getKey()), java.nio.charset.StandardCharsets.UTF_8).equals("huge"));
    assertThat(letters).singleElement().satisfies(letter -> {
      assertThat(letter.getReason()).contains("the body has 20971512 characters");
      assertThat(letter.getValue().remaining()).isGreaterThan(20_000_000);
    });
    assertThat(readUntil(topics.enrichedArticles(), 1, a -> a.getId().equals("after-huge"))).hasSize(1);
  }

  @Test
  void shouldKeepEveryStreamThreadAliveThroughEveryKindOfPoison() throws Exception {
    KafkaStreams streams = enrich.streams();
    Set<String> threadsBefore = threadNames(streams);
    Topics producing = Topics.create(RestSchemaRegistryClient.forUrls(stack.registryUrl()), true);
    byte[] good = producing.rawArticles().valueSerde().serializer()
        .serialize("news.articles.raw", raw("poison-template", "Flyet landet i Bodø klokken ti."));
    byte[] wrongMagic = good.clone();
    wrongMagic[0] = 1;
    byte[] unknownId = good.clone();
    java.nio.ByteBuffer.wrap(unknownId).putInt(1, 9_999);
    byte[] badUtf8 = good.clone();
    int o = new String(good, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("Bod\u00c3\u00b8");
    badUtf8[o + 4] = 0x28;
    Map<String, byte[]> poison = new java.util.LinkedHashMap<>();
    poison.put("poison-json", "{\"title\": \"Bodø\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    poison.put("poison-magic", wrongMagic);
    poison.put("poison-schema-id", unknownId);
    poison.put("poison-truncated", java.util.Arrays.copyOf(good, good.length / 2));
    poison.put("poison-empty", new byte[0]);
    poison.put("poison-utf8", badUtf8);
    poison.put("poison-nested", producing.rawArticles().valueSerde().serializer().serialize("news.articles.raw",
        html("poison-nested", "<div>".repeat(100_000) + "Oslo" + "</div>".repeat(100_000))));
    poison.put("poison-no-spaces", producing.rawArticles().valueSerde().serializer().serialize("news.articles.raw",
        raw("poison-no-spaces", "ø".repeat(1_048_576))));
    Map<String, Object> props = Map.of(
        org.apache.kafka.clients.producer.ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
        org.apache.kafka.clients.producer.ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
    try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<>(props,
        new org.apache.kafka.common.serialization.StringSerializer(),
        new org.apache.kafka.common.serialization.ByteArraySerializer())) {
      for (Map.Entry<String, byte[]> p : poison.entrySet()) {
        producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>("news.articles.raw", p.getKey(),
            p.getValue())).get();
      }
      producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>("news.articles.raw", "after-poison",
          producing.rawArticles().valueSerde().serializer().serialize("news.articles.raw",
              raw("after-poison", "Statsministeren sa tirsdag at regjeringen legger fram en ny plan.")))).get();
    }

    List<io.newsflow.avro.DeadLetter> letters = readUntil(topics.deadLetters(), poison.size(),
        d -> d.getKey() != null && poison.containsKey(new String(bytes(d.getKey()), java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(letters).extracting(d -> new String(bytes(d.getKey()), java.nio.charset.StandardCharsets.UTF_8))
        .containsExactlyInAnyOrderElementsOf(poison.keySet());
    assertThat(letters).allSatisfy(d -> assertThat(bytes(d.getValue()))
        .isEqualTo(poison.get(new String(bytes(d.getKey()), java.nio.charset.StandardCharsets.UTF_8))));
    assertThat(readUntil(topics.enrichedArticles(), 1, a -> a.getId().equals("after-poison"))).hasSize(1);

    assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
    assertThat(threadNames(streams)).as("the same stream threads, none replaced").isEqualTo(threadsBefore);
    assertThat(clientMetric(streams, "failed-stream-threads")).isEqualTo(0.0);
    assertThat(clientMetric(streams, "alive-stream-threads")).isEqualTo((double) threadsBefore.size());
  }

  private static Set<String> threadNames(KafkaStreams streams) {
    return streams.metadataForLocalThreads().stream().map(org.apache.kafka.streams.ThreadMetadata::threadName)
        .collect(java.util.stream.Collectors.toSet());
  }

  private static double clientMetric(KafkaStreams streams, String name) {
    return streams.metrics().entrySet().stream()
        .filter(e -> e.getKey().group().equals("stream-metrics") && e.getKey().name().equals(name))
        .map(e -> ((Number) e.getValue().metricValue()).doubleValue())
        .findFirst().orElseThrow(() -> new AssertionError("no client metric " + name));
  }

  private static byte[] bytes(java.nio.ByteBuffer buffer) {
    byte[] out = new byte[buffer.remaining()];
    buffer.duplicate().get(out);
    return out;
  }

  private static io.newsflow.avro.RawArticle html(String id, String body) {
    io.newsflow.avro.RawArticle article = raw(id, body);
    article.setContentType("text/html");
    return article;
  }

  private static io.newsflow.avro.RawArticle raw(String id, String body) {
    return io.newsflow.avro.RawArticle.newBuilder().setId(id).setTitle(id).setBody(body).setContentType("text/plain")
        .setLanguage("nb").setReceivedAt(java.time.Instant.now()).setMetadata(Map.of()).build();
  }

  /**
   * Committed records of a topic that satisfy {@code wanted}, polled until {@code expected} have
   * come or 90 s have passed, plus any that follow within half a second (which would be duplicates).
   */
  private static <K, V> List<V> readUntil(Topic<K, V> topic, int expected, java.util.function.Predicate<V> wanted) {
    Map<String, Object> props = Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<V> values = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (values.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> {
          V value = topic.valueSerde().deserializer().deserialize(topic.name(), r.value());
          if (wanted.test(value)) {
            values.add(value);
          }
        });
      }
      // anything beyond what was expected would be a duplicate: give it a moment to show up
      consumer.poll(Duration.ofMillis(500)).forEach(r -> {
        V value = topic.valueSerde().deserializer().deserialize(topic.name(), r.value());
        if (wanted.test(value)) {
          values.add(value);
        }
      });
    }
    return values;
  }
}
