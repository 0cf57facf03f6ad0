package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.avro.RawArticle;
import io.newsflow.ingest.feeds.FeedServer;
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
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds served over loopback, polled by the ingest service into a real broker and registry; the
 * service is restarted and must publish nothing twice, and near-copies are marked across the restart.
 */
class FeedsEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SEED_PATH = "../../shared/seeds/000_ed2e174162a10500.txt";

  @TempDir
  static Path data;

  private static LocalStack stack;
  private static FeedServer feeds;
  private static Topics topics;
  private static ConfigSource config;

  @BeforeAll
  static void start() throws Exception {
    stack = LocalStack.builder().freePorts().dataDirectory(data.resolve("kafka")).build().start();
    feeds = new FeedServer();
    URI atom = feeds.serveResource("/innenriks.atom", "/feeds/innenriks.atom", "application/atom+xml");
    URI rss = feeds.serveResource("/siste.rss", "/feeds/siste.rss", "application/rss+xml");
    Files.createDirectories(data.resolve("drop"));
    config = ConfigSource.of(Map.of(
        "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers(),
        "NEWSFLOW_SCHEMA_REGISTRY_URL", stack.registryUrl(),
        "NEWSFLOW_INGEST_PORT", "0",
        "NEWSFLOW_INGEST_FEEDS", atom + "@1s," + rss + "@1s",
        "NEWSFLOW_INGEST_WATCH_FOLDER", data.resolve("drop").toString()));
    topics = Topics.create(RestSchemaRegistryClient.forUrls(stack.registryUrl()), false);
  }

  @AfterAll
  static void stop() {
    for (AutoCloseable c : new AutoCloseable[] {topics, feeds, stack}) {
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
  void shouldPublishEachFeedEntryOnceAcrossARestartAndMarkNearCopiesAcrossItToo() throws Exception {
    String seed = Files.readString(Path.of(SEED_PATH));
    String original;
    try (IngestService ingest = IngestService.start(IngestSettings.from(config))) {
      awaitTrue(() -> feeds.hitsOf("/innenriks.atom").stream().anyMatch(h -> h.status() == 304)
          && feeds.hitsOf("/siste.rss").stream().anyMatch(h -> h.status() == 304));
      assertThat(feeds.hitsOf("/innenriks.atom").get(1).ifNoneMatch()).isPresent();

      JsonNode first = post(ingest, "VG", seed);
      original = first.get("id").asText();
      assertThat(first.has("duplicate_of")).isFalse();
      JsonNode copy = post(ingest, "NTB", seed.replace(
          "Det siste lydklippet av Baghdadi ble publisert i november i fjor.",
          "Det siste kjente lydopptaket av IS-lederen ble sluppet i november i fjor."));
      assertThat(copy.get("duplicate_of").asText()).isEqualTo(original);
    }
    int fetchedBeforeRestart = feeds.hitsOf("/siste.rss").size();

    try (IngestService restarted = IngestService.start(IngestSettings.from(config))) {
      // A new instance has no ETag yet: the first poll fetches both feeds whole, and finds every entry seen.
      awaitTrue(() -> restarted.metrics().registry().counter("newsflow_ingest_feed_entries", "outcome", "seen")
          .count() >= 4);
      assertThat(feeds.hitsOf("/siste.rss").get(fetchedBeforeRestart).status()).isEqualTo(200);

      Files.writeString(data.resolve("drop").resolve("omtale.txt"), "Title: IS-lederen kan være drept\n"
          + "Outlet: Dagbladet\n\n" + seed.replace("Drept, igjen?", "Drept på nytt?"));
      awaitTrue(() -> Files.exists(data.resolve("drop/processed/omtale.txt")));
    }

    List<RawArticle> raw = readAll(topics.rawArticles());
    assertThat(raw).filteredOn(a -> a.getMetadata().containsKey("feed")).extracting(RawArticle::getTitle)
        .containsExactlyInAnyOrder("Stortinget vedtok ny lov om strømstøtte", "Flomvarsel for Vestlandet",
            "Ny bru over Glomma åpner i mai", "Rekordmange søkte sykepleierutdanning");
    assertThat(raw).filteredOn(a -> a.getMetadata().containsKey("feed")).allSatisfy(a ->
        assertThat(a.getDuplicateOf()).isNull());
    assertThat(raw).filteredOn(a -> a.getOutlet() != null && a.getOutlet().matches("VG|NTB|Dagbladet"))
        .extracting(RawArticle::getOutlet, RawArticle::getDuplicateOf)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("VG", null),
            org.assertj.core.groups.Tuple.tuple("NTB", original),
            org.assertj.core.groups.Tuple.tuple("Dagbladet", original));
  }

  @Test
  void shouldRefuseToStartWithAWatchFolderThatIsNotThere() {
    ConfigSource missingFolder = config.with(Map.of("NEWSFLOW_INGEST_WATCH_FOLDER",
        data.resolve("finnes-ikke").toString()));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> IngestService.start(IngestSettings.from(missingFolder)))
        .isInstanceOf(java.io.IOException.class)
        .hasMessage("the watch folder " + data.resolve("finnes-ikke").toAbsolutePath() + " is not a directory");
  }

  private static JsonNode post(IngestService ingest, String outlet, String body) throws Exception {
    String json = JSON.writeValueAsString(Map.of("title", "IS-lederen kan være drept", "outlet", outlet,
        "language", "nb", "body", body));
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + ingest.port() + "/articles"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return JSON.readTree(response.body());
  }

  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 60 s");
      }
      Thread.sleep(100);
    }
  }

  /** Every record of the topic, in partition order, after a moment for stragglers that would be duplicates. */
  private static <V> List<V> readAll(Topic<String, V> topic) {
    Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
    List<V> values = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(r ->
            values.add(topic.valueSerde().deserializer().deserialize(topic.name(), r.value())));
      }
    }
    return values;
  }
}
