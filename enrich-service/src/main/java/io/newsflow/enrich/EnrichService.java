package io.newsflow.enrich;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.newsflow.enrich.query.QueryApi;
import io.newsflow.enrich.query.QueryRouter;
import io.newsflow.enrich.query.QueryStores;
import io.newsflow.enrich.query.WebView;
import io.newsflow.runtime.config.CommonSettings;
import io.newsflow.runtime.http.Health;
import io.newsflow.runtime.http.HttpEndpoint;
import io.newsflow.runtime.http.Metrics;
import io.newsflow.serde.registry.SchemaRegistryClient;
import io.newsflow.topics.TopicCreation;
import io.newsflow.topics.Topics;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running enrich service: the Kafka Streams application and its HTTP endpoint (health, metrics,
 * the query API and the web view).
 * {@link #close()} stops the endpoint, then closes Streams leaving the consumer group, so the other
 * instances take over this one's partitions at once instead of after the session timeout.
 */
public final class EnrichService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);
  /** A dead letter carries the original record, so the producer must accept what the raw topic does. */
  static final int MAX_REQUEST_BYTES = io.newsflow.topics.TopicSpec.MAX_MESSAGE_BYTES;
  /** How long a query waits for another instance's part of the answer. */
  private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(5);

  private final KafkaStreams streams;
  private final HttpEndpoint http;
  private final Metrics metrics;
  private final KafkaStreamsMetrics streamsMetrics;
  private final Topics topics;

  private EnrichService(KafkaStreams streams, HttpEndpoint http, Metrics metrics, KafkaStreamsMetrics streamsMetrics,
      Topics topics) {
    this.streams = streams;
    this.http = http;
    this.metrics = metrics;
    this.streamsMetrics = streamsMetrics;
    this.topics = topics;
  }

  public static EnrichService start(EnrichSettings settings, ArticleEnricher enricher) throws Exception {
    CommonSettings.Connection connection = settings.connection();
    Topics topics = Topics.connect(connection.registryUrl(), connection.registryBasicAuth(), true);
    if (connection.createTopics()) {
      TopicCreation.ensure(connection.kafka(), connection.topicPartitions(), (short) connection.topicReplication(),
          Duration.ofSeconds(30));
    }

    Metrics metrics = new Metrics("enrich");
    HttpEndpoint http = HttpEndpoint.create("enrich", settings.port(), 64 * 1024, 4);
    Properties config = streamsConfig(settings, http.port());
    StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(config)));
    Topology topology = EnrichTopology.build(builder, new EnrichTopology.Parts(topics, enricher,
        settings.validator(), new EnrichMetrics(metrics.registry()), settings.applicationId(),
        settings.registryRetry()));
    LOG.debug("topology:\n{}", topology.describe());

    KafkaStreams streams = new KafkaStreams(topology, config);
    streams.setUncaughtExceptionHandler(replaceThread());
    streams.setStateListener((now, before) -> LOG.info("streams {} -> {}", before, now));
    KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
    streamsMetrics.bindTo(metrics.registry());

    Health health = new Health()
        .add("streams", () -> streams.state() == KafkaStreams.State.RUNNING
            ? Health.Status.up("RUNNING") : Health.Status.down(streams.state().name()))
        .add("schema-registry", registryProbe(topics.registry()));
    health.routes(http);
    metrics.routes(http);
    QueryApi.routes(http, new QueryRouter(streams,
        HostInfo.buildFromEndpoint(config.getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG)), QUERY_TIMEOUT,
        QueryStores.sourceTopics(settings.applicationId(), topics.enrichedArticles().name())));
    WebView.routes(http);
    http.start();
    streams.start();
    LOG.info("enrich {} started: http://localhost:{}/ (web view, /api/, /health), {} stream thread(s), {}",
        settings.applicationId(),
        http.port(), settings.streamThreads(), settings.guarantee().name().toLowerCase());
    return new EnrichService(streams, http, metrics, streamsMetrics, topics);
  }

  static Properties streamsConfig(EnrichSettings settings, int httpPort) {
    Properties props = new Properties();
    props.putAll(settings.connection().kafka());
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, settings.guarantee().name().toLowerCase());
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.streamThreads());
    props.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, settings.standbyReplicas());
    props.put(StreamsConfig.STATE_DIR_CONFIG, settings.stateDir().toString());
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, settings.commitInterval().toMillis());
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, settings.connection().topicReplication());
    props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, advertisedHost(settings) + ":" + httpPort);
    // Errors are handled inside the enrich processor; this only silences a start-up warning about
    // a global thread the topology does not have.
    props.put("processing.exception.handler.global.enabled", true);
    // One raw article yields a few dozen output records; batching them is where throughput comes from.
    props.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
    props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
    props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), MAX_REQUEST_BYTES);
    // Analysis is CPU-bound: smaller polls keep each transaction short and latency low.
    props.put(StreamsConfig.consumerPrefix("max.poll.records"), 100);
    return props;
  }

  /**
   * A failed stream thread is replaced, and the new one resumes from the last committed offsets:
   * nothing is lost, and with exactly-once nothing is written twice. Per-record failures never get
   * here; they go to the dead-letter topic.
   */
  private static StreamsUncaughtExceptionHandler replaceThread() {
    return e -> {
      LOG.error("stream thread failed; replacing it", e);
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    };
  }

  /** Asks the registry at most every five seconds, so health checks cannot flood it. */
  private static java.util.function.Supplier<Health.Status> registryProbe(SchemaRegistryClient registry) {
    AtomicLong checkedAt = new AtomicLong();
    AtomicReference<Health.Status> last = new AtomicReference<>(Health.Status.down("not checked yet"));
    return () -> {
      long now = System.nanoTime();
      if (now - checkedAt.get() > 5_000_000_000L) {
        try {
          last.set(Health.Status.up("compatibility " + registry.compatibility()));
        } catch (RuntimeException e) {
          last.set(Health.Status.down(e.getMessage()));
        }
        checkedAt.set(now);
      }
      return last.get();
    };
  }

  private static String advertisedHost(EnrichSettings settings) {
    return settings.advertisedHost().orElseGet(() -> {
      try {
        return InetAddress.getLocalHost().getHostAddress();
      } catch (UnknownHostException e) {
        return "localhost";
      }
    });
  }

  public KafkaStreams streams() {
    return streams;
  }

  public int port() {
    return http.port();
  }

  public Topics topics() {
    return topics;
  }

  @Override
  public void close() {
    http.stop(Duration.ofSeconds(1));
    boolean closed = streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
        .withTimeout(Duration.ofSeconds(30)));
    if (!closed) {
      LOG.warn("streams did not close within 30 s");
    }
    streamsMetrics.close();
    metrics.close();
    topics.close();
  }
}
