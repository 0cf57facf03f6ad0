package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.runtime.config.ConfigSource;
import io.newsflow.runtime.http.Metrics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP contract of POST /articles, over an in-memory publisher. */
class IngestServiceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final InMemoryPublisher PUBLISHER = new InMemoryPublisher();
  private static IngestService service;

  @BeforeAll
  static void start() throws Exception {
    IngestSettings settings = IngestSettings.from(ConfigSource.of(Map.of(
        "NEWSFLOW_INGEST_PORT", "0",
        "NEWSFLOW_INGEST_TOKEN", "secret-token",
        "NEWSFLOW_INGEST_MAX_REQUEST", "64KB",
        "NEWSFLOW_INGEST_RATE_LIMIT", "100000",
        "NEWSFLOW_INGEST_RATE_BURST", "100000")));
    service = IngestService.start(settings, PUBLISHER,
        Clock.fixed(Instant.parse("2017-06-16T18:00:00Z"), ZoneOffset.UTC), new Metrics("ingest-test"), List.of());
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @BeforeEach
  void reset() {
    PUBLISHER.published.clear();
    PUBLISHER.available = true;
  }

  static HttpResponse<String> post(String contentType, String body, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + "/articles"))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String contentType, String body) throws Exception {
    return post(contentType, body, "secret-token");
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  private static final String ARTICLE = """
      {"title": "Drept, igjen?", "body": "Mange ulike aktører har hevdet at de har drept Baghdadi.",
       "outlet": "VG", "language": "nb", "url": "https://www.vg.no/nyheter/utenriks/i/abc?utm_source=x",
       "published_at": "2017-06-16", "metadata": {"section": "utenriks"}}""";

  @Test
  void shouldAcceptAnArticleOnlyOnceKafkaHasIt() throws Exception {
    HttpResponse<String> response = post("application/json", ARTICLE);
    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(json(response).get("status").asText()).isEqualTo("accepted");
    assertThat(PUBLISHER.published).singleElement().satisfies(a -> {
      assertThat(a.getId()).isEqualTo(json(response).get("id").asText()).startsWith("url-");
      assertThat(a.getOutlet()).isEqualTo("VG");
      assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2017-06-15T22:00:00Z"));
      assertThat(a.getReceivedAt()).isEqualTo(Instant.parse("2017-06-16T18:00:00Z"));
      assertThat(a.getMetadata()).containsEntry("section", "utenriks");
    });
  }

  @Test
  void shouldDeriveTheSameIdWhateverTheTrackingParameters() {
    String a = ArticleIds.of(java.util.Optional.empty(), java.util.Optional.of("https://WWW.VG.no/a?utm_medium=x#top"),
        java.util.Optional.empty(), "t", "b");
    String b = ArticleIds.of(java.util.Optional.empty(), java.util.Optional.of("https://www.vg.no/a"),
        java.util.Optional.empty(), "other title", "other body");
    assertThat(a).isEqualTo(b);
  }

  @Test
  void shouldRequireTheToken() throws Exception {
    assertThat(post("application/json", ARTICLE, null).statusCode()).isEqualTo(401);
    assertThat(post("application/json", ARTICLE, "wrong").statusCode()).isEqualTo(401);
    assertThat(PUBLISHER.published).isEmpty();
  }

  @Test
  void shouldNameTheFieldsThatAreWrong() throws Exception {
    HttpResponse<String> response = post("application/json",
        "{\"title\": 7, \"published_at\": \"16. juni\", \"metadata\": {\"n\": 1}}");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("content-type")).contains("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.get("field").asText()).isEqualTo("title");
    assertThat(problem.get("detail").asText()).contains("title must be a string, not a number",
        "body is required", "published_at '16. juni' is not an ISO-8601", "metadata.n must be a string");
  }

  @Test
  void shouldSayWhereTheJsonIsMalformed() throws Exception {
    HttpResponse<String> response = post("application/json", "{\"title\": \"x\",\n \"body\": }");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("title").asText()).isEqualTo("Malformed JSON");
    assertThat(json(response).get("line").asInt()).isEqualTo(2);
  }

  @Test
  void shouldRefuseOtherContentTypesAndOversizedBodies() throws Exception {
    assertThat(post("text/plain", ARTICLE).statusCode()).isEqualTo(415);
    assertThat(post(null, ARTICLE).statusCode()).isEqualTo(415);
    HttpResponse<String> tooLarge = post("application/json", "{\"body\": \"" + "x".repeat(70_000) + "\"}");
    assertThat(tooLarge.statusCode()).isEqualTo(413);
  }

  @Test
  void shouldAcceptTheGoodLinesOfABatchAndReportTheBadOneByLine() throws Exception {
    String batch = ARTICLE.replace("\n", " ") + "\n"
        + "{\"title\": \"Uten tekst\"}\n"
        + "\n"
        + "{\"title\": \"Tredje\", \"body\": \"Regjeringen la fram budsjettet.\"}\n";
    HttpResponse<String> response = post("application/x-ndjson", batch);
    assertThat(response.statusCode()).isEqualTo(207);
    JsonNode results = json(response).get("results");
    assertThat(results).hasSize(3);
    assertThat(results.get(0).get("status").asText()).isEqualTo("accepted");
    assertThat(results.get(1).get("line").asInt()).isEqualTo(2);
    assertThat(results.get(1).get("status").asText()).isEqualTo("rejected");
    assertThat(results.get(1).at("/problem/field").asText()).isEqualTo("body");
    assertThat(results.get(2).get("line").asInt()).isEqualTo(4);
    assertThat(PUBLISHER.published).hasSize(2);
  }

  @Test
  void shouldAnswer503WithRetryAfterWhenKafkaCannotTakeTheArticle() throws Exception {
    PUBLISHER.available = false;
    HttpResponse<String> response = post("application/json", ARTICLE);
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("retry-after")).contains("5");
    assertThat(json(response).get("detail").asText()).contains("retry later");
  }
}
