package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.runtime.config.ConfigSource;
import io.newsflow.runtime.http.Metrics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever a client sends, the ingest API answers with a client error or success, never a 5xx. */
class IngestFuzzTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static IngestService service;

  @BeforeContainer
  static void start() throws Exception {
    IngestSettings settings = IngestSettings.from(ConfigSource.of(Map.of(
        "NEWSFLOW_INGEST_PORT", "0", "NEWSFLOW_INGEST_MAX_REQUEST", "16KB",
        "NEWSFLOW_INGEST_RATE_LIMIT", "1000000", "NEWSFLOW_INGEST_RATE_BURST", "1000000")));
    service = IngestService.start(settings, new InMemoryPublisher(), Clock.systemUTC(), new Metrics("fuzz"), List.of());
  }

  @AfterContainer
  static void stop() {
    service.close();
  }

  @Property(tries = 300)
  void shouldNeverAnswerWithAServerError(@ForAll("contentTypes") String contentType, @ForAll("bodies") String body)
      throws Exception {
    HttpResponse<String> response = CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + "/articles"))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(body).isBetween(200, 499);
  }

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.of("application/json", "application/x-ndjson", "application/json; charset=utf-8",
        "text/plain", "application/xml", "");
  }

  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(300);
    Arbitrary<String> jsonValue = Arbitraries.oneOf(
        anyText.map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""),
        Arbitraries.integers().map(String::valueOf),
        Arbitraries.of("null", "true", "[]", "{}", "[1,2]", "{\"a\": {\"b\": []}}", "\"2017-06-16\"",
            "\"2017-06-16T20:31:00+02:00\"", "\"text/html\"", "1e999"));
    Arbitrary<String> field = Arbitraries.of("id", "title", "body", "url", "outlet", "language", "content_type",
        "published_at", "metadata", "x");
    Arbitrary<String> member = Combinators.combine(field, jsonValue).as((k, v) -> "\"" + k + "\": " + v);
    Arbitrary<String> object = member.list().ofMaxSize(8).map(m -> "{" + String.join(", ", m) + "}");
    return Arbitraries.oneOf(anyText, object, object.list().ofMaxSize(4).map(l -> String.join("\n", l)),
        object.map(o -> o.substring(0, o.length() / 2)));
  }
}
