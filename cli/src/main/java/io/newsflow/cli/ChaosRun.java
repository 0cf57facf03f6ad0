package io.newsflow.cli;

import io.newsflow.avro.RawArticle;
import io.newsflow.localstack.LocalStack;
import io.newsflow.topics.TopicCreation;
import io.newsflow.topics.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The exactly-once check: a real broker and registry, two enrich instances in their own JVMs, a
 * stream of articles, one instance killed with SIGKILL part-way and started again. Afterwards a
 * {@code read_committed} consumer must find exactly one enriched article per input article and
 * exactly as many paragraph records as the articles have paragraphs: none lost, none doubled.
 */
final class ChaosRun {
  /** What the run found. */
  record Result(int articles, int enriched, int lost, int duplicated, int paragraphsExpected, int paragraphsFound,
      long killAfterEnriched, Duration elapsed) {
    String summary() {
      return "articles " + articles + ", enriched " + enriched + ", lost " + lost + ", duplicated " + duplicated;
    }
  }

  private final int articles;
  private final PrintStream log;

  ChaosRun(int articles, PrintStream log) {
    this.articles = articles;
    this.log = log;
  }

  Result run() throws Exception {
    long start = System.nanoTime();
    Path data = Files.createTempDirectory("newsflow-chaos-");
    List<EnrichInstance> instances = new ArrayList<>();
    try (LocalStack stack = LocalStack.builder().freePorts().dataDirectory(data.resolve("kafka")).build().start();
         Topics topics = Topics.connect(stack.registryUrl(), Optional.empty(), true)) {
      TopicCreation.ensure(Map.of("bootstrap.servers", stack.bootstrapServers()), 6, (short) 1, Duration.ofSeconds(30));
      log.println("stack up: " + stack.bootstrapServers() + ", " + stack.registryUrl());
      // All input first, then the instances: however long the broker takes to accept it, the kill
      // still falls a third of the way through the enrichment, not after it.
      int expectedParagraphs = produce(stack, topics, ChaosArticles.fromSeed());
      log.println("produced " + articles + " articles (" + expectedParagraphs + " paragraphs)");
      for (int i = 1; i <= 2; i++) {
        instances.add(EnrichInstance.start(i, stack.bootstrapServers(), stack.registryUrl(), data));
      }

      long killAt = Math.max(1, articles / 3);
      try (KafkaConsumer<String, byte[]> consumer = consumer(stack.bootstrapServers())) {
        String topic = topics.enrichedArticles().name();
        assignFromBeginning(consumer, topic);
        Map<String, Integer> seen = new HashMap<>();
        boolean killed = false;
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (seen.size() < articles && System.nanoTime() < deadline) {
          for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
            seen.merge(r.key(), 1, Integer::sum);
          }
          if (!killed && seen.size() >= killAt) {
            log.println("enriched " + seen.size() + ": killing instance 1 with SIGKILL");
            instances.get(0).kill();
            instances.set(0, EnrichInstance.start(1, stack.bootstrapServers(), stack.registryUrl(), data));
            log.println("instance 1 restarted on the same state directory");
            killed = true;
          }
        }
        // Whatever else is committed would be a duplicate: give it time to show up.
        long settle = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < settle) {
          consumer.poll(Duration.ofMillis(200)).forEach(r -> seen.merge(r.key(), 1, Integer::sum));
        }
        int paragraphsFound = ChaosLedger.countKeys(stack.bootstrapServers(), topics.enrichedParagraphs().name())
            .values().stream().mapToInt(Integer::intValue).sum();
        int duplicated = seen.values().stream().mapToInt(n -> n - 1).sum();
        if (seen.size() != articles || duplicated != 0) {
          describeStuckState(stack.bootstrapServers(), topics);
          instances.forEach(EnrichInstance::stop);
          for (int i = 1; i <= 2; i++) {
            printTail(data.resolve("enrich-" + i + ".log"), 60);
          }
        }
        return new Result(articles, seen.size(), articles - seen.size(), duplicated, expectedParagraphs,
            paragraphsFound, killAt, Duration.ofNanos(System.nanoTime() - start));
      }
    } finally {
      instances.forEach(EnrichInstance::stop);
      deleteRecursively(data);
    }
  }

  /**
   * Articles of three to six paragraphs cut from the seed, each with its own id, all on the raw
   * topic before the count starts. What the input topic does not hold, the pipeline cannot be
   * blamed for losing: so the run reads the raw topic back, sends again what is not there (a batch
   * the broker refused, with the error it gave) and fails only if it still cannot place them.
   */
  private int produce(LocalStack stack, Topics topics, ChaosArticles generated) {
    SortedSet<Integer> pending = new TreeSet<>();
    int total = 0;
    for (int i = 0; i < articles; i++) {
      pending.add(i);
      total += generated.paragraphCount(i);
    }
    for (int attempt = 1; !pending.isEmpty(); attempt++) {
      Map<String, Exception> failed = send(stack.bootstrapServers(), topics, generated, pending);
      Set<String> present = ChaosLedger.countKeys(stack.bootstrapServers(), topics.rawArticles().name()).keySet();
      pending.removeIf(i -> present.contains(id(i)));
      if (pending.isEmpty()) {
        break;
      }
      String why = failed.isEmpty() ? "no error reported" : "first error: " + failed.values().iterator().next();
      if (attempt == 3) {
        throw new IllegalStateException(pending.size() + " of " + articles + " articles are not on "
            + topics.rawArticles().name() + " after " + attempt + " attempts (" + why + ")");
      }
      log.println("the broker did not take " + pending.size() + " articles (" + why + "); sending them again");
    }
    return total;
  }

  private Map<String, Exception> send(String bootstrap, Topics topics, ChaosArticles generated,
      Collection<Integer> which) {
    Map<String, Object> props = Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
        // One request in flight: right after the topic is created the broker may answer a partition's
        // first batch with NOT_LEADER_OR_FOLLOWER yet take the next ones; the retried first batch
        // then fails OUT_OF_ORDER_SEQUENCE_NUMBER until the delivery timeout (seen in CI, 2 min).
        ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1,
        ProducerConfig.LINGER_MS_CONFIG, 10);
    Map<String, Exception> failed = new ConcurrentSkipListMap<>();
    try (KafkaProducer<String, RawArticle> producer =
        new KafkaProducer<>(props, new StringSerializer(), topics.rawArticles().valueSerde().serializer())) {
      for (int i : which) {
        String id = id(i);
        producer.send(new ProducerRecord<>(topics.rawArticles().name(), id, RawArticle.newBuilder()
            .setId(id).setTitle("Artikkel " + i).setBody(generated.body(i)).setContentType("text/plain")
            .setLanguage("nb").setOutlet("chaos").setReceivedAt(Instant.now())
            .setPublishedAt(Instant.parse("2017-06-16T10:00:00Z")).setMetadata(Map.of()).build()),
            (metadata, e) -> {
              if (e != null) {
                failed.put(id, e);
              }
            });
      }
      producer.flush();
    }
    return failed;
  }

  private static String id(int i) {
    return String.format("chaos-%05d", i);
  }

  static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
    return new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer());
  }

  static void assignFromBeginning(KafkaConsumer<?, ?> consumer, String topic) {
    List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
        .map(p -> new TopicPartition(topic, p.partition())).toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /**
   * What a failed run left behind: open transactions, where read_committed stops short of the log
   * end (a transaction pinning the last stable offset), and the group's lag on the raw topic.
   */
  private void describeStuckState(String bootstrap, Topics topics) {
    try (Admin admin = Admin.create(
        Map.<String, Object>of("bootstrap.servers", bootstrap))) {
      var listed = admin.listTransactions().all().get();
      var ids = listed.stream().map(TransactionListing::transactionalId).toList();
      admin.describeTransactions(ids).all().get().forEach((id, d) ->
          log.println("transaction " + id + ": " + d.state() + ", epoch " + d.producerEpoch()
              + ", partitions " + d.topicPartitions()));
      for (String topic : List.of(topics.enrichedArticles().name(), topics.rawArticles().name())) {
        try (KafkaConsumer<String, byte[]> committed = consumer(bootstrap);
             KafkaConsumer<String, byte[]> all = new KafkaConsumer<>(Map.of(
                 ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                 ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted"),
                 new StringDeserializer(), new ByteArrayDeserializer())) {
          List<TopicPartition> partitions = committed.partitionsFor(topic, Duration.ofSeconds(10)).stream()
              .map(p -> new TopicPartition(topic, p.partition())).toList();
          log.println(topic + " last stable offsets " + committed.endOffsets(partitions)
              + ", log ends " + all.endOffsets(partitions));
        }
      }
      log.println("group offsets " + admin.listConsumerGroupOffsets("newsflow-enrich")
          .partitionsToOffsetAndMetadata().get());
      log.println("group " + admin.describeConsumerGroups(List.of("newsflow-enrich")).all().get());
    } catch (Exception e) {
      log.println("could not describe the stuck state: " + e);
    }
  }

  /** The end of a child's log, so that a failed run says what the instances saw. */
  private void printTail(Path file, int lines) {
    try {
      List<String> all = Files.readAllLines(file);
      log.println("--- " + file.getFileName() + " (last " + Math.min(lines, all.size()) + " of " + all.size() + " lines)");
      all.subList(Math.max(0, all.size() - lines), all.size()).forEach(log::println);
    } catch (IOException e) {
      log.println("--- " + file.getFileName() + ": " + e.getMessage());
    }
  }

  static void deleteRecursively(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp folder left behind is harmless
    }
  }
}
