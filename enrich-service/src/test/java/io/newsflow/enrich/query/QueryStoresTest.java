package io.newsflow.enrich.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.avro.RawArticle;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.ArticleValidator;
import io.newsflow.enrich.EnrichMetrics;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.nlp.Seeds;
import io.newsflow.serde.registry.MockSchemaRegistryClient;
import io.newsflow.topics.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The query stores, filled by the production topology from raw articles and read through {@link
 * LocalQueries}: what is found, how trending windows count, and that old entries are dropped.
 */
class QueryStoresTest {
  private static final ArticleEnricher ENRICHER = ArticleEnricher.standard();
  private static final Instant NOON = Instant.parse("2026-11-24T12:00:00Z");

  private TopologyTestDriver driver;
  private TestInputTopic<String, RawArticle> raw;
  private final AtomicReference<Instant> now = new AtomicReference<>(NOON);
  private LocalQueries queries;

  @BeforeEach
  void start() {
    Topics topics = Topics.create(new MockSchemaRegistryClient(), true);
    StreamsBuilder builder = new StreamsBuilder();
    EnrichTopology.build(builder, new EnrichTopology.Parts(topics, ENRICHER,
        new ArticleValidator(100_000, 1_000, 64), EnrichMetrics.noop(), "query-test", Duration.ofMillis(10)));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "query-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(builder.build(), props);
    raw = driver.createInputTopic(topics.rawArticles().name(), Serdes.String().serializer(),
        topics.rawArticles().valueSerde().serializer());
    Clock clock = new Clock() {
      @Override
      public ZoneOffset getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now.get();
      }
    };
    queries = new LocalQueries(driver::getWindowStore, clock);
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private void receive(String id, String title, String body, Instant at) {
    raw.pipeInput(id, RawArticle.newBuilder()
        .setId(id).setUrl("https://www.vg.no/nyheter/" + id).setOutlet("VG").setTitle(title)
        .setBody(body).setContentType("text/plain").setLanguage("nb")
        .setPublishedAt(at).setReceivedAt(at).setMetadata(Map.of()).build(), at);
  }

  private static final String SOLBERG = "Statsminister Erna Solberg sa tirsdag at regjeringen vil legge fram "
      + "en ny plan for Nord-Norge. – Vi skal satse på fiskeriene, sier Solberg til NRK.";
  private static final String STORE = "Ap-leder Jonas Gahr Støre mener at regjeringen har sviktet Nord-Norge. "
      + "Ifølge Støre vil Arbeiderpartiet styrke sykehusene i Tromsø og Bodø.";

  @Test
  void shouldServeTheSeedArticleWithItsEntitiesAndClaims() {
    receive(Seeds.SEED, "IS-lederen", Seeds.seedText(), NOON.minusSeconds(60));

    JsonNode article = queries.article(Seeds.SEED).orElseThrow();
    assertThat(article.path("paragraphs")).hasSize(24);
    assertThat(article.path("received_at").asText()).isEqualTo("2026-11-24T11:59:00Z");

    List<ObjectNode> trending = queries.trending(Duration.ofHours(1), 3);
    assertThat(trending).hasSize(3);
    assertThat(trending.get(0).path("id").asText()).isEqualTo("per:abu-bakr-al-baghdadi");
    assertThat(trending.get(0).path("mentions").asLong()).isEqualTo(
        article.path("entities").get(0).path("mentions").asLong());

    ObjectNode entity = queries.entity("per:abu-bakr-al-baghdadi", 10).orElseThrow();
    assertThat(entity.path("name").asText()).isEqualTo("Abu Bakr al-Baghdadi");
    assertThat(entity.path("type").asText()).isEqualTo("PER");
    assertThat(entity.path("articles")).singleElement()
        .satisfies(a -> assertThat(a.path("id").asText()).isEqualTo(Seeds.SEED));
    assertThat(entity.path("mentions").path("timeline")).singleElement()
        .satisfies(p -> assertThat(p.path("start").asText()).isEqualTo("2026-11-24T11:55:00Z"));

    List<ObjectNode> about = queries.claims(new QueryFacts.Key(QueryFacts.Kind.ABOUT, "per:abu-bakr-al-baghdadi"), 50);
    assertThat(about).isNotEmpty().allSatisfy(c ->
        assertThat(c.path("content").path("text").asText()).containsAnyOf("Baghdadi", "IS-lederen", "kalif", "han"));
    assertThat(queries.latestArticles(10)).singleElement().satisfies(s -> {
      assertThat(s.path("id").asText()).isEqualTo(Seeds.SEED);
      assertThat(s.path("claims").asInt()).isEqualTo(article.path("paragraphs").findValues("claims").stream()
          .mapToInt(JsonNode::size).sum());
    });
  }

