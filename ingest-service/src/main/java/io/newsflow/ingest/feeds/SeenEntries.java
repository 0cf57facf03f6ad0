package io.newsflow.ingest.feeds;

import io.newsflow.ingest.memory.KeyValueLog;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The feed entries already published, by every key they are known by (GUID and canonical URL), so
 * an entry is recognised when it comes back, in the next poll, after a restart, or in another feed
 * under the same link. Backed by a {@link KeyValueLog} (the compacted topic {@code news.feeds.seen})
 * that is read whole when the poller starts; the value stored is the article id the entry was
 * published as.
 */
public final class SeenEntries {
  private final KeyValueLog log;
  private final Set<String> keys = ConcurrentHashMap.newKeySet();

  private SeenEntries(KeyValueLog log) {
    this.log = log;
  }

  /** The entries {@code log} holds. */
  public static SeenEntries load(KeyValueLog log) {
    SeenEntries seen = new SeenEntries(log);
    seen.keys.addAll(log.readAll().keySet());
    return seen;
  }

  /** Whether any of {@code entryKeys} was published before. */
  public boolean any(List<String> entryKeys) {
    return entryKeys.stream().anyMatch(keys::contains);
  }

  /** Remembers every key of an entry published as {@code articleId}; completes when that is durable. */
  public CompletableFuture<Void> remember(List<String> entryKeys, String articleId) {
    keys.addAll(entryKeys);
    return CompletableFuture.allOf(entryKeys.stream().map(k -> log.put(k, articleId))
        .toArray(CompletableFuture[]::new));
  }

  /** How many keys are remembered. */
  public int size() {
    return keys.size();
  }
}
