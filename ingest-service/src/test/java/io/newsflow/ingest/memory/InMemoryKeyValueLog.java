package io.newsflow.ingest.memory;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** A key-value log that lives as long as the test: shared by two pollers, it stands for the compacted topic. */
public final class InMemoryKeyValueLog implements KeyValueLog {
  public final Map<String, String> values = new ConcurrentHashMap<>();

  @Override
  public Map<String, String> readAll() {
    return Map.copyOf(values);
  }

  @Override
  public CompletableFuture<Void> put(String key, String value) {
    values.put(key, value);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void close() {}
}
