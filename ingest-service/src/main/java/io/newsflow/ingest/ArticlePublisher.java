package io.newsflow.ingest;

import io.newsflow.avro.RawArticle;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Hands raw articles to Kafka. The future completes when Kafka has acknowledged the record. */
public interface ArticlePublisher extends AutoCloseable {
  CompletableFuture<Receipt> publish(RawArticle article);

  /** Whether the cluster answers, for readiness. */
  boolean reachable();

  @Override
  void close();

  /**
   * Where an acknowledged article is, and the earlier article it is a near-duplicate of, if any.
   */
  record Receipt(String topic, int partition, long offset, Optional<String> duplicateOf) {
    public Receipt(String topic, int partition, long offset) {
      this(topic, partition, offset, Optional.empty());
    }

    public Receipt {
      java.util.Objects.requireNonNull(duplicateOf, "duplicateOf");
    }

    public Receipt markedDuplicateOf(String original) {
      return new Receipt(topic, partition, offset, Optional.of(original));
    }
  }

  /** Kafka or the registry cannot take records now; the client should retry later. */
  final class UnavailableException extends RuntimeException {
    public UnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
