package io.newsflow.bench;

import io.newsflow.avro.RawArticle;
import io.newsflow.localstack.LocalStack;
import io.newsflow.topics.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The Kafka phases of the benchmark, on one embedded broker and registry with exactly-once on:
 *
 * <ol>
 *   <li>the corpus is written to the raw topic once;
 *   <li>pass-through: the {@link PassThroughTopology} in its own JVM reads all of it, so the cost of
 *       Kafka, Avro and transactions alone is known;
 *   <li>full pipeline: the real enrich service ({@code EnrichMain}) in its own JVM with
 *       {@code -Xmx512m} reads the same records as fast as it can;
 *   <li>paced: new articles are then produced at half that rate, and each enriched article's arrival
 *       at a {@code read_committed} consumer is timed against its produce time (the enriched record
 *       carries the raw record's timestamp);
 *   <li>the enrich JVM's peak heap and resident memory over both pipeline phases.
 * </ol>
 *
 * <p>Each service first processes warm-up articles (written to the raw topic before the corpus),
 * untimed, until its JIT compilation has settled (the child JVMs report their compile time), as the
 * in-process analysis is warmed up before it is timed. Besides articles per second, the CPU time
 * of the service JVM and of this JVM (broker,
 * registry, harness) per article is measured: on a shared machine it does not depend on the load.
 */
public final class PipelineRun {
  /** Bench topics keep little, so repeated runs cannot fill the disk even with a kept data directory. */
  static final Duration RETENTION = Duration.ofHours(1);
  static final long RETENTION_BYTES_PER_PARTITION = 256L * 1024 * 1024;
  static final long SEGMENT_BYTES = 32L * 1024 * 1024;
  static final int ENRICH_HEAP_MB = 512;
  private static final Duration PHASE_TIMEOUT = Duration.ofMinutes(4);
  private static final Duration JIT_CHECK = Duration.ofSeconds(2);

  /**
   * What the Kafka phases measured.
   *
   * @param pacedRate articles per second offered in the latency phase
   * @param deadLettered articles the enrich service sent to the dead-letter topic instead (should be 0)
   * @param brokerCpuPerArticleMs CPU of this JVM (broker, registry, the harness's own consumer) per
   *     article during the full-pipeline window
   */
  public record Result(Throughput passThrough, Throughput pipeline, double pacedRate, Latencies latency,
      ChildJvm.HeapUse enrichHeap, OptionalLong enrichPeakRssBytes, long deadLettered,
      double brokerCpuPerArticleMs) {}

  private final int threads;
  private final int warmUpArticles;
  private final Duration pacedDuration;
  private final Map<String, String> clientOverrides;
  private final PrintStream log;

  /**
   * @param threads stream threads of the pass-through and enrich JVMs
   * @param warmUpArticles corpus articles written before the corpus itself, so each service can
   *     process untimed until its JIT has compiled the hot paths
   * @param pacedDuration how long the latency phase offers articles
   * @param clientOverrides Kafka client properties for both services' clients, to try a tuning
   *     (the enrich service takes them as {@code NEWSFLOW_KAFKA_*} variables, as in production)
   * @param log where progress lines go
   */
  public PipelineRun(int threads, int warmUpArticles, Duration pacedDuration, Map<String, String> clientOverrides,
      PrintStream log) {
    this.threads = threads;
    this.warmUpArticles = warmUpArticles;
    this.clientOverrides = Map.copyOf(clientOverrides);
    this.pacedDuration = pacedDuration;
    this.log = log;
  }

  /** Runs all phases over {@code articles}, whose analysis yields {@code corpusTokens} tokens. */
  public Result run(List<BenchArticle> articles, long corpusTokens) throws Exception {
    Path work = Files.createTempDirectory("newsflow-bench-");
    try (LocalStack stack = LocalStack.builder().freePorts().dataDirectory(work).build().start();
         Topics topics = Topics.connect(stack.registryUrl(), Optional.empty(), true)) {
      stack.createTopics(benchTopics());
      log.printf("broker %s, registry %s%n", stack.bootstrapServers(), stack.registryUrl());
      long produceStart = System.nanoTime();
      produceAll(stack, topics, articles, warmUpArticles);
      log.printf("corpus written to %s in %.1f s%n", topics.rawArticles().name(),
          (System.nanoTime() - produceStart) / 1e9);

      Throughput passThrough;
      List<String> passThroughArgs = new ArrayList<>(List.of(stack.bootstrapServers(), stack.registryUrl(),
          Integer.toString(threads), work.resolve("pass-through-state").toString()));
      clientOverrides.forEach((key, value) -> passThroughArgs.add(key + "=" + value));
      try (KafkaConsumer<String, byte[]> outputs = outputConsumer(stack, topics);
           ChildJvm child = ChildJvm.start(PassThroughMain.class.getName(), ENRICH_HEAP_MB, passThroughArgs,
               Map.of(), work.resolve("pass-through"))) {
        passThrough = drain(outputs, articles.size(), corpusTokens, child, topics).throughput();
        log.printf("pass-through: %.0f articles/s, %.1f ms CPU per article; %s%n", passThrough.articlesPerSecond(),
            passThrough.cpuMillisPerArticle(), retries(child));
      }

      try (KafkaConsumer<String, byte[]> outputs = outputConsumer(stack, topics);
           ChildJvm enrich = ChildJvm.start("io.newsflow.enrich.EnrichMain", ENRICH_HEAP_MB, List.of(),
               enrichEnvironment(stack, work), work.resolve("enrich"))) {
        Drained full = drain(outputs, articles.size(), corpusTokens, enrich, topics);
        log.printf("pipeline: %.0f articles/s, %.1f ms CPU per article in enrich, %.1f ms in the broker JVM; %s%n",
            full.throughput().articlesPerSecond(), full.throughput().cpuMillisPerArticle(),
            full.hostCpuPerArticleMs(), retries(enrich));
        double rate = full.throughput().articlesPerSecond() / 2;
        Latencies latency = paced(stack, topics, outputs, articles, rate, enrich);
        log.printf("paced at %.0f articles/s: p99 %d ms; %s%n", rate, latency.p99Ms(), retries(enrich));
        OptionalLong rss = enrich.peakRssBytes();
        return new Result(passThrough, full.throughput(), rate, latency, enrich.heapUse(), rss,
            full.deadLettered(), full.hostCpuPerArticleMs());
      }
    } finally {
      deleteRecursively(work);
    }
  }

  /**
   * Produce requests the broker refused and the service's producer retried, so far: with
   * transactions v2 a transaction's later batches to a partition are refused until its first one
   * is in (KAFKA-18202), and each refusal costs a retry back-off.
   */
  private static String retries(ChildJvm service) {
    return "producer retries: " + service.linesContaining("OUT_OF_ORDER_SEQUENCE_NUMBER") + " out-of-order, "
        + service.linesContaining("CONCURRENT_TRANSACTIONS") + " concurrent-transactions";
  }

  static List<NewTopic> benchTopics() {
    Map<String, Duration> retention = new HashMap<>();
    Topics.specs().forEach(spec -> retention.put(spec.name(), RETENTION));
    List<NewTopic> out = new ArrayList<>();
    for (NewTopic topic : Topics.newTopics(Topics.DEFAULT_PARTITIONS, Optional.of((short) 1), retention)) {
      Map<String, String> configs = new HashMap<>(topic.configs());
      configs.put(TopicConfig.RETENTION_BYTES_CONFIG, Long.toString(RETENTION_BYTES_PER_PARTITION));
      configs.put(TopicConfig.SEGMENT_BYTES_CONFIG, Long.toString(SEGMENT_BYTES));
      out.add(new NewTopic(topic.name(), topic.numPartitions(), topic.replicationFactor()).configs(configs));
    }
    return out;
  }

  private Map<String, String> enrichEnvironment(LocalStack stack, Path work) {
    Map<String, String> env = new HashMap<>();
    env.put("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
    env.put("NEWSFLOW_SCHEMA_REGISTRY_URL", stack.registryUrl());
    env.put("NEWSFLOW_ENRICH_APPLICATION_ID", "newsflow-bench-enrich");
    env.put("NEWSFLOW_ENRICH_PORT", "0");
    env.put("NEWSFLOW_ENRICH_STREAM_THREADS", Integer.toString(threads));
    env.put("NEWSFLOW_ENRICH_STATE_DIR", work.resolve("enrich-state").toString());
    env.put("NEWSFLOW_CREATE_TOPICS", "false");
    env.put("NEWSFLOW_LOG_LEVEL", "warn");
    clientOverrides.forEach((key, value) ->
        env.put("NEWSFLOW_KAFKA_" + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_'), value));
    return env;
  }

  private static KafkaProducer<String, RawArticle> producer(LocalStack stack, Topics topics) {
    Map<String, Object> props = Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
        ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
        // as in the chaos run: a just-created partition's first batch may be refused and retried, and
        // with more requests in flight the retry falls behind and expires (see ChaosRun)
        ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1,
        ProducerConfig.LINGER_MS_CONFIG, 5,
        ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    return new KafkaProducer<>(props, new StringSerializer(), topics.rawArticles().valueSerde().serializer());
  }

  /** The warm-up articles first (ids {@code warmup-…}), then the corpus: each partition serves them in that order. */
  private static void produceAll(LocalStack stack, Topics topics, List<BenchArticle> articles, int warmUp) {
    AtomicReference<Exception> failure = new AtomicReference<>();
    try (KafkaProducer<String, RawArticle> producer = producer(stack, topics)) {
      for (int i = 0; i < warmUp; i++) {
        String id = String.format("warmup-%05d", i);
        producer.send(new ProducerRecord<>(topics.rawArticles().name(), id,
            articles.get(i % articles.size()).raw(id, Instant.now())), remember(failure));
      }
      for (BenchArticle a : articles) {
        producer.send(new ProducerRecord<>(topics.rawArticles().name(), a.id(), a.raw(a.id(), Instant.now())),
            remember(failure));
      }
      producer.flush();
    }
    if (failure.get() != null) {
      // a record the broker refused would otherwise show up only as a phase that never finishes
      throw new IllegalStateException("the broker refused an article: " + failure.get(), failure.get());
    }
  }

  /** A send callback that keeps the first error. */
  private static Callback remember(AtomicReference<Exception> failure) {
    return (metadata, e) -> {
      if (e != null) {
        failure.compareAndSet(null, e);
      }
    };
  }

  /** A read_committed consumer of the enriched-article and dead-letter topics, at their current ends. */
  private static KafkaConsumer<String, byte[]> outputConsumer(LocalStack stack, Topics topics) {
    KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20),
        new StringDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : List.of(topics.enrichedArticles().name(), topics.deadLetters().name())) {
      consumer.partitionsFor(topic, Duration.ofSeconds(30))
          .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position); // resolve the end now, before the service writes anything
    return consumer;
  }

  private record Drained(Throughput throughput, long deadLettered, double hostCpuPerArticleMs) {}

  /**
   * Waits for the warm-up articles and then the corpus's {@code expected} articles to come out, and
   * times from the moment the service's JIT compilation has settled (or the warm-up articles are
   * used up) to the last arrival. Warm-up articles are corpus articles, so those processed after
   * that moment count like the rest.
   */
  private Drained drain(KafkaConsumer<String, byte[]> consumer, int expected, long corpusTokens, ChildJvm service,
      Topics topics) {
    long deadline = System.nanoTime() + PHASE_TIMEOUT.toNanos();
    int total = warmUpArticles + expected;
    int seen = 0;
    long deadLettered = 0;
    int seenAtWindowStart = -1;
    long windowStart = 0;
    long lastArrival = 0;
    Duration serviceCpuAtStart = Duration.ZERO;
    Duration hostCpuAtStart = Duration.ZERO;
    if (warmUpArticles == 0) {
      seenAtWindowStart = 0;
      windowStart = System.nanoTime();
      serviceCpuAtStart = CpuTime.of(service.pid()).orElse(Duration.ZERO);
      hostCpuAtStart = CpuTime.self();
    }
    long jitCheckedAt = System.nanoTime();
    long jitAtCheck = 0;
    while (seen < total) {
      requireAlive(service, deadline, seen, total);
      ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(50));
      long now = System.nanoTime();
      for (ConsumerRecord<String, byte[]> r : records) {
        seen++;
        if (r.topic().equals(topics.deadLetters().name())) {
          deadLettered++;
        }
      }
      if (!records.isEmpty()) {
        lastArrival = now;
      }
      boolean settled = false;
      if (seenAtWindowStart < 0 && now - jitCheckedAt >= JIT_CHECK.toNanos()) {
        long jit = service.jitMillis();
        // Settled: the compiler worked less than a twentieth of the last interval, with output flowing.
        settled = seen > 0 && jit - jitAtCheck < (now - jitCheckedAt) / 1_000_000 / 20;
        jitCheckedAt = now;
        jitAtCheck = jit;
      }
      if (seenAtWindowStart < 0 && (settled || seen >= warmUpArticles)) {
        seenAtWindowStart = seen;
        windowStart = now;
        serviceCpuAtStart = CpuTime.of(service.pid()).orElse(Duration.ZERO);
        hostCpuAtStart = CpuTime.self();
        log.printf("  timing from article %d of %d (%s)%n", seen, total,
            settled ? "JIT compilation settled" : "warm-up articles used up; JIT still compiling");
      }
    }
    Duration serviceCpu = CpuTime.of(service.pid()).orElse(Duration.ZERO).minus(serviceCpuAtStart);
    Duration hostCpu = CpuTime.self().minus(hostCpuAtStart);
    long measured = seen - seenAtWindowStart;
    if (measured == 0 || lastArrival <= windowStart) {
      throw new IllegalStateException("the corpus came out in one batch after the warm-up; too few articles to time");
    }
    return new Drained(new Throughput(threads, measured, corpusTokens * measured / expected,
        Duration.ofNanos(lastArrival - windowStart), serviceCpu), deadLettered, hostCpu.toNanos() / 1e6 / measured);
  }

  /**
   * Offers articles at {@code rate} per second for the paced duration while timing each enriched
   * article from its produce timestamp to its arrival here.
   */
  private Latencies paced(LocalStack stack, Topics topics, KafkaConsumer<String, byte[]> consumer,
      List<BenchArticle> articles, double rate, ChildJvm enrich) throws InterruptedException {
    int count = (int) Math.max(20, Math.min(articles.size(), rate * pacedDuration.toSeconds()));
    AtomicReference<Exception> failure = new AtomicReference<>();
    Thread sender = new Thread(() -> {
      try (KafkaProducer<String, RawArticle> producer = producer(stack, topics)) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
          long due = start + (long) (i * 1e9 / rate);
          while (System.nanoTime() < due) {
            LockSupport.parkNanos(due - System.nanoTime());
          }
          BenchArticle a = articles.get(i % articles.size());
          String id = String.format("paced-%05d", i);
          // The record's timestamp is taken now, at send: that is where the latency starts.
          producer.send(new ProducerRecord<>(topics.rawArticles().name(), null, System.currentTimeMillis(), id,
              a.raw(id, Instant.now())), remember(failure));
        }
        producer.flush();
      } catch (Exception e) {
        failure.set(e);
      }
    }, "bench-paced-producer");
    sender.start();
    long[] latencies = new long[count];
    int seen = 0;
    long deadline = System.nanoTime() + pacedDuration.toNanos() + PHASE_TIMEOUT.toNanos();
    while (seen < count) {
      requireAlive(enrich, deadline, seen, count);
      if (failure.get() != null) {
        throw new IllegalStateException("the paced producer failed: " + failure.get(), failure.get());
      }
      for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(20))) {
        if (r.key() != null && r.key().startsWith("paced-") && seen < count) {
          latencies[seen++] = System.currentTimeMillis() - r.timestamp();
        }
      }
    }
    sender.join();
    return Latencies.of(latencies);
  }

  private static void requireAlive(ChildJvm service, long deadline, int seen, int expected) {
    if (!service.isAlive()) {
      throw new IllegalStateException("the service JVM exited after " + seen + " of " + expected
          + " articles; its last output:\n" + service.tail());
    }
    if (System.nanoTime() > deadline) {
      throw new IllegalStateException("only " + seen + " of " + expected + " articles came through within "
          + PHASE_TIMEOUT.toMinutes() + " minutes; the service's last output:\n" + service.tail());
    }
  }

  private static void deleteRecursively(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless; the OS cleans /tmp
    }
  }
}
