package io.newsflow.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** An enrich service in a JVM of its own, as in production: killable for real. */
final class EnrichInstance {
  private final Process process;

  private EnrichInstance(Process process) {
    this.process = process;
  }

  static EnrichInstance start(int number, String bootstrapServers, String registryUrl, Path data) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseParallelGC",
        "-cp", System.getProperty("java.class.path"), "io.newsflow.enrich.EnrichMain");
    Map<String, String> env = builder.environment();
    env.put("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
    env.put("NEWSFLOW_SCHEMA_REGISTRY_URL", registryUrl);
    env.put("NEWSFLOW_ENRICH_PORT", "0");
    env.put("NEWSFLOW_ENRICH_STREAM_THREADS", "1");
    env.put("NEWSFLOW_ENRICH_STATE_DIR", data.resolve("enrich-" + number).toString());
    env.put("NEWSFLOW_CREATE_TOPICS", "false");
    env.put("NEWSFLOW_LOG_LEVEL", "warn");
    // A killed member's partitions move after the session timeout; keep it short for the test.
    env.put("NEWSFLOW_KAFKA_SESSION_TIMEOUT_MS", Long.toString(TakeoverRun.SESSION_TIMEOUT.toMillis()));
    File logFile = data.resolve("enrich-" + number + ".log").toFile();
    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logFile));
    return new EnrichInstance(builder.start());
  }

  void kill() throws InterruptedException {
    process.destroyForcibly(); // SIGKILL: no shutdown hook, no clean leave, an open transaction left behind
    process.waitFor();
  }

  void stop() {
    process.destroy(); // SIGTERM: the service closes Streams and leaves the group
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
