package io.newsflow.ingest;

import io.newsflow.ingest.feeds.FeedSubscription;
import io.newsflow.ingest.dedup.DuplicateDetector;
import io.newsflow.nlp.dedup.MinHash;
import io.newsflow.runtime.config.CommonSettings;
import io.newsflow.runtime.config.ConfigException;
import io.newsflow.runtime.config.ConfigSource;
import io.newsflow.runtime.config.Setting;
import java.nio.file.Path;
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
    Feeds feeds,
    Optional<Path> watchFolder,
    Duplicates duplicates,
    CommonSettings.Connection connection) {

  /** The feeds to poll and how their pages are fetched. */
  public record Feeds(List<FeedSubscription> subscriptions, Duration timeout, long maxBytes) {}

  /** Near-duplicate marking: on or off, how close is a copy, how far back to look. */
  public record Duplicates(boolean enabled, double minSimilarity, Duration window, int capacity) {}

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

  public static final Setting<String> FEEDS = Setting.string(
      "NEWSFLOW_INGEST_FEEDS", "", "RSS or Atom feeds to poll, comma-separated, each url[@interval] "
          + "(https://www.nrk.no/toppsaker.rss@2m); empty: no feeds.");
  public static final Setting<Duration> FEED_INTERVAL = Setting.duration(
      "NEWSFLOW_INGEST_FEED_INTERVAL", Duration.ofMinutes(5), "How often a feed without its own @interval is polled.")
      .must(d -> d.compareTo(FeedSubscription.MIN_INTERVAL) >= 0, "at least 1s");
  public static final Setting<Boolean> FEED_FULL_TEXT = Setting.bool(
      "NEWSFLOW_INGEST_FEED_FULL_TEXT", false,
      "Fetch the linked page and keep its main text when a feed entry carries only a short summary.");
  public static final Setting<Duration> FEED_TIMEOUT = Setting.duration(
      "NEWSFLOW_INGEST_FEED_TIMEOUT", Duration.ofSeconds(20), "Deadline for fetching one feed or page.")
      .must(d -> !d.isNegative() && !d.isZero(), "positive");
  public static final Setting<Long> FEED_MAX_BYTES = Setting.size(
      "NEWSFLOW_INGEST_FEED_MAX_BYTES", 8L * 1024 * 1024, "Largest feed or page fetched; larger ones are refused.")
      .must(v -> v >= 1024 && v <= Integer.MAX_VALUE - 8, "between 1KB and 2GB");
  public static final Setting<Optional<String>> WATCH_FOLDER = Setting.optionalString(
      "NEWSFLOW_INGEST_WATCH_FOLDER", "Folder whose dropped article files (.txt, .json, .ndjson, .html) are "
          + "ingested, then moved to processed/ or failed/; empty: no folder is watched.");
  public static final Setting<Boolean> DUPLICATES = Setting.bool(
      "NEWSFLOW_INGEST_DUPLICATES", true,
      "Mark an article whose text is a near-copy of an earlier one with duplicate_of; enrich skips it.");
  public static final Setting<Double> DUPLICATE_SIMILARITY = Setting.decimal(
      "NEWSFLOW_INGEST_DUPLICATE_SIMILARITY", MinHash.NEAR_DUPLICATE_SIMILARITY,
      "Texts sharing at least this share of their word 3-shingles (MinHash estimate of Jaccard similarity) "
          + "are copies.").must(v -> v >= DuplicateDetector.LOWEST_SIMILARITY && v <= 1.0, "between 0.7 and 1");
  public static final Setting<Duration> DUPLICATE_WINDOW = Setting.duration(
      "NEWSFLOW_INGEST_DUPLICATE_WINDOW", Duration.ofDays(7), "How far back a copy's original is looked for.")
      .must(d -> !d.isNegative() && !d.isZero(), "positive");
  public static final Setting<Integer> DUPLICATE_CAPACITY = Setting.integer(
      "NEWSFLOW_INGEST_DUPLICATE_CAPACITY", 200_000,
      "Most recent articles whose signatures are kept in memory (about 600 bytes each).").between(1, 100_000_000);

  public static final List<Setting<?>> ALL = List.of(PORT, TOKEN, MAX_REQUEST, MAX_BODY_CHARS, RATE_LIMIT,
      RATE_BURST, THREADS, PUBLISH_TIMEOUT, PRODUCER_BUFFER, LINGER, FEEDS, FEED_INTERVAL, FEED_FULL_TEXT,
      FEED_TIMEOUT, FEED_MAX_BYTES, WATCH_FOLDER, DUPLICATES, DUPLICATE_SIMILARITY, DUPLICATE_WINDOW, DUPLICATE_CAPACITY);

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
        new Feeds(feeds(source), source.get(FEED_TIMEOUT), source.get(FEED_MAX_BYTES)),
        source.get(WATCH_FOLDER).map(Path::of),
        new Duplicates(source.get(DUPLICATES), source.get(DUPLICATE_SIMILARITY), source.get(DUPLICATE_WINDOW),
            source.get(DUPLICATE_CAPACITY)),
        CommonSettings.connection(source));
  }

  private static List<FeedSubscription> feeds(ConfigSource source) {
    try {
      return FeedSubscription.parseList(source.get(FEEDS), source.get(FEED_INTERVAL), source.get(FEED_FULL_TEXT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(FEEDS.env() + " must list feeds as url[@interval],...: " + e.getMessage());
    }
  }
}
