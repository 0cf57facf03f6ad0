package io.newsflow.bench;

import java.util.Arrays;

/**
 * Produce-to-enriched latencies in milliseconds and their percentiles (nearest rank).
 *
 * @param count how many records were timed
 */
public record Latencies(int count, long p50Ms, long p95Ms, long p99Ms, long maxMs) {
  static Latencies of(long[] millis) {
    if (millis.length == 0) {
      throw new IllegalArgumentException("no latencies were measured");
    }
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    return new Latencies(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
        sorted[sorted.length - 1]);
  }

  private static long rank(long[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
