package io.newsflow.runtime;

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
