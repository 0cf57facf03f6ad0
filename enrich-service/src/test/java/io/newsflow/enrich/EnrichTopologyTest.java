package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Claim;
import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.EnrichedParagraph;
import io.newsflow.avro.EntityMention;
import io.newsflow.avro.RawArticle;
import io.newsflow.nlp.Seeds;
import io.newsflow.nlp.eval.GoldArticle;
import io.newsflow.serde.registry.MockSchemaRegistryClient;
import io.newsflow.topics.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The production topology, driven record by record: every branch, including the dead letters. */
class EnrichTopologyTest {
  private static final ArticleEnricher ENRICHER = ArticleEnricher.standard();

  private MockSchemaRegistryClient registry;
  private Topics topics;
  private TopologyTestDriver driver;
  private TestInputTopic<String, RawArticle> raw;
  private TestInputTopic<byte[], byte[]> rawBytes;
  private TestOutputTopic<String, EnrichedArticle> articles;
  private TestOutputTopic<String, EnrichedParagraph> paragraphs;
  private TestOutputTopic<String, EntityMention> entities;
  private TestOutputTopic<String, Claim> claims;
  private TestOutputTopic<byte[], DeadLetter> deadLetters;

  @BeforeEach
  void start() {
    registry = new MockSchemaRegistryClient();
    topics = Topics.create(registry, true);
    StreamsBuilder builder = new StreamsBuilder();
    EnrichTopology.build(builder, new EnrichTopology.Parts(topics, ENRICHER,
        new ArticleValidator(100_000, 1_000, 64), EnrichMetrics.noop(), "enrich-test", Duration.ofMillis(10)));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    driver = new TopologyTestDriver(builder.build(), props);
    raw = driver.createInputTopic(topics.rawArticles().name(), Serdes.String().serializer(),
        topics.rawArticles().valueSerde().serializer());
    rawBytes = driver.createInputTopic(topics.rawArticles().name(), Serdes.ByteArray().serializer(),
        Serdes.ByteArray().serializer());
    articles = output(topics.enrichedArticles());
    paragraphs = output(topics.enrichedParagraphs());
    entities = output(topics.entities());
    claims = output(topics.claims());
    deadLetters = output(topics.deadLetters());
  }

