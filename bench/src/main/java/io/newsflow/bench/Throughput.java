package io.newsflow.bench;

import java.time.Duration;

/**
 * How much was processed in how long.
 *
 * @param threads threads (or stream threads) doing the work
 * @param articles articles processed in the measured window
 * @param tokens tokens of those articles
 * @param elapsed the measured window
 * @param cpu CPU time the processing process(es) used in the window
 */
public record Throughput(int threads, long articles, long tokens, Duration elapsed, Duration cpu) {
  public Throughput {
    if (elapsed.isNegative() || elapsed.isZero()) {
      throw new IllegalArgumentException("a throughput needs a positive time, was " + elapsed);
    }
  }

  public double articlesPerSecond() {
    return articles / seconds();
  }

  public double tokensPerSecond() {
    return tokens / seconds();
  }

  /** CPU milliseconds per article: independent of what else shares the machine. */
  public double cpuMillisPerArticle() {
    return cpu.toNanos() / 1e6 / articles;
  }

  private double seconds() {
    return elapsed.toNanos() / 1e9;
  }
}
