package io.newsflow.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady stream of chaos articles POSTed by a few concurrent clients, so that requests are in
 * flight whenever a fault strikes. Article number {@code i} gets the id {@code <prefix>-<i>}.
 */
final class PostingStream implements AutoCloseable {
  private final IngestClient client;
  private final ChaosArticles articles;
  private final String prefix;
  private final ExecutorService clients;
  private final List<Future<IngestClient.Delivery>> sent = new ArrayList<>();
  private final AtomicInteger answered = new AtomicInteger();

  PostingStream(IngestClient client, ChaosArticles articles, String prefix, int concurrency) {
    this.client = client;
    this.articles = articles;
    this.prefix = prefix;
    this.clients = Executors.newFixedThreadPool(concurrency, r -> {
      Thread t = new Thread(r, "chaos-client");
      t.setDaemon(true);
      return t;
    });
  }

  /** Queues articles {@code from} (inclusive) to {@code to} (exclusive) for sending. */
  synchronized void send(int from, int to) {
    for (int i = from; i < to; i++) {
      int n = i;
      sent.add(clients.submit(() -> {
        IngestClient.Delivery d = client.post(id(n), "Artikkel " + n, articles.body(n));
        answered.incrementAndGet();
        return d;
      }));
    }
  }

  String id(int n) {
    return String.format("%s-%05d", prefix, n);
  }

  /** Articles that have had their final answer so far. */
  int answered() {
    return answered.get();
  }

  /** Waits for the final answer of every article queued so far. */
  synchronized List<IngestClient.Delivery> await(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<IngestClient.Delivery> out = new ArrayList<>();
    for (Future<IngestClient.Delivery> f : sent) {
      try {
        out.add(f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      } catch (ExecutionException e) {
        throw new IllegalStateException("a chaos client failed: " + e.getCause(), e.getCause());
      } catch (TimeoutException e) {
        throw new IllegalStateException("the chaos clients had no final answer within " + timeout.toSeconds() + " s");
      }
    }
    return out;
  }

  @Override
  public void close() {
    clients.shutdownNow();
  }
}
