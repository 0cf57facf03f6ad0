package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.localstack.LocalStack;
import io.newsflow.runtime.config.ConfigSource;
import io.newsflow.topics.TopicCreation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Backpressure from Kafka, against a real broker that is stopped: with a 1 MB producer buffer the
 * service answers 503 with {@code Retry-After} within a bounded time, both for articles that sit
 * in the buffer unacknowledged and for those the full buffer cannot take, instead of queueing
 * requests without limit.
 */
class BackpressureTest {
  private static final String SENTENCE =
      "Regjeringen la fram statsbudsjettet for 2018 med kutt i skatten på inntekt og formue. ";

  private static LocalStack stack;
  private static IngestService ingest;

  @BeforeAll
  static void start() throws Exception {
    stack = LocalStack.builder().freePorts().build().start();
    TopicCreation.ensure(Map.of("bootstrap.servers", stack.bootstrapServers()), 1, (short) 1, Duration.ofSeconds(30));
    ingest = IngestService.start(IngestSettings.from(ConfigSource.of(Map.of(
        "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers(),
        "NEWSFLOW_SCHEMA_REGISTRY_URL", stack.registryUrl(),
        "NEWSFLOW_INGEST_PORT", "0",
        "NEWSFLOW_INGEST_PRODUCER_BUFFER", "1MB",
        "NEWSFLOW_INGEST_PUBLISH_TIMEOUT", "3s",
        "NEWSFLOW_CREATE_TOPICS", "false"))));
  }

  @AfterAll
  static void stop() {
    if (ingest != null) {
      ingest.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void shouldAnswer503WithRetryAfterInsteadOfBufferingWithoutLimitWhenTheBrokerIsGone() throws Exception {
    assertThat(post("warm-up", SENTENCE).statusCode()).as("the schema id and metadata are cached").isEqualTo(202);
    stack.kafka().stop();

    // Eight articles of about 350 KB each: two or three fill the 1 MB buffer, the rest find it full.
    String body = SENTENCE.repeat(4_000);
    ExecutorService clients = Executors.newFixedThreadPool(8);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    long started = System.nanoTime();
    try {
      for (int i = 0; i < 8; i++) {
        String id = "budsjett-" + i;
        answers.add(clients.submit(() -> post(id, body)));
      }
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : answers) {
        responses.add(answer.get());
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

      assertThat(responses).allSatisfy(r -> {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).contains("5");
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
            t -> assertThat(t).startsWith("application/problem+json"));
      });
      assertThat(responses).extracting(HttpResponse::body)
          .as("some requests found the buffer full, some waited for an acknowledgement")
          .anySatisfy(b -> assertThat(b).contains("Kafka cannot take the article now"))
          .anySatisfy(b -> assertThat(b).contains("did not acknowledge the article within 3 s"));
      assertThat(elapsed).as("bounded by the publish timeout, not by the outage").isLessThan(Duration.ofSeconds(15));
    } finally {
      clients.shutdownNow();
      stack.kafka().start();
    }
  }

  private static HttpResponse<String> post(String id, String body) throws Exception {
    String json = "{\"id\":\"" + id + "\",\"title\":\"Statsbudsjettet\",\"body\":\"" + body + "\",\"language\":\"nb\"}";
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + ingest.port() + "/articles"))
            .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
