package io.newsflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on: CPU model, cores, Java, and how busy the machine was. */
public final class Machine {
  private Machine() {}

  /** For example {@code "AMD EPYC, 2 cores, Java 17.0.13"}. */
  public static String describe() {
    String cpu = "unknown CPU";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst().orElse(cpu);
    } catch (IOException e) {
      // not Linux: the model stays unknown
    }
    return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
        + System.getProperty("java.version");
  }

  /** The 1-minute load average ({@code n/a} where the platform has none). */
  public static String loadAverage() {
    double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f", load);
  }
}