  private <K, V> TestOutputTopic<K, V> output(io.newsflow.topics.Topic<K, V> topic) {
    return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private static RawArticle article(String id, String body) {
    return RawArticle.newBuilder()
        .setId(id).setUrl("https://www.vg.no/nyheter/" + id).setOutlet("VG").setTitle("IS-lederen")
        .setBody(body).setContentType("text/plain").setLanguage("nb")
        .setPublishedAt(Instant.parse("2017-06-16T10:00:00Z")).setReceivedAt(Instant.parse("2017-06-16T10:05:00Z"))
        .setMetadata(Map.of())
        .build();
  }

  @Test
  void shouldEnrichTheSeedIntoEveryOutputTopic() {
    GoldArticle gold = Seeds.gold();
    raw.pipeInput("seed", article("seed", Seeds.seedText()));

    List<EnrichedArticle> out = articles.readValuesToList();
    assertThat(out).hasSize(1);
    EnrichedArticle article = out.get(0);
    assertThat(article.getId()).isEqualTo("seed");
    assertThat(article.getLanguage()).isEqualTo("nb");
    assertThat(article.getParagraphs()).extracting(p -> p.getKind().name().toLowerCase(Locale.ROOT))
        .containsExactlyElementsOf(gold.paragraphs().stream().map(GoldArticle.GoldParagraph::kind).toList());
    assertThat(article.getPipeline().getTimingsMicros()).containsKeys("paragraphs", "entities", "claims");

    List<TestRecord<String, EnrichedParagraph>> paragraphRecords = paragraphs.readRecordsToList();
    assertThat(paragraphRecords).hasSize(24).allSatisfy(r -> assertThat(r.key()).isEqualTo("seed"));
    assertThat(paragraphRecords).extracting(r -> r.value().getIndex()).containsExactlyElementsOf(
        java.util.stream.IntStream.rangeClosed(1, 24).boxed().toList());

    int mentionCount = article.getParagraphs().stream().mapToInt(p -> p.getEntities().size()).sum();
    List<TestRecord<String, EntityMention>> mentionRecords = entities.readRecordsToList();
    assertThat(mentionRecords).hasSize(mentionCount)
        .allSatisfy(r -> assertThat(r.key()).isEqualTo(r.value().getEntityId()));
    assertThat(claims.readValuesToList()).hasSize(article.getClaims().size());
    assertThat(deadLetters.isEmpty()).isTrue();
  }

  @Test
  void shouldSendBytesThatAreNotAvroToTheDeadLetterTopicWithTheirBytes() {
    byte[] value = "{\"title\": \"not avro\"}".getBytes(StandardCharsets.UTF_8);
    org.apache.kafka.common.header.Headers headers = new RecordHeaders().add("source", "feed-7".getBytes(StandardCharsets.UTF_8));
    rawBytes.pipeInput(new TestRecord<>("k1".getBytes(StandardCharsets.UTF_8), value, headers));

    DeadLetter letter = deadLetters.readValue();
    assertThat(letter.getStage()).isEqualTo("deserialize");
    assertThat(letter.getReason()).contains("magic byte");
    assertThat(letter.getSourceTopic()).isEqualTo("news.articles.raw");
    assertThat(bytes(letter.getValue())).isEqualTo(value);
    assertThat(bytes(letter.getKey())).isEqualTo("k1".getBytes(StandardCharsets.UTF_8));
    assertThat(letter.getHeaders()).singleElement()
        .satisfies(h -> assertThat(h.getKey()).isEqualTo("source"));
    assertThat(articles.isEmpty()).isTrue();
  }

  @Test
  void shouldDeadLetterEveryKindOfPoisonAndEnrichTheArticleAfterThem() {
    byte[] good = topics.rawArticles().valueSerde().serializer().serialize("news.articles.raw", article("a", "Tekst."));
    byte[] unknownId = good.clone();
    ByteBuffer.wrap(unknownId).putInt(1, 9_999);
    byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
    Map<String, byte[]> poison = new HashMap<>();
    poison.put("unknown schema id", unknownId);
    poison.put("truncated", truncated);
    poison.put("empty", new byte[0]);
    poison.put("too short", new byte[] {0, 0});

    poison.forEach((name, bytes) -> rawBytes.pipeInput(name.getBytes(StandardCharsets.UTF_8), bytes));
    raw.pipeInput("b", article("b", ""));
    raw.pipeInput("c", article("c", "x".repeat(100_001)));
    raw.pipeInput("d", article("d", "ord " + "y".repeat(1_001)));
    RawArticle html = article("e", "<div>".repeat(100) + "tekst" + "</div>".repeat(100));
    html.setContentType("text/html");
    raw.pipeInput("e", html);
    rawBytes.pipeInput(new byte[] {(byte) 0xC3, (byte) 0x28}, good);
    raw.pipeInput("ok", article("ok", "Statsministeren sa tirsdag at regjeringen vil legge fram en ny plan."));

    List<DeadLetter> letters = deadLetters.readValuesToList();
    assertThat(letters).hasSize(poison.size() + 5);
    assertThat(letters).extracting(DeadLetter::getReason).anySatisfy(r -> assertThat(r).contains("9999"))
        .anySatisfy(r -> assertThat(r).contains("the body is empty"))
        .anySatisfy(r -> assertThat(r).contains("the body has 100001 characters"))
        .anySatisfy(r -> assertThat(r).contains("without whitespace"))
        .anySatisfy(r -> assertThat(r).contains("nested 100 elements deep"))
        .anySatisfy(r -> assertThat(r).contains("not valid UTF-8"));
    assertThat(articles.readValuesToList()).extracting(EnrichedArticle::getId).containsExactly("ok");
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] out = new byte[buffer.remaining()];
    buffer.duplicate().get(out);
    return out;
  }
}
