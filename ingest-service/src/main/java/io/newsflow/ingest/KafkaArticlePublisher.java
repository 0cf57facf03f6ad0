package io.newsflow.ingest;

import io.newsflow.avro.RawArticle;
import io.newsflow.serde.registry.SchemaRegistryUnavailableException;
import io.newsflow.topics.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes raw articles with an idempotent producer ({@code acks=all}, so an acknowledged record
 * is on every in-sync replica; idempotence, so the producer's own retries never duplicate it; zstd,
 * because article text compresses several times). The producer never blocks a request for long:
 * when its buffer is full or the cluster is unknown, sending fails within {@code max.block.ms} and
 * the client is told to retry.
 */
public final class KafkaArticlePublisher implements ArticlePublisher {
  private static final long MAX_BLOCK_MS = 2_000;

  private final Producer<String, RawArticle> producer;
  private final Admin admin;
  private final String topic;
  private final AtomicLong reachableCheckedAt = new AtomicLong();
  private volatile boolean reachable;

  public KafkaArticlePublisher(IngestSettings settings, Topic<String, RawArticle> topic) {
    Map<String, Object> props = new HashMap<>(settings.connection().kafka());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    props.put(ProducerConfig.LINGER_MS_CONFIG, (int) settings.lingerTime().toMillis());
    props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, settings.producerBufferBytes());
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, MAX_BLOCK_MS);
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
        (int) Math.max(settings.publishTimeout().toMillis(), 20_000) + 10_000);
    props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest");
    this.producer = new KafkaProducer<>(props, new StringSerializer(), topic.valueSerde().serializer());
    Map<String, Object> adminProps = new HashMap<>(settings.connection().kafka());
    adminProps.put("request.timeout.ms", 3_000);
    adminProps.put("default.api.timeout.ms", 3_000);
    this.admin = Admin.create(adminProps);
    this.topic = topic.name();
  }

  @Override
  public CompletableFuture<Receipt> publish(RawArticle article) {
    CompletableFuture<Receipt> result = new CompletableFuture<>();
    try {
      producer.send(new ProducerRecord<>(topic, article.getId(), article), (metadata, error) -> {
        if (error == null) {
          result.complete(new Receipt(metadata.topic(), metadata.partition(), metadata.offset()));
        } else {
          result.completeExceptionally(classify(error));
        }
      });
    } catch (KafkaException e) {
      result.completeExceptionally(classify(e));
    }
    return result;
  }

  /** Outages are worth a retry; anything else is a problem with this record or with us. */
  static RuntimeException classify(Throwable error) {
    if (error instanceof SchemaRegistryUnavailableException) {
      return new UnavailableException("the schema registry cannot be reached: " + error.getMessage(), error);
    }
    if (error instanceof SerializationException e) {
      return e;
    }
    if (error instanceof RetriableException || error instanceof org.apache.kafka.common.errors.TimeoutException
        || error instanceof org.apache.kafka.clients.producer.BufferExhaustedException) {
      return new UnavailableException("Kafka cannot take the article now: " + error.getMessage(), error);
    }
    return error instanceof RuntimeException r ? r : new KafkaException(error);
  }

  @Override
  public boolean reachable() {
    long now = System.nanoTime();
    if (now - reachableCheckedAt.get() > Duration.ofSeconds(5).toNanos()) {
      try {
        admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000)).nodes().get(3, TimeUnit.SECONDS);
        reachable = true;
      } catch (Exception e) {
        reachable = false;
      }
      reachableCheckedAt.set(now);
    }
    return reachable;
  }

  @Override
  public void close() {
    // close(timeout) sends what is buffered for up to 10 s and then gives up; flush() would wait up to the
    // delivery timeout on a slow or throttled broker. Only records whose requests were not answered 202 can
    // be dropped that way (a 202 means Kafka already has the record), and their clients were told to retry.
    producer.close(Duration.ofSeconds(10));
    admin.close(Duration.ofSeconds(2));
  }
}
