package io.newsflow.enrich.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs headless chromium once and returns what it printed; never leaves it (or its helpers) running. */
final class Browser {
  private Browser() {}

  static String run(Path chromium, Path profile, String... arguments) throws IOException, InterruptedException {
    Files.createDirectories(profile);
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless=new", "--no-sandbox",
        "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars",
        "--user-data-dir=" + profile, "--window-size=1280,2400", "--virtual-time-budget=8000"));
    command.addAll(List.of(arguments));
    Path out = Files.createTempFile(profile, "out", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        throw new IllegalStateException("chromium did not finish within 90 s: " + command);
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
