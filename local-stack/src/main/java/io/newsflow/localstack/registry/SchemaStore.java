package io.newsflow.localstack.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's storage: a compacted, single-partition Kafka topic read into memory.
 *
 * <ul>
 *   <li>On start the topic is created if missing and read to its end before anything is served,
 *       so ids and versions survive a restart of the registry.</li>
 *   <li>Writes are serialized by one lock (a single writer). A write first catches up with the
 *       topic, decides on the entries from that fresh state, appends them with {@code acks=all},
 *       and returns only after reading them back, so the state it publishes is always the log's.</li>
 *   <li>Reads take the current {@link RegistryState} snapshot without locking.</li>
 * </ul>
 */
final class SchemaStore implements AutoCloseable {

    /** What a write decided: the entries to append and the answer to give once they are stored. */
    record Mutation<T>(List<LogEntry> entries, T result) {

        static <T> Mutation<T> none(T result) {
            return new Mutation<>(List.of(), result);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(SchemaStore.class);

    private final String topic;
    private final TopicPartition partition;
    private final Duration timeout;
    private final LogEntryCodec codec;
    private final KafkaProducer<byte[], byte[]> producer;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<String, Object> adminProperties;
    private final RegistryIndex index = new RegistryIndex();
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile RegistryState state = RegistryState.EMPTY;

    SchemaStore(String bootstrapServers, String topic, Duration timeout, ObjectMapper json) {
        this.topic = topic;
        this.partition = new TopicPartition(topic, 0);
        this.timeout = timeout;
        this.codec = new LogEntryCodec(json);
        this.adminProperties = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "schema-registry-admin",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis() / 2);
        this.producer = new KafkaProducer<>(producerProperties(bootstrapServers, timeout), new ByteArraySerializer(), new ByteArraySerializer());
        this.consumer = new KafkaConsumer<>(consumerProperties(bootstrapServers), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Creates the topic if needed and reads it to the end; the registry serves only afterwards. */
    void start() {
        ensureTopic();
        writeLock.lock();
        try {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            catchUp();
            log.debug("Read {} to offset {}: {} subjects", topic, consumer.position(partition),
                    state.subjects(RegistryState.Filter.INCLUDE_DELETED).size());
        } finally {
            writeLock.unlock();
        }
    }

    RegistryState state() {
        return state;
    }

    /**
     * Runs one write: {@code decide} sees the state after catching up with the topic and either
     * throws a {@link RegistryException} (nothing is written) or names the entries to append.
     */
    <T> T write(Function<RegistryState, Mutation<T>> decide) {
        writeLock.lock();
        try {
            catchUp();
            Mutation<T> mutation = decide.apply(state);
            if (!mutation.entries().isEmpty()) {
                long lastOffset = append(mutation.entries());
                readUpTo(lastOffset + 1, Instant.now().plus(timeout));
            }
            return mutation.result();
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        writeLock.lock();
        try {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        } finally {
            writeLock.unlock();
        }
    }

    private long append(List<LogEntry> entries) {
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>();
        try {
            for (LogEntry entry : entries) {
                acknowledgements.add(producer.send(new ProducerRecord<>(topic, 0, codec.key(entry), codec.value(entry))));
            }
            long lastOffset = -1;
            for (Future<RecordMetadata> acknowledgement : acknowledgements) {
                lastOffset = Math.max(lastOffset, acknowledgement.get(timeout.toMillis(), TimeUnit.MILLISECONDS).offset());
            }
            return lastOffset;
        } catch (ExecutionException e) {
            throw RegistryException.store("writing to " + topic + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw RegistryException.timeout("writing to " + topic + " took longer than " + timeout.toSeconds() + " s", e);
        } catch (KafkaException e) {
            throw RegistryException.store("writing to " + topic + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RegistryException.store("interrupted while writing to " + topic, e);
        }
    }

    private void catchUp() {
        Instant deadline = Instant.now().plus(timeout);
        long end;
        try {
            end = consumer.endOffsets(Set.of(partition), timeout).get(partition);
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw RegistryException.timeout("reading the end of " + topic + " took longer than " + timeout.toSeconds() + " s", e);
        } catch (KafkaException e) {
            throw RegistryException.store("reading the end of " + topic + " failed: " + e.getMessage(), e);
        }
        readUpTo(end, deadline);
    }

    private void readUpTo(long offset, Instant deadline) {
        boolean changed = false;
        try {
            while (true) {
                Duration remaining = Duration.between(Instant.now(), deadline);
                if (remaining.isNegative()) {
                    throw RegistryException.timeout("reading " + topic + " up to offset " + offset + " took longer than "
                            + timeout.toSeconds() + " s", null);
                }
                if (consumer.position(partition, remaining) >= offset) {
                    return;
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    changed |= apply(record);
                }
            }
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw RegistryException.timeout("reading " + topic + " took longer than " + timeout.toSeconds() + " s", e);
        } catch (KafkaException e) {
            throw RegistryException.store("reading " + topic + " failed: " + e.getMessage(), e);
        } finally {
            if (changed) {
                state = index.snapshot();
            }
        }
    }

    /** Bad records are skipped with a warning: one corrupt entry must not make every schema unreadable. */
    private boolean apply(ConsumerRecord<byte[], byte[]> record) {
        try {
            return codec.decode(record.key(), record.value()).map(entry -> {
                index.apply(entry);
                return true;
            }).orElse(false);
        } catch (IllegalArgumentException e) {
            log.warn("Skipping unreadable record at offset {} of {}: {}", record.offset(), topic, e.getMessage());
            return false;
        }
    }

    private void ensureTopic() {
        try (Admin admin = Admin.create(adminProperties)) {
            try {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)
                                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                        .all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                log.debug("Created the schema topic {}", topic);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Cannot create the schema topic " + topic + ": " + e.getCause().getMessage(), e.getCause());
                }
            }
            // A topic just created may not be in every broker's metadata yet: describing it can briefly
            // answer "unknown topic", which is not the topic having disappeared.
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!verifyLayout(admin)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The schema topic " + topic + " disappeared while the registry started");
                }
                Thread.sleep(50);
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("The Kafka cluster did not answer within " + timeout.toSeconds()
                    + " s while preparing the schema topic " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while preparing the schema topic " + topic, e);
        }
    }

    /**
     * Like Confluent's registry, refuse a topic that could lose or reorder schemas. Returns false
     * while the topic is not visible yet.
     */
    private boolean verifyLayout(Admin admin) throws InterruptedException, TimeoutException {
        try {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(topic);
            if (description.partitions().size() != 1) {
                throw new IllegalStateException("The schema topic " + topic + " has " + description.partitions().size()
                        + " partitions; it must have exactly one so that schema ids stay in order");
            }
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config config = admin.describeConfigs(List.of(resource)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(resource);
            String cleanupPolicy = config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
            if (!TopicConfig.CLEANUP_POLICY_COMPACT.equals(cleanupPolicy)) {
                throw new IllegalStateException("The schema topic " + topic + " has cleanup.policy=" + cleanupPolicy
                        + "; it must be compact, or schemas would expire with retention");
            }
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false;
            }
            throw new IllegalStateException("Cannot describe the schema topic " + topic + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static Map<String, Object> producerProperties(String bootstrapServers, Duration timeout) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "schema-registry-writer");
        // A registration is acknowledged only once every in-sync replica has the record.
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        // Registrations are interactive: fail within the store timeout rather than Kafka's two minutes.
        int timeoutMs = (int) timeout.toMillis();
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs);
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs / 2);
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
        return properties;
    }

    private static Map<String, Object> consumerProperties(String bootstrapServers) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "schema-registry-reader");
        // No consumer group: the registry always reads the whole topic and commits nothing.
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        // The reader polls only inside a write, right after appending, and a fetch that was already
        // waiting for data would otherwise hold every registration up for the default 500 ms.
        properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        return properties;
    }
}
