package io.newsflow.ingest;

import io.newsflow.runtime.config.CommonSettings;
import io.newsflow.runtime.config.ConfigSource;
import io.newsflow.runtime.config.Setting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every setting of the ingest service, read once at start-up. */
public record IngestSettings(
    int port,
    Optional<String> token,
    long maxRequestBytes,
    int maxBodyChars,
    long rateLimit,
    long rateBurst,
    int threads,
    Duration publishTimeout,
    long producerBufferBytes,
    Duration lingerTime,
    CommonSettings.Connection connection) {

  public static final Setting<Integer> PORT = Setting.integer(
      "NEWSFLOW_INGEST_PORT", 8080, "HTTP port of the ingest API.").between(0, 65535);
  public static final Setting<Optional<String>> TOKEN = Setting.optionalString(
      "NEWSFLOW_INGEST_TOKEN", "Bearer token POST /articles requires; without one the API is open "
          + "(the demo generates one).").secret();
  public static final Setting<Long> MAX_REQUEST = Setting.size(
      "NEWSFLOW_INGEST_MAX_REQUEST", 16L * 1024 * 1024,
      "Largest request body (one article or an NDJSON batch); larger requests get 413.")
      .must(v -> v >= 1024, "at least 1KB");
  public static final Setting<Integer> MAX_BODY_CHARS = Setting.integer(
      "NEWSFLOW_INGEST_MAX_BODY_CHARS", 2_000_000,
      "Longest article body accepted (the enrich service's limit should be the same).").between(1, Integer.MAX_VALUE);
  public static final Setting<Long> RATE_LIMIT = Setting.longValue(
      "NEWSFLOW_INGEST_RATE_LIMIT", 200, "Requests per second per client address; more get 429.")
      .between(1, 1_000_000);
  public static final Setting<Long> RATE_BURST = Setting.longValue(
      "NEWSFLOW_INGEST_RATE_BURST", 400, "Requests a client may send at once above the rate.").between(1, 10_000_000);
  public static final Setting<Integer> THREADS = Setting.integer(
      "NEWSFLOW_INGEST_THREADS", 16, "HTTP request threads; each waits for Kafka's acknowledgement.")
      .between(1, 1024);
  public static final Setting<Duration> PUBLISH_TIMEOUT = Setting.duration(
      "NEWSFLOW_INGEST_PUBLISH_TIMEOUT", Duration.ofSeconds(15),
      "How long a request waits for Kafka to acknowledge before it is answered 503.");
  public static final Setting<Long> PRODUCER_BUFFER = Setting.size(
      "NEWSFLOW_INGEST_PRODUCER_BUFFER", 64L * 1024 * 1024,
      "Producer buffer; when full, requests are answered 503 instead of waiting.").must(v -> v >= 1024 * 1024, "at least 1MB");
  public static final Setting<Duration> LINGER = Setting.duration(
      "NEWSFLOW_INGEST_LINGER", Duration.ofMillis(5), "How long the producer waits to fill a batch.");

  public static final List<Setting<?>> ALL = List.of(PORT, TOKEN, MAX_REQUEST, MAX_BODY_CHARS, RATE_LIMIT,
      RATE_BURST, THREADS, PUBLISH_TIMEOUT, PRODUCER_BUFFER, LINGER);

  public static List<Setting<?>> allWithCommon() {
    List<Setting<?>> all = new ArrayList<>(CommonSettings.ALL);
    all.addAll(ALL);
    return all;
  }

  public static IngestSettings from(ConfigSource source) {
    return new IngestSettings(
        source.get(PORT), source.get(TOKEN), source.get(MAX_REQUEST), source.get(MAX_BODY_CHARS),
        source.get(RATE_LIMIT), source.get(RATE_BURST), source.get(THREADS), source.get(PUBLISH_TIMEOUT),
        source.get(PRODUCER_BUFFER), source.get(LINGER),
        CommonSettings.connection(source));
  }
}
