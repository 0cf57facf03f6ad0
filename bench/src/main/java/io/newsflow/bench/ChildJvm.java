package io.newsflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service in a JVM of its own, as in production, so that its heap and resident memory are its
 * own and can be measured: peak resident set from {@code /proc/<pid>/status} (VmHWM), heap from
 * the JVM's GC log.
 */
final class ChildJvm implements AutoCloseable {
  /** "GC(3) Pause Young (Allocation Failure) 131M->12M(491M) 5.1ms": heap used before and after. */
  private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  /** Environment variable with extra options for the child JVMs (space-separated). */
  static final String EXTRA_OPTIONS = "NEWSFLOW_BENCH_CHILD_JAVA_OPTS";

  private final Process process;
  private final Path gcLog;
  private final Path output;
  private final Path jitStatus;

  private ChildJvm(Process process, Path gcLog, Path output, Path jitStatus) {
    this.process = process;
    this.gcLog = gcLog;
    this.output = output;
    this.jitStatus = jitStatus;
  }

  /** Starts {@code mainClass} on this JVM's class path with at most {@code maxHeapMb} of heap. */
  static ChildJvm start(String mainClass, int maxHeapMb, List<String> args, Map<String, String> env, Path workDir)
      throws IOException {
    Files.createDirectories(workDir);
    Path gcLog = workDir.resolve("gc.log");
    Path output = workDir.resolve("output.log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + maxHeapMb + "m", "-XX:+UseParallelGC", "-Xlog:gc:file=" + gcLog));
    // For profiling the services, e.g. -XX:StartFlightRecording=filename=/tmp/enrich.jfr,settings=profile
    String extra = System.getenv().getOrDefault(EXTRA_OPTIONS, "").strip();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    Path jitStatus = workDir.resolve("jit-millis");
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), InstrumentedMain.class.getName(),
        jitStatus.toString(), mainClass));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
    return new ChildJvm(builder.start(), gcLog, output, jitStatus);
  }

  /** Milliseconds the JVM's JIT compiler has worked so far (0 until it first reports). */
  long jitMillis() {
    try {
      return Long.parseLong(Files.readString(jitStatus).strip());
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** The last lines the JVM printed, for an error message when it died. */
  String tail() {
    try {
      List<String> lines = Files.readAllLines(output);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  /** How many lines of the JVM's output contain {@code text} (e.g. a producer's retried error). */
  long linesContaining(String text) {
    try (var lines = Files.lines(output)) {
      return lines.filter(l -> l.contains(text)).count();
    } catch (IOException | java.io.UncheckedIOException e) {
      return 0;
    }
  }

  /** Peak resident set size so far, in bytes; empty where {@code /proc} is not there (not Linux). */
  OptionalLong peakRssBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // the process is gone or /proc is not Linux's
    }
    return OptionalLong.empty();
  }

  /** Heap figures read from the GC log: peak used (just before a collection) and peak live (just after). */
  HeapUse heapUse() {
    long peakUsed = 0;
    long peakLive = 0;
    try {
      for (String line : Files.readAllLines(gcLog)) {
        Matcher m = GC_LINE.matcher(line);
        if (m.find()) {
          peakUsed = Math.max(peakUsed, Long.parseLong(m.group(1)));
          peakLive = Math.max(peakLive, Long.parseLong(m.group(2)));
        }
      }
    } catch (IOException e) {
      // no GC yet, or no log: report zeros rather than fail the run
    }
    return new HeapUse(peakUsed, peakLive);
  }

  /**
   * Heap of a child JVM in MiB.
   *
   * @param peakUsedMb the most heap in use at any collection, garbage included: what {@code -Xmx} must hold
   * @param peakLiveMb the most heap still live after a collection: what the service really keeps
   */
  record HeapUse(long peakUsedMb, long peakLiveMb) {}

  /** SIGTERM, so the service leaves its consumer group cleanly; SIGKILL after 30 s. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
