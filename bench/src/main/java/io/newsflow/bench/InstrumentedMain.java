package io.newsflow.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Runs a service's main class in a child JVM and writes, four times a second, how many milliseconds
 * its JIT compiler has worked so far, so the harness can start timing once compilation has settled
 * rather than after a guessed number of articles. Arguments: the status file, the main class, then
 * the service's own arguments.
 */
public final class InstrumentedMain {
  private InstrumentedMain() {}

  public static void main(String[] args) throws Throwable {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: InstrumentedMain <status-file> <main-class> [args...]");
    }
    Path status = Path.of(args[0]);
    Thread reporter = new Thread(() -> report(status), "bench-jit-reporter");
    reporter.setDaemon(true);
    reporter.start();
    try {
      Class.forName(args[1]).getMethod("main", String[].class)
          .invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static void report(Path status) {
    var compiler = ManagementFactory.getCompilationMXBean();
    Path temp = status.resolveSibling(status.getFileName() + ".tmp");
    while (true) {
      try {
        Files.writeString(temp, Long.toString(compiler.getTotalCompilationTime()));
        Files.move(temp, status, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Thread.sleep(250);
      } catch (InterruptedException e) {
        return;
      } catch (java.io.IOException e) {
        // the harness reads what it can; a missed report only delays the start of timing
      }
    }
  }
}
