package io.newsflow.ingest.memory;

import io.newsflow.topics.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * A {@link KeyValueLog} over a compacted topic. The whole topic is read from the beginning up to
 * the end offsets taken at the start of the read, with no consumer group (nothing to commit, and
 * every instance needs every key); writes go through an idempotent {@code acks=all} producer.
 */
public final class KafkaKeyValueLog implements KeyValueLog {
  private final Map<String, Object> kafka;
  private final Topic<String, String> topic;
  private final Duration readTimeout;
  private final KafkaProducer<String, String> producer;

  public KafkaKeyValueLog(Map<String, Object> kafka, Topic<String, String> topic, Duration readTimeout) {
    this.kafka = Map.copyOf(kafka);
    this.topic = topic;
    this.readTimeout = readTimeout;
    Map<String, Object> props = new HashMap<>(kafka);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
    props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest-" + topic.name());
    this.producer = new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer());
  }

  /**
   * @throws IllegalStateException when the topic does not exist or cannot be read within the timeout: ingest
   *     must not start without its memory, or it would publish everything again
   */
  @Override
  public Map<String, String> readAll() {
    Map<String, Object> props = new HashMap<>(kafka);
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
    props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-ingest-" + topic.name() + "-reader");
    Map<String, String> values = new HashMap<>();
    long deadline = System.nanoTime() + readTimeout.toNanos();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(),
        topic.valueSerde().deserializer())) {
      List<PartitionInfo> partitions = consumer.partitionsFor(topic.name(), readTimeout);
      if (partitions == null || partitions.isEmpty()) {
        throw new IllegalStateException("topic " + topic.name() + " does not exist; create the topics first "
            + "(NEWSFLOW_CREATE_TOPICS=true or ./newsflow topics)");
      }
      List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(p.topic(), p.partition()))
          .toList();
      consumer.assign(assigned);
      consumer.seekToBeginning(assigned);
      Map<TopicPartition, Long> end = consumer.endOffsets(assigned, readTimeout);
      while (assigned.stream().anyMatch(p -> consumer.position(p, readTimeout) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("reading " + topic.name() + " took longer than " + readTimeout.toSeconds()
              + " s");
        }
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          if (record.key() == null) {
            continue;
          }
          if (record.value() == null) {
            values.remove(record.key());
          } else {
            values.put(record.key(), record.value());
          }
        }
      }
    } catch (TimeoutException e) {
      throw new IllegalStateException("reading " + topic.name() + " timed out: " + e.getMessage(), e);
    }
    return values;
  }

  @Override
  public CompletableFuture<Void> put(String key, String value) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    try {
      producer.send(new ProducerRecord<>(topic.name(), key, value), (metadata, error) -> {
        if (error == null) {
          done.complete(null);
        } else {
          done.completeExceptionally(error);
        }
      });
    } catch (RuntimeException e) {
      done.completeExceptionally(e);
    }
    return done;
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(10));
  }
}
