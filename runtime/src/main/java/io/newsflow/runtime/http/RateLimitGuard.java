package io.newsflow.runtime.http;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.net.InetAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A token bucket per client address: {@code requestsPerSecond} on average with bursts up to
 * {@code burst}; beyond that, 429 with {@code Retry-After}. The table of clients is bounded (least
 * recently seen clients are forgotten first), so a flood of addresses cannot exhaust memory.
 */
public final class RateLimitGuard implements Guard {
  private static final int MAX_CLIENTS = 10_000;

  private final long requestsPerSecond;
  private final long burst;
  private final Map<InetAddress, Bucket> buckets =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<InetAddress, Bucket> eldest) {
          return size() > MAX_CLIENTS;
        }
      };

  public RateLimitGuard(long requestsPerSecond, long burst) {
    if (requestsPerSecond <= 0 || burst <= 0) {
      throw new IllegalArgumentException("rate limits must be positive");
    }
    this.requestsPerSecond = requestsPerSecond;
    this.burst = burst;
  }

  @Override
  public Optional<Response> check(Request request) {
    Bucket bucket;
    synchronized (buckets) {
      bucket = buckets.computeIfAbsent(request.client(), k -> newBucket());
    }
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return Optional.empty();
    }
    long waitSeconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    Problem problem = Problem.of(429, "Too Many Requests",
        "more than " + requestsPerSecond + " requests per second from this client; retry in "
            + waitSeconds + " s");
    return Optional.of(Response.problem(problem).withHeader("Retry-After", Long.toString(waitSeconds)));
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(requestsPerSecond, Duration.ofSeconds(1)).build())
        .build();
  }
}
