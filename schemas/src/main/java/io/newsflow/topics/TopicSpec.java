package io.newsflow.topics;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * How a topic is created: its name, partition count, cleanup policy and retention time.
 *
 * @param name          the topic name
 * @param partitions    number of partitions, which bounds how many instances of a consuming service share the work
 * @param cleanupPolicy what happens to old records
 * @param retention     how long records are kept
 */
public record TopicSpec(String name, int partitions, CleanupPolicy cleanupPolicy, Duration retention) {

    /**
     * The largest record any newsflow topic takes: the longest article accepted (two million characters),
     * its enrichment, or its dead letter carrying the original bytes must all fit; the enrich producer's
     * {@code max.request.size} is the same.
     */
    public static final int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cleanupPolicy, "cleanupPolicy");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Topic name must not be blank");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("Topic " + name + " needs at least 1 partition, was " + partitions);
        }
        if (retention == null || retention.isZero() || retention.isNegative()) {
            throw new IllegalArgumentException("Topic " + name + " needs a positive retention, was " + retention);
        }
    }

    public TopicSpec withPartitions(int partitions) {
        return new TopicSpec(name, partitions, cleanupPolicy, retention);
    }

    public TopicSpec withRetention(Duration retention) {
        return new TopicSpec(name, partitions, cleanupPolicy, retention);
    }

    /** The topic-level settings this spec fixes. */
    public Map<String, String> configs() {
        return Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy.configValue(),
                TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention.toMillis()),
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(MAX_MESSAGE_BYTES));
    }

    /**
     * The admin client request that creates this topic. An empty replication factor leaves it to the broker's
     * {@code default.replication.factor}.
     */
    public NewTopic toNewTopic(Optional<Short> replicationFactor) {
        return new NewTopic(name, Optional.of(partitions), replicationFactor).configs(configs());
    }
}
