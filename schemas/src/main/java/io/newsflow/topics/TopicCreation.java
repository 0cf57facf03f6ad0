package io.newsflow.topics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the catalogue's missing topics at service start-up. Several instances may start at
 * once (an enrich scaled to three): a topic another instance just created is not an error. An
 * existing topic is never changed; operators own topics once they exist.
 */
public final class TopicCreation {
  private static final Logger LOG = LoggerFactory.getLogger(TopicCreation.class);

  private TopicCreation() {}

  /**
   * Waits until every partition of the new topics has a leader, so that a service starting next
   * does not begin with partitions its metadata shows without one. It does not close every gap: the
   * broker may still answer a just-created partition's first produce with NOT_LEADER_OR_FOLLOWER for
   * a moment (seen in the chaos run, where one request in flight keeps an idempotent producer's
   * retry from falling behind its next batches).
   */
  private static void awaitLeaders(Admin admin, List<String> topics, Duration timeout)
      throws InterruptedException, ExecutionException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        var described = admin.describeTopics(topics).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (described.values().stream()
            .allMatch(d -> d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()))) {
          return;
        }
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
          throw e; // a topic just created may not be known to the metadata yet; anything else is an error
        }
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("partitions of " + topics + " still without a leader after " + timeout);
      }
      Thread.sleep(100);
    }
  }

  /** Creates what is missing; returns the names created by this call. */
  public static List<String> ensure(Map<String, Object> adminProperties, int partitions, short replication,
      Duration timeout) {
    List<NewTopic> wanted = Topics.newTopics(partitions, Optional.of(replication), Map.of());
    try (Admin admin = Admin.create(adminProperties)) {
      var existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
      if (missing.isEmpty()) {
        return List.of();
      }
      var results = admin.createTopics(missing).values();
      List<String> created = new java.util.ArrayList<>();
      for (var entry : results.entrySet()) {
        try {
          entry.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
          created.add(entry.getKey());
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("cannot create topic " + entry.getKey() + ": " + e.getCause().getMessage(),
                e.getCause());
          }
        }
      }
      if (!created.isEmpty()) {
        awaitLeaders(admin, created, timeout);
        LOG.info("created topics {} with {} partitions", created, partitions);
      }
      return created;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot reach Kafka at " + adminProperties.get("bootstrap.servers")
          + " to create topics: " + e, e);
    }
  }
}