  @Test
  void shouldCountOnlyMentionsInsideTheTrendingWindow() {
    receive("solberg-morgen", "Solberg om Nord-Norge", SOLBERG, NOON.minus(Duration.ofHours(3)));
    receive("store-formiddag", "Støre om Nord-Norge", STORE, NOON.minus(Duration.ofMinutes(20)));

    List<String> lastHour = queries.trending(Duration.ofHours(1), 10).stream().map(n -> n.path("id").asText()).toList();
    List<String> lastDay = queries.trending(Duration.ofHours(24), 10).stream().map(n -> n.path("id").asText()).toList();

    assertThat(lastHour).contains("per:jonas-gahr-store").doesNotContain("per:erna-solberg");
    assertThat(lastDay).as(lastDay.toString()).contains("per:jonas-gahr-store", "per:erna-solberg", "gpe:nord-norge");
    // Nord-Norge is named in both articles: once an hour ago, twice a day ago
    long northHour = mentions(queries.trending(Duration.ofHours(1), 10), "gpe:nord-norge");
    long northDay = mentions(queries.trending(Duration.ofHours(24), 10), "gpe:nord-norge");
    assertThat(northDay).isEqualTo(2 * northHour).isEqualTo(2);
  }

  @Test
  void shouldListLatestArticlesNewestFirstAndFindClaimsBySource() {
    receive("solberg-morgen", "Solberg om Nord-Norge", SOLBERG, NOON.minus(Duration.ofHours(3)));
    receive("store-formiddag", "Støre om Nord-Norge", STORE, NOON.minus(Duration.ofMinutes(20)));

    assertThat(queries.latestArticles(10)).extracting(s -> s.path("id").asText())
        .containsExactly("store-formiddag", "solberg-morgen");
    assertThat(queries.latestArticles(1)).extracting(s -> s.path("id").asText()).containsExactly("store-formiddag");

    List<ObjectNode> bySolberg = queries.claims(new QueryFacts.Key(QueryFacts.Kind.BY, "per:erna-solberg"), 10);
    assertThat(bySolberg).isNotEmpty().allSatisfy(c ->
        assertThat(c.path("article").path("id").asText()).isEqualTo("solberg-morgen"));
    assertThat(queries.claims(QueryFacts.Key.source("Erna Solberg"), 10)).hasSameSizeAs(bySolberg);
  }

  @Test
  void shouldReuseATrendingAnswerForTwoSeconds() {
    receive("solberg-morgen", "Solberg om Nord-Norge", SOLBERG, NOON.minusSeconds(30));
    List<String> first = ids(queries.trending(Duration.ofHours(1), 10));
    receive("store-formiddag", "Støre om Nord-Norge", STORE, NOON.minusSeconds(20));

    now.set(NOON.plus(LocalQueries.TRENDING_REUSE).minusMillis(1));
    assertThat(ids(queries.trending(Duration.ofHours(1), 10))).isEqualTo(first).doesNotContain("per:jonas-gahr-store");
    now.set(NOON.plus(LocalQueries.TRENDING_REUSE));
    assertThat(ids(queries.trending(Duration.ofHours(1), 10))).contains("per:jonas-gahr-store", "per:erna-solberg");
  }

  @Test
  void shouldNotReuseATrendingAnswerAcrossARebalance() {
    AtomicReference<String> tasks = new AtomicReference<>("0_1, 0_2");
    LocalQueries rebalancing = new LocalQueries(driver::getWindowStore, Clock.fixed(NOON, ZoneOffset.UTC),
        tasks::get);
    receive("solberg-morgen", "Solberg om Nord-Norge", SOLBERG, NOON.minusSeconds(30));
    assertThat(ids(rebalancing.trending(Duration.ofHours(1), 10))).doesNotContain("per:jonas-gahr-store");
    receive("store-formiddag", "Støre om Nord-Norge", STORE, NOON.minusSeconds(20));

    tasks.set("0_1, 0_2, 0_3");
    assertThat(ids(rebalancing.trending(Duration.ofHours(1), 10))).contains("per:jonas-gahr-store");
  }

  private static List<String> ids(List<ObjectNode> trending) {
    return trending.stream().map(n -> n.path("id").asText()).toList();
  }

  @Test
  void shouldDropArticlesOnceTheyAreOlderThanTheRetention() {
    receive("solberg-morgen", "Solberg om Nord-Norge", SOLBERG, NOON);
    assertThat(queries.article("solberg-morgen")).isPresent();

    Instant later = NOON.plus(QueryStores.RETENTION).plus(Duration.ofDays(4));
    receive("store-formiddag", "Støre om Nord-Norge", STORE, later);
    now.set(later);

    assertThat(queries.article("solberg-morgen")).isEmpty();
    assertThat(queries.entity("per:erna-solberg", 10)).isEmpty();
    assertThat(queries.latestArticles(10)).extracting(s -> s.path("id").asText()).containsExactly("store-formiddag");
  }

  private static long mentions(List<ObjectNode> trending, String id) {
    return trending.stream().filter(n -> n.path("id").asText().equals(id))
        .mapToLong(n -> n.path("mentions").asLong()).sum();
  }
}
