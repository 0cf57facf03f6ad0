package io.newsflow.enrich.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.avro.RawArticle;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.ArticleJson;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.EnrichSettings;
import io.newsflow.localstack.LocalStack;
import io.newsflow.nlp.Seeds;
import io.newsflow.runtime.config.ConfigSource;
import io.newsflow.serde.registry.RestSchemaRegistryClient;
import io.newsflow.topics.Topics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two enrich instances of one application on a real broker, each owning part of the partitions:
 * every API question gets the same answer from either, because the one that does not own the
 * answer asks the one that does. And the seed's article page, rendered by a real headless browser,
 * shows its entities and claims marked.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QueryClusterTest {
  private static final String SEED_ID = "vg-000_ed2e174162a10500";
  /** An article whose title and text carry markup, which the page must show as text. */
  private static final String MARKUP_ID = "falsk-epost";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir
  static Path data;

  private static LocalStack stack;
  private static EnrichService first;
  private static EnrichService second;

  @BeforeAll
  static void start() throws Exception {
    stack = LocalStack.builder().freePorts().dataDirectory(data.resolve("kafka")).build().start();
    first = EnrichService.start(settings("first"), ArticleEnricher.standard());
    second = EnrichService.start(settings("second"), ArticleEnricher.standard());
    try (Topics topics = Topics.create(RestSchemaRegistryClient.forUrls(stack.registryUrl()), true);
         KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(
             Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
             new StringSerializer(), topics.rawArticles().valueSerde().serializer())) {
      JsonNode seed = ArticleJson.JSON.readTree(Seeds.projectRoot().resolve("seeds").resolve(Seeds.SEED + ".json").toFile());
      producer.send(new ProducerRecord<>("news.articles.raw", SEED_ID, raw(SEED_ID, seed.path("title").asText(),
          Seeds.seedText(), Instant.parse(seed.path("published_at").asText() + "T00:00:00Z")))).get();
      producer.send(new ProducerRecord<>("news.articles.raw", "solberg-nord-norge", raw("solberg-nord-norge",
          "Solberg lover satsing i nord",
          "Statsminister Erna Solberg sa tirsdag at regjeringen vil legge fram en ny plan for Nord-Norge. "
              + "– Vi skal satse på fiskeriene, sier Solberg til NRK.", Instant.now()))).get();
      producer.send(new ProducerRecord<>("news.articles.raw", "store-sykehus", raw("store-sykehus",
          "Støre: Regjeringen har sviktet nord",
          "Ap-leder Jonas Gahr Støre mener at regjeringen har sviktet Nord-Norge. "
              + "Ifølge Støre vil Arbeiderpartiet styrke sykehusene i Tromsø og Bodø.", Instant.now()))).get();
      producer.send(new ProducerRecord<>("news.articles.raw", MARKUP_ID, raw(MARKUP_ID,
          "<img src=x onerror=\"document.title='pwned'\"> Falsk e-post i omløp",
          "Politiet i Oslo sier at e-posten <script>document.title='pwned'</script> ikke kommer fra dem.",
          Instant.now()))).get();
    }
    awaitLatest(first, 4, Duration.ofSeconds(180));
  }

  private static EnrichSettings settings(String name) {
    return EnrichSettings.from(ConfigSource.of(Map.of(
        "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers(),
        "NEWSFLOW_SCHEMA_REGISTRY_URL", stack.registryUrl(),
        "NEWSFLOW_ENRICH_APPLICATION_ID", "query-cluster-test",
        "NEWSFLOW_ENRICH_STATE_DIR", data.resolve("streams-" + name).toString(),
        "NEWSFLOW_ENRICH_PORT", "0",
        "NEWSFLOW_ENRICH_ADVERTISED_HOST", "localhost",
        "NEWSFLOW_ENRICH_STREAM_THREADS", "1")));
  }

  private static RawArticle raw(String id, String title, String body, Instant published) {
    return RawArticle.newBuilder()
        .setId(id).setUrl("https://www.vg.no/nyheter/" + id).setOutlet("VG").setTitle(title)
        .setBody(body).setContentType("text/plain").setLanguage("nb")
        .setPublishedAt(published).setReceivedAt(Instant.now()).setMetadata(Map.of()).build();
  }

  @AfterAll
  static void stop() {
    for (AutoCloseable c : new AutoCloseable[] {second, first, stack}) {
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
  void shouldGiveTheSameAnswersFromEitherInstance() throws Exception {
    awaitBothRunning();
    JsonNode trending = get(first, "/api/entities/trending?window=24h&limit=10").json();
    assertThat(trending.path("entities")).hasSize(10);
    assertThat(trending.path("entities").get(0).path("id").asText()).isEqualTo("per:abu-bakr-al-baghdadi");
    // entities are spread over both instances' partitions: the list is merged from both
    List<HostInfo> owners = new ArrayList<>();
    for (JsonNode e : trending.path("entities")) {
      owners.add(first.streams().queryMetadataForKey(QueryStores.ENTITY_MENTIONS, "entity:" + e.path("id").asText(),
          new StringSerializer()).activeHost());
    }
    assertThat(owners.stream().distinct()).hasSize(2);

    // the topics the router checks readiness by are the ones the stores' partitions come from
    Set<String> assigned = new HashSet<>();
    first.streams().metadataForAllStreamsClients()
        .forEach(m -> m.topicPartitions().forEach(tp -> assigned.add(tp.topic())));
    assertThat(assigned).containsAll(QueryStores.sourceTopics("query-cluster-test", "news.articles.enriched").values());

    StringBuilder samples = new StringBuilder();
    for (String path : List.of(
        "/api/articles/latest?limit=10",
        "/api/articles/" + SEED_ID,
        "/api/articles/store-sykehus",
        "/api/entities/per:abu-bakr-al-baghdadi",
        "/api/entities/per:erna-solberg",
        "/api/entities/gpe:nord-norge",
        "/api/claims?source=Erna%20Solberg",
        "/api/claims?source=per:jonas-gahr-store",
        "/api/claims?about=per:abu-bakr-al-baghdadi",
        "/api/entities/trending?window=1h&limit=5")) {
      Reply a = get(first, path);
      Reply b = get(second, path);
      assertThat(a.status()).as(path + ": " + a.body()).isEqualTo(200);
      assertThat(b.status()).as(path).isEqualTo(200);
      assertThat(b.json()).as(path).isEqualTo(a.json());
      samples.append("GET ").append(path).append('\n').append(a.body()).append("\n\n");
    }
    // the answers as the README shows them
    Files.writeString(Path.of("target", "query-api-samples.txt"), samples);
    assertThat(get(first, "/api/articles/latest?limit=10").json().path("articles"))
        .extracting(n -> n.path("id").asText())
        .containsExactlyInAnyOrder(SEED_ID, "solberg-nord-norge", "store-sykehus", MARKUP_ID);
    JsonNode solberg = get(second, "/api/entities/per:erna-solberg").json();
    assertThat(solberg.path("name").asText()).isEqualTo("Erna Solberg");
    assertThat(solberg.path("articles")).extracting(n -> n.path("id").asText()).containsExactly("solberg-nord-norge");
    assertThat(solberg.path("claims_by")).isNotEmpty();
    assertThat(get(first, "/api/claims?source=Erna%20Solberg").json().path("claims"))
        .hasSameSizeAs(solberg.path("claims_by"));
  }

  @Test
  void shouldAnswerOnlyReadsAndSayWhatIsWrongWithAQuestion() throws Exception {
    HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(url(first, "/api/articles/latest"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
    assertThat(post.headers().firstValue("Content-Type")).contains("application/problem+json");

    Reply window = get(first, "/api/entities/trending?window=2y");
    assertThat(window.status()).isEqualTo(400);
    assertThat(window.json().path("detail").asText()).contains("not '2y'");
    assertThat(get(first, "/api/articles/latest?limit=0").status()).isEqualTo(400);
    assertThat(get(first, "/api/claims").status()).isEqualTo(400);
    assertThat(get(second, "/api/articles/no-such-article").status()).isEqualTo(404);
    assertThat(get(second, "/api/entities/per:ingen-slik-person").status()).isEqualTo(404);
    Reply page = get(first, "/articles/" + SEED_ID);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
  }

  @Test
  void shouldRenderTheSeedArticleWithItsEntitiesAndClaimsMarkedInAHeadlessBrowser() throws Exception {
    Optional<Path> chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
        .map(Path::of).filter(Files::isExecutable).findFirst();
    assumeThat(chromium).as("no chromium binary (apt-get install chromium); the browser test is skipped").isPresent();
    awaitBothRunning();
    // the page is asked of the instance that does not own the seed, so the browser sees a forwarded answer too
    EnrichService viewer = owner(SEED_ID).equals(new HostInfo("localhost", first.port())) ? second : first;
    String url = "http://localhost:" + viewer.port() + "/articles/" + SEED_ID;
    Path screenshot = Path.of("target", "seed-article.png").toAbsolutePath();
    Files.deleteIfExists(screenshot);

    Browser.run(chromium.get(), data.resolve("chromium"), "--screenshot=" + screenshot, url);
    String dom = Browser.run(chromium.get(), data.resolve("chromium"), "--dump-dom", url);

    JsonNode article = get(viewer, "/api/articles/" + SEED_ID).json();
    int mentions = 0;
    int claims = 0;
    for (JsonNode p : article.path("paragraphs")) {
      mentions += p.path("entities").size();
      claims += p.path("claims").size();
    }
    // every mention marked in the text, with its canonical entity (the legend's marks carry no data-entity)
    assertThat(count(dom, "data-entity=\"")).as("entity marks").isEqualTo(mentions).isGreaterThanOrEqualTo(40);
    assertThat(dom).contains("<mark class=\"ent ent-PER\" title=\"Abu Bakr al-Baghdadi (person)\"");
    assertThat(count(dom, "<div class=\"claim claim-")).as("claim cards").isEqualTo(claims).isGreaterThanOrEqualTo(12);
    assertThat(dom).contains("class=\"claim-children\"").contains("badge-hedged");
    assertThat(count(dom, "<section class=\"para kind-")).isEqualTo(article.path("paragraphs").size());
    assertThat(screenshot).exists();
    assertThat(Files.size(screenshot)).as("screenshot bytes").isGreaterThan(100_000);
  }

  @Test
  void shouldRenderAnEntityPageWithItsChartArticlesAndClaimsAndTheFrontPage() throws Exception {
    Optional<Path> chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
        .map(Path::of).filter(Files::isExecutable).findFirst();
    assumeThat(chromium).as("no chromium binary (apt-get install chromium); the browser test is skipped").isPresent();
    awaitBothRunning();
    Path screenshot = Path.of("target", "seed-entity.png").toAbsolutePath();
    String entityUrl = "http://localhost:" + first.port() + "/entities/per:abu-bakr-al-baghdadi";
    Browser.run(chromium.get(), data.resolve("chromium"), "--screenshot=" + screenshot, entityUrl);
    String entity = Browser.run(chromium.get(), data.resolve("chromium"), "--dump-dom", entityUrl);
    JsonNode api = get(first, "/api/entities/per:abu-bakr-al-baghdadi").json();

    assertThat(entity).contains("<mark class=\"ent ent-PER\">Abu Bakr al-Baghdadi</mark>");
    assertThat(count(entity, "<rect ")).as("chart bars, 24 hourly and 7 daily").isEqualTo(31);
    assertThat(count(entity, "class=\"bar\"><title>" + api.path("mentions").path("last_24h").asLong()
        + " mentions</title>")).as("the bar of the hour and of the day the seed came in").isEqualTo(2);
    assertThat(entity).contains("href=\"/articles/" + SEED_ID + "\"");
    assertThat(count(entity, "<div class=\"claim claim-")).isEqualTo(
        api.path("claims_by").size() + api.path("claims_about").size()).isPositive();
    assertThat(screenshot).exists();

    String frontUrl = "http://localhost:" + second.port() + "/";
    Browser.run(chromium.get(), data.resolve("chromium"),
        "--screenshot=" + Path.of("target", "front-page.png").toAbsolutePath(), frontUrl);
    String front = Browser.run(chromium.get(), data.resolve("chromium"), "--dump-dom", frontUrl);
    assertThat(count(front, "<li class=\"article-item\">")).isEqualTo(4);
    assertThat(count(front, "<li class=\"trend\">")).isEqualTo(
        get(second, "/api/entities/trending?window=1h").json().path("entities").size()).isPositive();
  }

  @Test
  void shouldShowMarkupInAnArticleAsTextNeverAsElements() throws Exception {
    Optional<Path> chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
        .map(Path::of).filter(Files::isExecutable).findFirst();
    assumeThat(chromium).as("no chromium binary (apt-get install chromium); the browser test is skipped").isPresent();
    awaitBothRunning();
    String dom = Browser.run(chromium.get(), data.resolve("chromium"), "--dump-dom",
        "http://localhost:" + first.port() + "/articles/" + MARKUP_ID);

    assertThat(dom).contains("&lt;img src=x onerror=\"document.title='pwned'\"&gt; Falsk e-post i omløp")
        .contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;")
        .doesNotContain("<img").doesNotContain("<title>pwned");
    assertThat(count(dom, "<script")).as("only the page's own script").isEqualTo(1);
  }

  /** Last: it stops the second instance. */
  @Test
  @Order(Integer.MAX_VALUE)
  void shouldAnswerEverythingFromTheRemainingInstanceAfterTheOtherLeaves() throws Exception {
    awaitBothRunning();
    List<String> paths = List.of("/api/articles/latest?limit=10", "/api/articles/" + SEED_ID,
        "/api/articles/solberg-nord-norge", "/api/entities/per:abu-bakr-al-baghdadi", "/api/entities/per:erna-solberg",
        "/api/entities/trending?window=24h&limit=50", "/api/claims?about=per:abu-bakr-al-baghdadi");
    Map<String, JsonNode> before = new HashMap<>();
    for (String path : paths) {
      before.put(path, get(first, path).json());
    }

    second.close();
    second = null;
    long stopped = System.nanoTime();

    Set<Integer> seen = new TreeSet<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    for (String path : paths) {
      while (true) {
        Reply r = get(first, path);
        seen.add(r.status());
        if (r.status() == 200) {
          assertThat(r.json()).as(path).isEqualTo(before.get(path));
          break;
        }
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).contains("2");
        assertThat(System.nanoTime()).as("answered again after the takeover").isLessThan(deadline);
        Thread.sleep(100);
      }
    }
    assertThat(seen).isSubsetOf(200, 503).contains(200);
    System.out.printf("after the second instance left: statuses %s, all queries answered after %d ms%n", seen,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopped));
  }

  private static int count(String text, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static HostInfo owner(String articleId) {
    return first.streams().queryMetadataForKey(QueryStores.ARTICLES, articleId, new StringSerializer()).activeHost();
  }

  record Reply(int status, String body, HttpHeaders headers) {
    JsonNode json() throws IOException {
      JsonNode node = ArticleJson.JSON.readTree(body);
      if (node instanceof ObjectNode o) {
        o.remove(List.of("from", "to")); // trending's window edges are the time of asking
      }
      return node;
    }
  }

  private static Reply get(EnrichService service, String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(url(service, path)).build(),
        HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body(), r.headers());
  }

  private static URI url(EnrichService service, String path) {
    return URI.create("http://localhost:" + service.port() + path);
  }

  private static void awaitBothRunning() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (first.streams().state() != KafkaStreams.State.RUNNING || second.streams().state() != KafkaStreams.State.RUNNING
        || first.streams().metadataForAllStreamsClients().size() < 2) {
      assertThat(System.nanoTime()).as("both instances running").isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private static void awaitLatest(EnrichService service, int articles, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Reply r = get(service, "/api/articles/latest?limit=10");
      if (r.status() == 200 && r.json().path("articles").size() >= articles) {
        return;
      }
      assertThat(System.nanoTime()).as("articles in the API: " + r.body()).isLessThan(deadline);
      Thread.sleep(500);
    }
  }
}
