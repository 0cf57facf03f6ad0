package io.newsflow.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;

/**
 * CPU time used so far by this JVM or by another process. On a shared machine wall-clock rates
 * depend on what else runs; CPU time per article does not, so the report gives both.
 */
final class CpuTime {
  private CpuTime() {}

  /** CPU time of this JVM (all its threads: work, GC, JIT, and here also the broker and registry). */
  static Duration self() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return Duration.ofNanos(os.getProcessCpuTime());
    }
    return Duration.ZERO;
  }

  /** CPU time of process {@code pid}, where the platform reports it. */
  static Optional<Duration> of(long pid) {
    return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration());
  }
}
