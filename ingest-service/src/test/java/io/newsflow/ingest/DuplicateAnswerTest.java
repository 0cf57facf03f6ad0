package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.ingest.dedup.DeduplicatingPublisher;
import io.newsflow.ingest.dedup.DuplicateDetector;
import io.newsflow.ingest.memory.InMemoryKeyValueLog;
import io.newsflow.runtime.config.ConfigSource;
import io.newsflow.runtime.http.Metrics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /articles tells the client when what it sent is a copy of an article ingested before. */
class DuplicateAnswerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STORY = "Den nye brua over Glomma ved Elverum åpner for trafikk 15. mai, opplyser "
      + "Statens vegvesen. Brua har kostet 412 millioner kroner og erstatter den gamle fra 1936. – Vi er to uker "
      + "foran skjema, sier prosjektleder Ingrid Bakke.";

  @Test
  void shouldAnswer202WithTheOriginalsIdForANearCopy() throws Exception {
    InMemoryPublisher kafka = new InMemoryPublisher();
    InMemoryKeyValueLog fingerprints = new InMemoryKeyValueLog();
    Instant now = Instant.parse("2024-03-11T14:30:00Z");
    ArticlePublisher publisher = DeduplicatingPublisher.over(kafka,
        new DuplicateDetector(0.8, Duration.ofDays(7), 1_000), fingerprints, now);
    IngestSettings settings = IngestSettings.from(ConfigSource.of(Map.of("NEWSFLOW_INGEST_PORT", "0")));
    try (IngestService service = IngestService.start(settings, publisher, Clock.fixed(now, ZoneOffset.UTC),
        new Metrics("ingest-test"), List.of())) {
      JsonNode original = post(service, "https://www.dalensavis.example/nyheter/ny-bru-over-glomma", STORY);
      JsonNode copy = post(service, "https://www.ntb.example/ny-bru-glomma",
          "(NTB) " + STORY.replace("opplyser Statens vegvesen", "melder Statens vegvesen"));
      JsonNode other = post(service, "https://www.dalensavis.example/nyheter/sykepleiere",
          "Over 1200 søkere har sykepleie som førstevalg ved Høgskolen i Innlandet i år, en økning på 18 prosent.");

      assertThat(original.has("duplicate_of")).isFalse();
      assertThat(copy.get("status").asText()).isEqualTo("accepted");
      assertThat(copy.get("duplicate_of").asText()).isEqualTo(original.get("id").asText());
      assertThat(other.has("duplicate_of")).isFalse();
      assertThat(kafka.published.get(1).getDuplicateOf()).isEqualTo(original.get("id").asText());
      assertThat(fingerprints.values).containsOnlyKeys(original.get("id").asText(), other.get("id").asText());
    }
  }

  private static JsonNode post(IngestService service, String url, String body) throws Exception {
    String json = JSON.writeValueAsString(Map.of("title", "Ny bru over Glomma", "url", url, "body", body));
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + "/articles"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return JSON.readTree(response.body());
  }
}
