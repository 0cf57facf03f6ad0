package io.newsflow.runtime;

import io.newsflow.runtime.config.CommonSettings;
import io.newsflow.runtime.config.ConfigException;
import io.newsflow.runtime.config.ConfigSource;
import io.newsflow.runtime.config.Setting;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a service's main thread alive until the JVM is asked to stop (SIGTERM from Docker or
 * Kubernetes, Ctrl-C), then closes the service, which stops accepting work, flushes and leaves its
 * consumer group before the process exits.
 */
public final class Lifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);

  private Lifecycle() {}

  /** What a service's {@code main} does once it has its settings. */
  @FunctionalInterface
  public interface Starter {
    AutoCloseable start(ConfigSource source) throws Exception;
  }

  /**
   * The whole {@code main} of a service: logging as configured, settings read from the environment
   * (a wrong one ends the process with status 2 and a message naming it), the effective settings
   * logged with secrets masked, then the service run until SIGTERM.
   */
  public static void main(String name, List<Setting<?>> settings, Starter starter)
      throws Exception {
    ConfigSource source = ConfigSource.fromEnvironment();
    AutoCloseable service;
    try {
      Logging.configure(source.get(CommonSettings.LOG_FORMAT),
          source.get(CommonSettings.LOG_LEVEL));
      LOG.info("{} settings: {}", name, source.describe(settings));
      service = starter.start(source);
    } catch (ConfigException e) {
      System.err.println(name + ": " + e.getMessage());
      System.exit(2);
      return;
    }
    runUntilShutdown(name, service);
  }

  public static void runUntilShutdown(String name, AutoCloseable service) {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("{} stopping", name);
      try {
        service.close();
        LOG.info("{} stopped", name);
      } catch (Exception e) {
        LOG.error("{} did not stop cleanly", name, e);
      } finally {
        stopped.countDown();
      }
    }, name + "-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
