package io.newsflow.enrich;

import io.newsflow.runtime.config.CommonSettings;
import io.newsflow.runtime.config.ConfigSource;
import io.newsflow.runtime.config.Setting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every setting of the enrich service, read once at start-up. */
public record EnrichSettings(
    String applicationId,
    int port,
    int streamThreads,
    int standbyReplicas,
    Path stateDir,
    Duration commitInterval,
    Guarantee guarantee,
    Optional<String> advertisedHost,
    int maxBodyChars,
    int maxWordChars,
    int maxHtmlDepth,
    Duration registryRetry,
    CommonSettings.Connection connection) {

  /** Kafka Streams' processing guarantee. */
  public enum Guarantee { EXACTLY_ONCE_V2, AT_LEAST_ONCE }

  public static final Setting<String> APPLICATION_ID = Setting.string(
      "NEWSFLOW_ENRICH_APPLICATION_ID", "newsflow-enrich",
      "Kafka Streams application id: consumer group, transactional id prefix and internal topic prefix. "
          + "A new id reprocesses the raw topic from the start (see Operating newsflow).")
      .must(s -> s.matches("[A-Za-z0-9._-]+"), "letters, digits, '.', '_' or '-'");
  public static final Setting<Integer> PORT = Setting.integer(
      "NEWSFLOW_ENRICH_PORT", 8082, "HTTP port of health, metrics, query API and web view.").between(0, 65535);
  public static final Setting<Integer> STREAM_THREADS = Setting.integer(
      "NEWSFLOW_ENRICH_STREAM_THREADS", Math.max(1, Runtime.getRuntime().availableProcessors()),
      "Stream threads of this instance (num.stream.threads); the analysis is CPU-bound, so one per core.")
      .between(1, 256).documentDefaultAs("number of cores");
  public static final Setting<Integer> STANDBY_REPLICAS = Setting.integer(
      "NEWSFLOW_ENRICH_STANDBY_REPLICAS", 0,
      "Warm copies of each state store on other instances, for faster fail-over of the query API.")
      .between(0, 10);
  public static final Setting<String> STATE_DIR = Setting.string(
      "NEWSFLOW_ENRICH_STATE_DIR", System.getProperty("java.io.tmpdir") + "/newsflow-streams",
      "Directory of Kafka Streams' local state.").documentDefaultAs("<java.io.tmpdir>/newsflow-streams");
  public static final Setting<Duration> COMMIT_INTERVAL = Setting.duration(
      "NEWSFLOW_ENRICH_COMMIT_INTERVAL", Duration.ofMillis(100),
      "How often results are committed; with exactly-once this bounds the latency seen by read_committed consumers.")
      .must(d -> !d.isNegative() && !d.isZero(), "positive");
  public static final Setting<Guarantee> GUARANTEE = Setting.choice(
      "NEWSFLOW_ENRICH_GUARANTEE", Guarantee.class, Guarantee.EXACTLY_ONCE_V2,
      "Processing guarantee: exactly_once_v2 (no article lost or enriched twice) or at_least_once.");
  public static final Setting<Optional<String>> ADVERTISED_HOST = Setting.optionalString(
      "NEWSFLOW_ENRICH_ADVERTISED_HOST",
      "Host other instances reach this one at, for queries answered by another instance "
          + "(default: this host's address).");
  public static final Setting<Integer> MAX_BODY_CHARS = Setting.integer(
      "NEWSFLOW_ENRICH_MAX_BODY_CHARS", 2_000_000,
      "Longer article bodies go to the dead-letter topic instead of being analysed.").between(1, Integer.MAX_VALUE);
  public static final Setting<Integer> MAX_WORD_CHARS = Setting.integer(
      "NEWSFLOW_ENRICH_MAX_WORD_CHARS", 10_000,
      "A run of more non-space characters than this is not text (base64, a binary dump): dead-letter topic.")
      .between(100, Integer.MAX_VALUE);
  public static final Setting<Integer> MAX_HTML_DEPTH = Setting.integer(
      "NEWSFLOW_ENRICH_MAX_HTML_DEPTH", 256,
      "HTML nested deeper than this is refused to the dead-letter topic (no article needs it).")
      .between(8, 100_000);
  public static final Setting<Duration> REGISTRY_RETRY = Setting.duration(
      "NEWSFLOW_ENRICH_REGISTRY_RETRY", Duration.ofSeconds(60),
      "How long a record waits for an unreachable schema registry before its stream thread restarts "
          + "from the last commit; records are never skipped for an outage.");

  public static final List<Setting<?>> ALL = List.of(APPLICATION_ID, PORT, STREAM_THREADS, STANDBY_REPLICAS,
      STATE_DIR, COMMIT_INTERVAL, GUARANTEE, ADVERTISED_HOST, MAX_BODY_CHARS, MAX_WORD_CHARS, MAX_HTML_DEPTH,
      REGISTRY_RETRY);

  /** This service's settings and the common ones, for help texts and the README table. */
  public static List<Setting<?>> allWithCommon() {
    List<Setting<?>> all = new ArrayList<>(CommonSettings.ALL);
    all.addAll(ALL);
    return all;
  }

  public static EnrichSettings from(ConfigSource source) {
    return new EnrichSettings(
        source.get(APPLICATION_ID),
        source.get(PORT),
        source.get(STREAM_THREADS),
        source.get(STANDBY_REPLICAS),
        Path.of(source.get(STATE_DIR)),
        source.get(COMMIT_INTERVAL),
        source.get(GUARANTEE),
        source.get(ADVERTISED_HOST),
        source.get(MAX_BODY_CHARS),
        source.get(MAX_WORD_CHARS),
        source.get(MAX_HTML_DEPTH),
        source.get(REGISTRY_RETRY),
        CommonSettings.connection(source));
  }

  public ArticleValidator validator() {
    return new ArticleValidator(maxBodyChars, maxWordChars, maxHtmlDepth);
  }
}
