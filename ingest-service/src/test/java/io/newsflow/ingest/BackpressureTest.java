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
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.quota.ClientQuotaAlteration;
import org.apache.kafka.common.quota.ClientQuotaEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Backpressure from Kafka, against a real broker that is throttled or stopped: with a 1 MB
 * producer buffer the service answers 503 with {@code Retry-After} within a bounded time, both for
 * articles that sit in the buffer unacknowledged and for those the full buffer cannot take,
 * instead of queueing requests without limit.
 */
class BackpressureTest {
  private static final String SENTENCE =
      "Regjeringen la fram statsbudsjettet for 2018 med kutt i skatten på inntekt og formue. ";

  private LocalStack stack;
  private IngestService ingest;

  @BeforeEach
  void start() throws Exception {
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

  @AfterEach
  void stop() {
    if (ingest != null) {
      ingest.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void shouldAnswer503WhenTheProducerBufferIsFullBecauseTheBrokerIsThrottled() throws Exception {
    assertThat(post("warm-up", SENTENCE).statusCode()).as("the schema id and metadata are cached").isEqualTo(202);
    producerQuota(1_000.0);
    Thread.sleep(1_000); // the quota reaches the broker through the metadata log

    // Eight articles of about 350 KB each against 1 KB/s: two or three fill the 1 MB buffer and
    // wait for acknowledgements that take minutes, the rest find the buffer full. The words are
    // random so that compression cannot shrink the articles below the quota.
    Outcome outcome;
    try {
      outcome = postConcurrently(8, randomWords(350_000));
    } finally {
      producerQuota(null); // lets the buffered articles drain, so that closing ingest is quick
    }

    // The broker throttles a client after it has gone over its quota, so the first article may pass.
    assertThat(outcome.responses()).filteredOn(r -> r.statusCode() != 202)
        .hasSizeGreaterThanOrEqualTo(6).allSatisfy(BackpressureTest::assertRetryLater);
    assertThat(outcome.responses()).extracting(HttpResponse::body)
        .anySatisfy(b -> assertThat(b).contains("did not acknowledge the article within 3 s"))
        .anySatisfy(b -> assertThat(b).contains("Kafka cannot take the article now"));
    assertThat(outcome.elapsed()).as("bounded by the publish timeout, not by the throttle")
        .isLessThan(Duration.ofSeconds(15));
  }

  @Test
  void shouldAnswer503WithinTheTimeoutWhenTheBrokerIsGone() throws Exception {
    assertThat(post("warm-up", SENTENCE).statusCode()).as("the schema id and metadata are cached").isEqualTo(202);
    stack.kafka().stop();
    try {
      Outcome outcome = postConcurrently(8, SENTENCE.repeat(4_000));

      assertThat(outcome.responses()).allSatisfy(BackpressureTest::assertRetryLater);
      assertThat(outcome.elapsed()).as("bounded by the publish timeout, not by the outage")
          .isLessThan(Duration.ofSeconds(15));
    } finally {
      stack.kafka().start();
    }
  }

  /** Sets the ingest producer's byte rate on the broker; {@code null} removes the quota. */
  private void producerQuota(Double bytesPerSecond) throws Exception {
    try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", stack.bootstrapServers()))) {
      admin.alterClientQuotas(List.of(new ClientQuotaAlteration(
          new ClientQuotaEntity(Map.of(ClientQuotaEntity.CLIENT_ID, "newsflow-ingest")),
          List.of(new ClientQuotaAlteration.Op("producer_byte_rate", bytesPerSecond))))).all().get();
    }
  }

  private record Outcome(List<HttpResponse<String>> responses, Duration elapsed) {}

  private Outcome postConcurrently(int articles, String body) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(articles);
    try {
      long started = System.nanoTime();
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < articles; i++) {
        String id = "budsjett-" + i;
        answers.add(clients.submit(() -> post(id, body)));
      }
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : answers) {
        responses.add(answer.get());
      }
      return new Outcome(responses, Duration.ofNanos(System.nanoTime() - started));
    } finally {
      clients.shutdownNow();
    }
  }

  private static String randomWords(int length) {
    java.util.Random random = new java.util.Random(2017);
    String letters = "abcdefghijklmnoprstuvyæøå";
    StringBuilder text = new StringBuilder(length);
    while (text.length() < length) {
      for (int i = 2 + random.nextInt(9); i > 0; i--) {
        text.append(letters.charAt(random.nextInt(letters.length())));
      }
      text.append(' ');
    }
    return text.toString();
  }

  private static void assertRetryLater(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
    assertThat(r.headers().firstValue("Retry-After")).contains("5");
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  private HttpResponse<String> post(String id, String body) throws Exception {
    String json = "{\"id\":\"" + id + "\",\"title\":\"Statsbudsjettet\",\"body\":\"" + body + "\",\"language\":\"nb\"}";
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + ingest.port() + "/articles"))
            .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
