package io.newsflow.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain string producers and consumers for tests that check what a broker stores. */
public final class KafkaTestClients {

    private KafkaTestClients() {
    }

    /** acks=all and idempotent, with a delivery timeout long enough to outlive a broker restart. */
    public static KafkaProducer<String, String> producer(String bootstrapServers, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
        properties.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        properties.putAll(extra);
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    public static KafkaProducer<String, String> producer(String bootstrapServers) {
        return producer(bootstrapServers, Map.of());
    }

    /**
     * The values of every record in {@code topic} from the beginning, partition by partition, read
     * until {@code expected} arrived or {@code timeout} passed (then whatever arrived).
     */
    public static List<String> readValues(String bootstrapServers, String topic, String isolationLevel, int expected, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = consumer(bootstrapServers, isolationLevel)) {
            assignAll(consumer, topic);
            List<String> values = new ArrayList<>();
            Instant deadline = Instant.now().plus(timeout);
            while (values.size() < expected && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }

    /**
     * The values of every record in {@code topic} up to its current end (for read_committed: up to
     * the last stable offset), partition by partition.
     */
    public static List<String> readAll(String bootstrapServers, String topic, String isolationLevel) {
        try (KafkaConsumer<String, String> consumer = consumer(bootstrapServers, isolationLevel)) {
            List<TopicPartition> assigned = assignAll(consumer, topic);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned, Duration.ofSeconds(30));
            List<String> values = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (assigned.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Could not read " + topic + " to its end " + end + " within 30 s");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }

    public static List<String> readValues(String bootstrapServers, String topic, int expected) {
        return readValues(bootstrapServers, topic, "read_uncommitted", expected, Duration.ofSeconds(30));
    }

    private static KafkaConsumer<String, String> consumer(String bootstrapServers, String isolationLevel) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolationLevel);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }

    private static List<TopicPartition> assignAll(KafkaConsumer<String, String> consumer, String topic) {
        List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30));
        List<TopicPartition> assigned = IntStream.range(0, partitions.size()).mapToObj(p -> new TopicPartition(topic, p)).toList();
        consumer.assign(assigned);
        consumer.seekToBeginning(assigned);
        return assigned;
    }
}
