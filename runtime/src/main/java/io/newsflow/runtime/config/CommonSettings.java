package io.newsflow.runtime.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings every newsflow service shares: where Kafka and the schema registry are, how topics are
 * created, how to log. Kafka client properties beyond these pass through unchanged from
 * {@code NEWSFLOW_KAFKA_*} variables (see {@link ConfigSource#passThrough}), which is how SASL and
 * TLS are configured.
 */
public final class CommonSettings {
  public static final String KAFKA_PASS_THROUGH_PREFIX = "NEWSFLOW_KAFKA_";

  public static final Setting<String> KAFKA_BOOTSTRAP_SERVERS = Setting.string(
      "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "localhost:9092",
      "Kafka brokers to bootstrap from. Any other Kafka client property is passed through as "
          + "NEWSFLOW_KAFKA_<PROPERTY> (e.g. NEWSFLOW_KAFKA_SECURITY_PROTOCOL=SASL_SSL).")
      .must(s -> !s.isBlank(), "not empty");
  public static final Setting<String> SCHEMA_REGISTRY_URL = Setting.string(
      "NEWSFLOW_SCHEMA_REGISTRY_URL", "http://localhost:8081",
      "Confluent-compatible schema registry; several URLs may be given, comma-separated.")
      .must(s -> s.startsWith("http://") || s.startsWith("https://"), "an http(s) URL");
  public static final Setting<Optional<String>> SCHEMA_REGISTRY_BASIC_AUTH = Setting.optionalString(
      "NEWSFLOW_SCHEMA_REGISTRY_BASIC_AUTH",
      "user:password for the schema registry, when it requires basic authentication.").secret();
  public static final Setting<Boolean> CREATE_TOPICS = Setting.bool(
      "NEWSFLOW_CREATE_TOPICS", true,
      "Create missing newsflow topics at start-up (existing topics are left as they are).");
  public static final Setting<Integer> TOPIC_PARTITIONS = Setting.integer(
      "NEWSFLOW_TOPIC_PARTITIONS", 6,
      "Partitions of newly created topics: the most enrich instances that can share the work.")
      .between(1, 10_000);
  public static final Setting<Integer> TOPIC_REPLICATION = Setting.integer(
      "NEWSFLOW_TOPIC_REPLICATION", 1, "Replication factor of newly created topics (3 in production).")
      .between(1, 32);
  public static final Setting<LogFormat> LOG_FORMAT = Setting.choice(
      "NEWSFLOW_LOG_FORMAT", LogFormat.class, LogFormat.TEXT,
      "Log as human-readable text or as one JSON object per line.");
  public static final Setting<String> LOG_LEVEL = Setting.string(
      "NEWSFLOW_LOG_LEVEL", "info", "Level of newsflow's own loggers (Kafka's stay at warn).")
      .must(s -> List.of("trace", "debug", "info", "warn", "error").contains(s.toLowerCase()),
          "one of trace, debug, info, warn, error");

  public static final List<Setting<?>> ALL = List.of(
      KAFKA_BOOTSTRAP_SERVERS, SCHEMA_REGISTRY_URL, SCHEMA_REGISTRY_BASIC_AUTH, CREATE_TOPICS,
      TOPIC_PARTITIONS, TOPIC_REPLICATION, LOG_FORMAT, LOG_LEVEL);

  public enum LogFormat { TEXT, JSON }

  /**
   * Where a service finds Kafka and the registry, and how it creates topics: the part of every
   * service's settings that is the same.
   *
   * @param kafka properties for any Kafka client (bootstrap servers and everything passed through)
   */
  public record Connection(
      Map<String, Object> kafka,
      String registryUrl,
      Optional<String> registryBasicAuth,
      boolean createTopics,
      int topicPartitions,
      int topicReplication) {
    public Connection {
      kafka = Map.copyOf(kafka);
    }
  }

  public static Connection connection(ConfigSource source) {
    return new Connection(kafkaClientProperties(source), source.get(SCHEMA_REGISTRY_URL),
        source.get(SCHEMA_REGISTRY_BASIC_AUTH), source.get(CREATE_TOPICS), source.get(TOPIC_PARTITIONS),
        source.get(TOPIC_REPLICATION));
  }

  private CommonSettings() {}

  /**
   * Properties for any Kafka client: the bootstrap servers plus everything passed through.
   * Values stay strings; Kafka parses them itself and masks its password-typed ones in logs.
   */
  public static Map<String, Object> kafkaClientProperties(ConfigSource source) {
    Map<String, Object> props = new HashMap<>(source.passThrough(KAFKA_PASS_THROUGH_PREFIX));
    props.put("bootstrap.servers", source.get(KAFKA_BOOTSTRAP_SERVERS));
    return props;
  }
}
