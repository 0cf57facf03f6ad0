package io.newsflow.enrich.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.ArticleValidator;
import io.newsflow.enrich.EnrichMetrics;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.runtime.http.HttpEndpoint;
import io.newsflow.runtime.http.ProblemException;
import io.newsflow.serde.registry.MockSchemaRegistryClient;
import io.newsflow.topics.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API's answers when it cannot answer yet, and how it reads its parameters. */
class QueryApiTest {
  @TempDir
  Path state;

  @Test
  void shouldAnswer503WithRetryAfterWhileTheStreamsAreNotRunning() throws Exception {
    StreamsBuilder builder = new StreamsBuilder();
    EnrichTopology.build(builder, new EnrichTopology.Parts(Topics.create(new MockSchemaRegistryClient(), true),
        ArticleEnricher.standard(), new ArticleValidator(100_000, 1_000, 64), EnrichMetrics.noop(), "query-api-test",
        Duration.ofMillis(10)));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "query-api-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:1");
    props.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
    try (KafkaStreams streams = new KafkaStreams(builder.build(), props);
         HttpEndpoint http = HttpEndpoint.create("query-api-test", 0, 1024, 2)) {
      QueryApi.routes(http, new QueryRouter(streams, new HostInfo("localhost", http.port()), Duration.ofSeconds(1),
          QueryStores.sourceTopics("query-api-test", "news.articles.enriched")));
      http.start();
      for (String path : new String[] {"/api/articles/latest", "/api/articles/vg-1", "/api/entities/trending?window=24h",
          "/api/entities/per:erna-solberg", "/api/claims?source=politiet"}) {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + http.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).as(path).contains("2");
        assertThat(response.body()).as(path).contains("try again shortly");
      }
    }
  }

  @Test
  void shouldReadTrendingWindowsUpToTheRetention() {
    assertThat(QueryApi.window("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(QueryApi.window("24h")).isEqualTo(Duration.ofHours(24));
    assertThat(QueryApi.window("30m")).isEqualTo(Duration.ofMinutes(30));
    assertThat(QueryApi.window("7d")).isEqualTo(Duration.ofDays(7));
    for (String bad : new String[] {"8d", "0h", "1 hour", "-1h", "PT1H", ""}) {
      assertThatThrownBy(() -> QueryApi.window(bad)).as(bad).isInstanceOf(ProblemException.class)
          .hasMessageContaining("window must be");
    }
  }

  @Test
  void shouldEncodePathSegmentsSoThatTheEndpointDecodesThemBack() {
    assertThat(QueryApi.segment("src:det irakiske+forsvaret")).isEqualTo("src%3Adet%20irakiske%2Bforsvaret");
  }
}
