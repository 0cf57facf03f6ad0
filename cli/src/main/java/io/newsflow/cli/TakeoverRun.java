package io.newsflow.cli;

import io.newsflow.localstack.LocalStack;
import io.newsflow.topics.TopicCreation;
import io.newsflow.topics.TopicNames;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;

/**
 * Scaling and rebalancing of enrich, measured: two instances in their own JVMs share the raw
 * topic's partitions; one stops gracefully (it leaves the group) and the time until the other owns
 * every partition is taken; then the same after a SIGKILL, where the group has to notice the dead
 * member by its session timeout.
 */
final class TakeoverRun {
  static final String GROUP = "newsflow-enrich";
  static final int PARTITIONS = 6;
  /** Session timeout the instances run with (see EnrichInstance). */
  static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);

  /** Takeover times after a graceful stop and after a kill. */
  record Result(Duration afterStop, Duration afterKill) {}

  private final PrintStream log;

  TakeoverRun(PrintStream log) {
    this.log = log;
  }

  Result run() throws Exception {
    Path data = Files.createTempDirectory("newsflow-takeover-");
    List<EnrichInstance> instances = new ArrayList<>();
    try (LocalStack stack = LocalStack.builder().freePorts().dataDirectory(data.resolve("kafka")).build().start();
         Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", stack.bootstrapServers()))) {
      TopicCreation.ensure(Map.of("bootstrap.servers", stack.bootstrapServers()), PARTITIONS, (short) 1,
          Duration.ofSeconds(30));
      instances.add(EnrichInstance.start(1, stack.bootstrapServers(), stack.registryUrl(), data));
      instances.add(EnrichInstance.start(2, stack.bootstrapServers(), stack.registryUrl(), data));
      awaitMembersSharing(admin, 2, Duration.ofMinutes(2));
      log.println("two instances share the " + PARTITIONS + " partitions");

      long start = System.nanoTime();
      instances.get(1).stop();
      Duration afterStop = awaitSingleOwner(admin, start, Duration.ofSeconds(60));
      log.println("graceful stop: the other instance owned all partitions after " + afterStop.toMillis() + " ms");

      instances.set(1, EnrichInstance.start(2, stack.bootstrapServers(), stack.registryUrl(), data));
      awaitMembersSharing(admin, 2, Duration.ofMinutes(2));
      start = System.nanoTime();
      instances.get(1).kill();
      Duration afterKill = awaitSingleOwner(admin, start, Duration.ofSeconds(90));
      log.println("SIGKILL: the other instance owned all partitions after " + afterKill.toMillis()
          + " ms (session timeout " + SESSION_TIMEOUT.toSeconds() + " s)");
      return new Result(afterStop, afterKill);
    } finally {
      instances.forEach(EnrichInstance::stop);
      ChaosRun.deleteRecursively(data);
    }
  }

  private static void awaitMembersSharing(Admin admin, int members, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      List<MemberDescription> owners = owners(admin);
      if (owners.size() == members && rawPartitions(owners) == PARTITIONS) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(members + " instances did not share the partitions within " + timeout);
  }

  /** Time from {@code start} until one member owns every raw partition. */
  private static Duration awaitSingleOwner(Admin admin, long start, Duration timeout) throws Exception {
    long deadline = start + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      List<MemberDescription> owners = owners(admin);
      if (owners.size() == 1 && rawPartitions(owners) == PARTITIONS) {
        return Duration.ofNanos(System.nanoTime() - start);
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("no single instance owned all partitions within " + timeout);
  }

  /** Members that own at least one partition of the raw topic. */
  private static List<MemberDescription> owners(Admin admin) throws Exception {
    ConsumerGroupDescription group;
    try {
      group = admin.describeConsumerGroups(List.of(GROUP)).all().get().get(GROUP);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof org.apache.kafka.common.errors.GroupIdNotFoundException) {
        return List.of(); // the instances have not joined yet
      }
      throw e;
    }
    return group.members().stream()
        .filter(m -> m.assignment().topicPartitions().stream().anyMatch(p -> p.topic().equals(TopicNames.RAW_ARTICLES)))
        .toList();
  }

  private static long rawPartitions(List<MemberDescription> owners) {
    return owners.stream().flatMap(m -> m.assignment().topicPartitions().stream())
        .filter(p -> p.topic().equals(TopicNames.RAW_ARTICLES)).distinct().count();
  }
}
