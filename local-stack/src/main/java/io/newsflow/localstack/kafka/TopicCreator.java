package io.newsflow.localstack.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates topics on a single-node cluster so that running it twice is harmless.
 *
 * <p>Rules, in order:
 * <ul>
 *   <li>a replication factor above one is lowered to one, and {@code min.insync.replicas} above one
 *       to one, because a production topic catalogue asks for three replicas that one broker cannot
 *       hold;</li>
 *   <li>a topic that already exists is accepted when its partition count matches the requested one
 *       (or none was requested), and rejected with an exception otherwise, so a stale data
 *       directory cannot silently run a benchmark on the wrong layout.</li>
 * </ul>
 */
final class TopicCreator {

    private static final Logger log = LoggerFactory.getLogger(TopicCreator.class);
    private static final long TIMEOUT_SECONDS = 60;

    private TopicCreator() {
    }

    static void create(Admin admin, Collection<NewTopic> topics) {
        if (topics.isEmpty()) {
            return;
        }
        List<NewTopic> singleNode = topics.stream().map(TopicCreator::forSingleNode).toList();
        Map<String, NewTopic> byName = new HashMap<>();
        singleNode.forEach(topic -> byName.put(topic.name(), topic));
        List<String> existing = new ArrayList<>();
        admin.createTopics(singleNode).values().forEach((name, future) -> {
            try {
                future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                log.debug("Created topic {}", name);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof TopicExistsException) {
                    existing.add(name);
                } else {
                    throw new IllegalStateException("Creating topic " + name + " failed: " + e.getCause().getMessage(), e.getCause());
                }
            } catch (TimeoutException e) {
                throw new IllegalStateException("Creating topic " + name + " timed out after " + TIMEOUT_SECONDS + " s", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while creating topic " + name, e);
            }
        });
        if (!existing.isEmpty()) {
            verifyPartitionCounts(admin, existing, byName);
        }
    }

    static NewTopic forSingleNode(NewTopic requested) {
        if (requested.replicasAssignments() != null) {
            throw new IllegalArgumentException("Topic " + requested.name()
                    + " names explicit replica assignments; a single-node cluster only has broker " + BrokerConfig.NODE_ID);
        }
        Optional<Integer> partitions = Optional.ofNullable(requested.numPartitions()).filter(count -> count > 0);
        NewTopic adjusted = new NewTopic(requested.name(), partitions, Optional.of((short) 1));
        Map<String, String> configs = new HashMap<>(Optional.ofNullable(requested.configs()).orElse(Map.of()));
        configs.computeIfPresent(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, (key, value) -> "1");
        return adjusted.configs(configs);
    }

    private static void verifyPartitionCounts(Admin admin, List<String> names, Map<String, NewTopic> requested) {
        Map<String, TopicDescription> descriptions;
        try {
            descriptions = admin.describeTopics(names).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Describing existing topics " + names + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while describing topics " + names, e);
        }
        descriptions.forEach((name, description) -> {
            Optional<Integer> wanted = Optional.ofNullable(requested.get(name).numPartitions()).filter(count -> count > 0);
            int actual = description.partitions().size();
            if (wanted.isPresent() && wanted.get() != actual) {
                throw new IllegalStateException("Topic " + name + " already exists with " + actual
                        + " partitions but " + wanted.get() + " were requested; delete it or use a fresh data directory");
            }
        });
    }
}
