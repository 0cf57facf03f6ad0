package io.newsflow.serde.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

    @Test
    void shouldForgetTheLeastRecentlyUsedEntryWhenFull() {
        BoundedCache<Integer, String> cache = new BoundedCache<>(2);
        cache.put(1, "RawArticle");
        cache.put(2, "Claim");
        cache.get(1);

        cache.put(3, "DeadLetter");

        assertThat(cache.get(2)).isEmpty();
        assertThat(cache.get(1)).contains("RawArticle");
        assertThat(cache.get(3)).contains("DeadLetter");
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void shouldLoadOnceAndCacheNothingWhenLoadingFails() {
        BoundedCache<Integer, String> cache = new BoundedCache<>(10);
        AtomicInteger loads = new AtomicInteger();

        assertThat(cache.computeIfAbsent(7, id -> "schema " + id + " #" + loads.incrementAndGet())).isEqualTo("schema 7 #1");
        assertThat(cache.computeIfAbsent(7, id -> "schema " + id + " #" + loads.incrementAndGet())).isEqualTo("schema 7 #1");
        assertThatThrownBy(() -> cache.computeIfAbsent(8, id -> {
            throw new UnknownSchemaIdException(id, "unknown", java.util.OptionalInt.of(404), java.util.OptionalInt.empty(), null);
        })).isInstanceOf(UnknownSchemaIdException.class);
        assertThat(cache.get(8)).isEmpty();
    }

    @Test
    void shouldStayWithinItsCapacityUnderConcurrentUse() throws Exception {
        BoundedCache<Integer, Integer> cache = new BoundedCache<>(10);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int offset = thread;
                work.add(threads.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        int key = (i * 7 + offset) % 100;
                        assertThat(cache.computeIfAbsent(key, k -> k * 2)).isEqualTo(key * 2);
                    }
                }));
            }
            for (Future<?> done : work) {
                done.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(cache.size()).isLessThanOrEqualTo(10);
    }

    @Test
    void shouldRefuseACapacityBelowOne() {
        assertThatThrownBy(() -> new BoundedCache<>(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cache capacity must be at least 1, was 0");
    }
}
