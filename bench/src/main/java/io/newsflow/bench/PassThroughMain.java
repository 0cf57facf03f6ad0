package io.newsflow.bench;

import io.newsflow.runtime.Logging;
import io.newsflow.runtime.config.CommonSettings;
import io.newsflow.topics.TopicSpec;
import io.newsflow.topics.Topics;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Runs the {@link PassThroughTopology} until SIGTERM, in a JVM of its own like the enrich service.
 * Arguments: bootstrap servers, registry URL, stream threads, state directory, then any number of
 * {@code key=value} Kafka client properties that override the defaults below.
 */
public final class PassThroughMain {
  static final String APPLICATION_ID = "newsflow-bench-pass-through";

  private PassThroughMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      throw new IllegalArgumentException(
          "usage: PassThroughMain <bootstrap> <registry-url> <threads> <state-dir> [key=value...]");
    }
    Logging.configure(CommonSettings.LogFormat.TEXT, "warn");
    try (Topics topics = Topics.connect(args[1], Optional.empty(), true)) {
      Properties config = config(args[0], Integer.parseInt(args[2]), args[3]);
      for (int i = 4; i < args.length; i++) {
        int eq = args[i].indexOf('=');
        if (eq < 1) {
          throw new IllegalArgumentException("a Kafka property must read key=value, was: " + args[i]);
        }
        config.put(args[i].substring(0, eq), args[i].substring(eq + 1));
      }
      KafkaStreams streams = new KafkaStreams(PassThroughTopology.build(new StreamsBuilder(), topics), config);
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        streams.close();
        stopped.countDown();
      }));
      streams.start();
      stopped.await();
    }
  }

  /** The enrich service's settings where they matter for throughput: exactly-once, batching, poll size. */
  static Properties config(String bootstrap, int threads, String stateDir) {
    Properties props = new Properties();
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
    props.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
    props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
    props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), TopicSpec.MAX_MESSAGE_BYTES);
    props.put(StreamsConfig.consumerPrefix("max.poll.records"), 100);
    return props;
  }
}
