package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.RawArticle;
import io.newsflow.serde.registry.MockSchemaRegistryClient;
import io.newsflow.topics.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of poison issue 4 names, through the production topology with the production limits
 * (the defaults of {@link EnrichSettings}): each lands in {@code news.dlq} with its reason and its
 * original bytes, and the article sent right after it is enriched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoisonRecordTest {
  private static final String NEXT_BODY =
      "Statsministeren sa tirsdag at regjeringen vil legge fram en ny plan for Nord-Norge.";

  private MockSchemaRegistryClient registry;
  private Topics topics;
  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> rawBytes;
  private TestOutputTopic<String, EnrichedArticle> articles;
  private TestOutputTopic<byte[], DeadLetter> deadLetters;

  @BeforeAll
  void start() {
    registry = new MockSchemaRegistryClient();
    topics = Topics.create(registry, true);
    StreamsBuilder builder = new StreamsBuilder();
    ArticleValidator productionLimits = new ArticleValidator(EnrichSettings.MAX_BODY_CHARS.defaultValue(),
        EnrichSettings.MAX_WORD_CHARS.defaultValue(), EnrichSettings.MAX_HTML_DEPTH.defaultValue());
    EnrichTopology.build(builder, new EnrichTopology.Parts(topics, ArticleEnricher.standard(), productionLimits,
        EnrichMetrics.noop(), "enrich-poison-test", Duration.ofMillis(10)));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-poison-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    driver = new TopologyTestDriver(builder.build(), props);
    rawBytes = driver.createInputTopic(topics.rawArticles().name(), Serdes.ByteArray().serializer(),
        Serdes.ByteArray().serializer());
    articles = driver.createOutputTopic(topics.enrichedArticles().name(),
        topics.enrichedArticles().keySerde().deserializer(), topics.enrichedArticles().valueSerde().deserializer());
    deadLetters = driver.createOutputTopic(topics.deadLetters().name(),
        topics.deadLetters().keySerde().deserializer(), topics.deadLetters().valueSerde().deserializer());
  }

  @AfterAll
  void stop() {
    driver.close();
  }

  /** Poison name, how to make its bytes from a serializer, and a fragment its dead letter's reason must hold. */
  Stream<Arguments> poison() {
    return Stream.of(
        Arguments.of("not Avro (JSON)", (Poison) t -> "{\"title\": \"Bodø\"}".getBytes(StandardCharsets.UTF_8),
            "magic byte"),
        Arguments.of("wrong magic byte", (Poison) t -> withByte(t.avro(article("plain", NEXT_BODY)), 0, (byte) 1),
            "magic byte"),
        Arguments.of("unknown schema id", (Poison) t -> {
          byte[] bytes = t.avro(article("unknown-id", NEXT_BODY));
          ByteBuffer.wrap(bytes).putInt(1, 9_999);
          return bytes;
        }, "9999"),
        Arguments.of("truncated bytes", (Poison) t -> {
          byte[] bytes = t.avro(article("cut", NEXT_BODY));
          return Arrays.copyOf(bytes, bytes.length - 7);
        }, "ends in the middle"),
        Arguments.of("empty body", (Poison) t -> new byte[0], "no value"),
        Arguments.of("a 20 MB body", (Poison) t -> t.avro(article("huge", "Oslo. ".repeat(3_500_000))),
            "the body has 21000000 characters; the limit is 2000000"),
        Arguments.of("invalid UTF-8 inside an Avro string", (Poison) t -> {
          // "Bodø" is 42 6f 64 c3 b8; replacing b8 leaves c3 without its continuation byte.
          byte[] bytes = t.avro(article("utf8", "Flyet landet i Bodø klokken ti."));
          int o = indexOf(bytes, "Bod\u00f8".getBytes(StandardCharsets.UTF_8));
          return withByte(bytes, o + 4, (byte) 0x28);
        }, "is not valid UTF-8"),
        Arguments.of("100,000 nested <div>", (Poison) t -> t.avro(html("nested",
            "<div>".repeat(100_000) + "Oslo" + "</div>".repeat(100_000))), "nested 100000 elements deep"),
        Arguments.of("huge HTML (3 MB)", (Poison) t -> t.avro(html("huge-html",
            "<p>Regjeringen la fram statsbudsjettet.</p>".repeat(70_000))), "the body has 3010000 characters"),
        Arguments.of("a 1 MB paragraph without spaces", (Poison) t -> t.avro(article("no-spaces",
            "Innledning.\n\n" + "ø".repeat(1_048_576))), "a run of 1048576 characters without whitespace"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("poison")
  void shouldDeadLetterThePoisonWithItsBytesAndEnrichTheArticleAfterIt(String name, Poison poison, String reason) {
    byte[] bytes = poison.bytes(this::avro);
    byte[] key = name.getBytes(StandardCharsets.UTF_8);
    rawBytes.pipeInput(key, bytes);
    rawBytes.pipeInput("next".getBytes(StandardCharsets.UTF_8), avro(article("next", NEXT_BODY)));

    DeadLetter letter = deadLetters.readValue();
    assertThat(letter.getReason()).contains(reason);
    assertThat(letter.getSourceTopic()).isEqualTo("news.articles.raw");
    assertThat(bytes(letter.getValue())).as("the original bytes").isEqualTo(bytes);
    assertThat(bytes(letter.getKey())).isEqualTo(key);
    assertThat(deadLetters.isEmpty()).isTrue();
    assertThat(articles.readValuesToList()).extracting(EnrichedArticle::getId).containsExactly("next");
  }

  @FunctionalInterface
  interface Poison {
    byte[] bytes(Writer writer);
  }

  @FunctionalInterface
  interface Writer {
    byte[] avro(RawArticle article);
  }

  private byte[] avro(RawArticle article) {
    return topics.rawArticles().valueSerde().serializer().serialize(topics.rawArticles().name(), article);
  }

  private static RawArticle article(String id, String body) {
    return RawArticle.newBuilder()
        .setId(id).setUrl("https://www.nrk.no/nordland/" + id).setOutlet("NRK").setTitle("Nyheter fra Bodø")
        .setBody(body).setContentType("text/plain").setLanguage("nb")
        .setPublishedAt(Instant.parse("2017-06-16T10:00:00Z")).setReceivedAt(Instant.parse("2017-06-16T10:05:00Z"))
        .setMetadata(Map.of())
        .build();
  }

  private static RawArticle html(String id, String body) {
    RawArticle article = article(id, body);
    article.setContentType("text/html");
    return article;
  }

  private static byte[] withByte(byte[] bytes, int index, byte value) {
    byte[] changed = bytes.clone();
    changed[index] = value;
    return changed;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalArgumentException("the bytes do not contain the needle");
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] out = new byte[buffer.remaining()];
    buffer.duplicate().get(out);
    return out;
  }
}
