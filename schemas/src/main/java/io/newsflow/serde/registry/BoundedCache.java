package io.newsflow.serde.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A small thread-safe map that forgets its least recently used entry once full, so that a stream of
 * distinct keys (schema ids from bad records, say) can never grow memory without bound.
 *
 * <p>{@link #computeIfAbsent} does not hold the lock while computing: loads are remote calls, and one slow
 * load must not stall every other thread. Two threads missing the same key may both load it; the values are
 * equal, so the last one wins harmlessly.
 */
public final class BoundedCache<K, V> {

    private final int capacity;
    private final Map<K, V> entries;

    public BoundedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("Cache capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > BoundedCache.this.capacity;
            }
        };
    }

    public synchronized Optional<V> get(K key) {
        return Optional.ofNullable(entries.get(key));
    }

    public synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    public synchronized void remove(K key) {
        entries.remove(key);
    }

    /** The cached value, or {@code load}'s result, cached. An exception from {@code load} caches nothing. */
    public V computeIfAbsent(K key, Function<? super K, ? extends V> load) {
        Optional<V> cached = get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        V loaded = load.apply(key);
        put(key, loaded);
        return loaded;
    }

    public synchronized int size() {
        return entries.size();
    }

    public int capacity() {
        return capacity;
    }
}
