package io.newsflow.cli;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * What a scenario's client was told, set against what Kafka holds, read with {@code read_committed}.
 *
 * <p>An article is lost when it was answered 202 and never enriched. An enriched record is a
 * duplicate when an id has more enriched records than raw records: a client that re-sends after an
 * uncertain 503 (the first attempt may still land later) puts two raw records under one id, and
 * each raw record is owed exactly one analysis; the compacted enriched topic keeps one per id.
 */
final class ChaosLedger {
  private ChaosLedger() {}

  /** Committed records per key of {@code topic}, read to the topic's current end. */
  static Map<String, Integer> countKeys(String bootstrap, String topic) {
    Map<String, Integer> counts = new HashMap<>();
    try (KafkaConsumer<String, byte[]> consumer = ChaosRun.consumer(bootstrap)) {
      ChaosRun.assignFromBeginning(consumer, topic);
      Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < deadline
          && !end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          counts.merge(String.valueOf(r.key()), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /**
   * Polls {@code topic} until every key in {@code wanted} has a committed record or {@code timeout}
   * has passed, then a few seconds more so that a duplicate would show; records per key.
   */
  static Map<String, Integer> awaitKeys(String bootstrap, String topic, Collection<String> wanted, Duration timeout) {
    Set<String> missing = new HashSet<>(wanted);
    Map<String, Integer> counts = new HashMap<>();
    try (KafkaConsumer<String, byte[]> consumer = ChaosRun.consumer(bootstrap)) {
      ChaosRun.assignFromBeginning(consumer, topic);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!missing.isEmpty() && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          counts.merge(String.valueOf(r.key()), 1, Integer::sum);
          missing.remove(r.key());
        }
      }
      long settle = System.nanoTime() + Duration.ofSeconds(3).toNanos();
      while (System.nanoTime() < settle) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> counts.merge(String.valueOf(r.key()), 1, Integer::sum));
      }
    }
    return counts;
  }

  /** The scenario's figures from the client's answers and the committed raw and enriched records. */
  static ScenarioResult tally(String scenario, List<IngestClient.Delivery> deliveries, Map<String, Integer> raw,
      Map<String, Integer> enriched) {
    List<String> accepted = deliveries.stream().filter(IngestClient.Delivery::accepted)
        .map(IngestClient.Delivery::id).toList();
    int enrichedAccepted = (int) accepted.stream().filter(enriched::containsKey).count();
    int duplicated = enriched.entrySet().stream()
        .mapToInt(e -> Math.max(0, e.getValue() - raw.getOrDefault(e.getKey(), 0))).sum();
    int resent = raw.values().stream().mapToInt(n -> n - 1).sum();
    int unavailable = deliveries.stream().mapToInt(IngestClient.Delivery::unavailable).sum();
    int refused = (int) deliveries.stream().filter(d -> !d.accepted()).count();
    return new ScenarioResult(scenario, accepted.size(), enrichedAccepted, accepted.size() - enrichedAccepted,
        duplicated, unavailable, resent, refused);
  }
}
