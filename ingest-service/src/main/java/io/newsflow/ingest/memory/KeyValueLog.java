package io.newsflow.ingest.memory;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A durable map of strings: read whole once at start-up, then appended to. */
public interface KeyValueLog extends AutoCloseable {

  /** The newest value of every key, as of now. */
  Map<String, String> readAll();

  /** Stores {@code value} under {@code key}; the future completes when it is durable. */
  CompletableFuture<Void> put(String key, String value);

  @Override
  void close();
}
