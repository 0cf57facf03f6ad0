package io.newsflow.ingest.feeds;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.avro.RawArticle;
import io.newsflow.ingest.ArticlePublisher;
import io.newsflow.ingest.ArticleRequests;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls every subscribed feed on its own schedule and publishes the entries it has not published
 * before. Each feed is polled again one interval (±10%, so feeds added together drift apart) after
 * its previous poll ended; after a failure the wait doubles up to an hour, or is what the server
 * asked for in {@code Retry-After}. A bad feed, a bad entry or an outage never stops the poller:
 * each is logged as one line and retried at the next poll.
 *
 * <p>An entry counts as published only when Kafka has acknowledged it and then the memory of it
 * ({@link SeenEntries}); a crash between the two re-sends it once under the same article id.
 */
public final class FeedPoller implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
  static final Duration MAX_BACKOFF = Duration.ofHours(1);

  private final List<FeedSubscription> feeds;
  private final FeedFetcher fetcher;
  private final PageFetcher pages;
  private final SeenEntries seen;
  private final ArticlePublisher publisher;
  private final ArticleRequests requests;
  private final Clock clock;
  private final Duration publishTimeout;
  private final MeterRegistry metrics;
  private final Map<FeedSubscription, FeedState> states = new ConcurrentHashMap<>();
  /** Entries refused as articles: not retried (nor logged again) until a restart. */
  private final Set<String> refused = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService scheduler;

  public FeedPoller(List<FeedSubscription> feeds, FeedFetcher fetcher, PageFetcher pages, SeenEntries seen,
      ArticlePublisher publisher, ArticleRequests requests, Clock clock, Duration publishTimeout,
      MeterRegistry metrics) {
    this.feeds = List.copyOf(feeds);
    this.fetcher = fetcher;
    this.pages = pages;
    this.seen = seen;
    this.publisher = publisher;
    this.requests = requests;
    this.clock = clock;
    this.publishTimeout = publishTimeout;
    this.metrics = metrics;
    AtomicInteger threads = new AtomicInteger();
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(Math.max(1, Math.min(feeds.size(), 4)),
        r -> {
          Thread t = new Thread(r, "feed-poller-" + threads.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    this.scheduler = executor;
    feeds.forEach(feed -> states.put(feed, new FeedState()));
  }

  /** How one poll of one feed went. */
  public enum Status { FETCHED, NOT_MODIFIED, FAILED }

  /** What one poll did. */
  public record PollReport(FeedSubscription feed, Status status, int published, int duplicates, int seen,
      int failed, Optional<String> problem) {}

  /** Per-feed memory between polls: the validators for the conditional GET, the failures in a row. */
  private static final class FeedState {
    FeedFetcher.Validators validators = FeedFetcher.Validators.NONE;
    int failures;
    Optional<Duration> retryAfter = Optional.empty();
  }

  /** Starts polling every feed, the first polls spread over the first few seconds. */
  public void start() {
    for (FeedSubscription feed : feeds) {
      long spread = Math.min(feed.interval().toMillis(), 5_000);
      schedule(feed, Duration.ofMillis(ThreadLocalRandom.current().nextLong(spread + 1)));
    }
    if (!feeds.isEmpty()) {
      LOG.info("polling {} feeds; {} entries remembered as published", feeds.size(), seen.size());
    }
  }

  private void schedule(FeedSubscription feed, Duration delay) {
    if (scheduler.isShutdown()) {
      return;
    }
    scheduler.schedule(() -> {
      PollReport report;
      try {
        report = poll(feed);
      } catch (RuntimeException | Error e) {
        // Never let one feed end its own schedule; the error is logged with its stack once here.
        LOG.error("feed poll crashed: feed={}", feed.url(), e);
        report = new PollReport(feed, Status.FAILED, 0, 0, 0, 0, Optional.of(e.toString()));
      }
      schedule(feed, nextDelay(feed, report));
    }, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  Duration nextDelay(FeedSubscription feed, PollReport report) {
    FeedState state = states.get(feed);
    if (report.status() != Status.FAILED) {
      long jitter = feed.interval().toMillis() / 10;
      return feed.interval().plusMillis(ThreadLocalRandom.current().nextLong(-jitter, jitter + 1));
    }
    Duration cap = feed.interval().compareTo(MAX_BACKOFF) > 0 ? feed.interval() : MAX_BACKOFF;
    Duration backoff = feed.interval().multipliedBy(1L << Math.min(Math.max(state.failures - 1, 0), 10));
    backoff = backoff.compareTo(cap) > 0 ? cap : backoff;
    Duration asked = state.retryAfter.orElse(Duration.ZERO);
    return asked.compareTo(backoff) > 0 ? asked : backoff;
  }

  /** Polls {@code feed} now and publishes its new entries; never throws for a bad feed or entry. */
  public PollReport poll(FeedSubscription feed) {
    FeedState state = states.computeIfAbsent(feed, f -> new FeedState());
    synchronized (state) {
      PollReport report = pollLocked(feed, state);
      count("newsflow_ingest_feed_polls", report.status().name().toLowerCase(java.util.Locale.ROOT), 1);
      count("newsflow_ingest_feed_entries", "published", report.published());
      count("newsflow_ingest_feed_entries", "duplicate", report.duplicates());
      count("newsflow_ingest_feed_entries", "seen", report.seen());
      count("newsflow_ingest_feed_entries", "failed", report.failed());
      return report;
    }
  }

  private PollReport pollLocked(FeedSubscription feed, FeedState state) {
    FeedFetcher.Result result;
    try {
      result = fetcher.fetch(feed.url(), state.validators);
    } catch (Downloads.DownloadException e) {
      return failed(feed, state, e.getMessage(), Optional.empty());
    }
    if (result instanceof FeedFetcher.NotModified) {
      recovered(feed, state);
      return new PollReport(feed, Status.NOT_MODIFIED, 0, 0, 0, 0, Optional.empty());
    }
    if (result instanceof FeedFetcher.Refused refused) {
      return failed(feed, state, "HTTP " + refused.status(), refused.retryAfter());
    }
    FeedFetcher.Fetched fetched = (FeedFetcher.Fetched) result;
    List<FeedEntries.FeedEntry> entries;
    try {
      entries = FeedEntries.parse(fetched.body(), feed.url());
    } catch (FeedEntries.NotAFeedException e) {
      return failed(feed, state, e.getMessage(), Optional.empty());
    }
    int alreadySeen = 0;
    int failed = 0;
    List<Sent> sent = new ArrayList<>();
    Set<String> inThisPoll = new java.util.HashSet<>();
    for (FeedEntries.FeedEntry entry : entries) {
      // A feed may list one story twice (updated under a new GUID, same link): it is published once.
      if (seen.any(entry.keys()) || entry.keys().stream().anyMatch(inThisPoll::contains)) {
        alreadySeen++;
        continue;
      }
      inThisPoll.addAll(entry.keys());
      if (entry.keys().stream().anyMatch(refused::contains)) {
        continue;
      }
      Optional<RawArticle> article = article(feed, entry);
      if (article.isEmpty()) {
        failed++;
        continue;
      }
      sent.add(new Sent(entry, article.get(), publisher.publish(article.get())));
    }
    int published = 0;
    int duplicates = 0;
    Optional<String> outage = Optional.empty();
    List<CompletableFuture<Void>> remembered = new ArrayList<>();
    for (Sent s : sent) {
      try {
        ArticlePublisher.Receipt receipt = s.receipt().get(publishTimeout.toMillis(), TimeUnit.MILLISECONDS);
        remembered.add(seen.remember(s.entry().keys(), s.article().getId()));
        if (receipt.duplicateOf().isPresent()) {
          duplicates++;
        } else {
          published++;
        }
      } catch (ExecutionException | TimeoutException e) {
        failed++;
        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
        outage = Optional.of("publishing failed: " + cause.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new PollReport(feed, Status.FAILED, published, duplicates, alreadySeen, failed,
            Optional.of("interrupted"));
      }
    }
    try {
      CompletableFuture.allOf(remembered.toArray(CompletableFuture[]::new))
          .get(publishTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      outage = Optional.of("remembering published entries failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (outage.isPresent()) {
      // Kafka is away: keep the validators so the next poll fetches the whole feed and retries what failed.
      PollReport failedPoll = failed(feed, state, outage.get(), Optional.empty());
      return new PollReport(feed, Status.FAILED, published, duplicates, alreadySeen, failed, failedPoll.problem());
    }
    state.validators = fetched.validators();
    recovered(feed, state);
    return new PollReport(feed, Status.FETCHED, published, duplicates, alreadySeen, failed, Optional.empty());
  }

  private record Sent(FeedEntries.FeedEntry entry, RawArticle article,
      CompletableFuture<ArticlePublisher.Receipt> receipt) {}

  private Optional<RawArticle> article(FeedSubscription feed, FeedEntries.FeedEntry entry) {
    ObjectNode json = entry.article().deepCopy();
    if (feed.fetchFullText() && entry.summaryOnly() && entry.link().isPresent()) {
      try {
        Optional<String> text = pages.mainText(entry.link().get());
        if (text.isPresent()) {
          json.put("body", text.get());
          json.put("content_type", "text/plain");
          ((ObjectNode) json.get("metadata")).put("body_source", "page");
        } else {
          LOG.info("feed entry keeps its summary: feed={} entry={} reason=\"no article text on {}\"", feed.url(),
              entry.label(), entry.link().get());
        }
      } catch (IOException e) {
        LOG.warn("feed entry keeps its summary: feed={} entry={} reason=\"{}\"", feed.url(), entry.label(),
            e.getMessage());
      }
    }
    ArticleRequests.Parsed parsed = requests.parse(json, clock.instant());
    if (parsed.article().isEmpty()) {
      refused.addAll(entry.keys());
      String reason = parsed.errors().stream().map(e -> e.field() + " " + e.detail())
          .reduce((a, b) -> a + "; " + b).orElse("not an article");
      LOG.warn("feed entry refused: feed={} entry={} reason=\"{}\"", feed.url(), entry.label(), reason);
      return Optional.empty();
    }
    return parsed.article();
  }

  private PollReport failed(FeedSubscription feed, FeedState state, String problem, Optional<Duration> retryAfter) {
    state.failures++;
    state.retryAfter = retryAfter;
    PollReport report = new PollReport(feed, Status.FAILED, 0, 0, 0, 0, Optional.of(problem));
    LOG.warn("feed poll failed: feed={} reason=\"{}\" failures_in_a_row={} next_poll_in={}s", feed.url(), problem,
        state.failures, nextDelay(feed, report).toSeconds());
    return report;
  }

  private void recovered(FeedSubscription feed, FeedState state) {
    if (state.failures > 0) {
      LOG.info("feed poll recovered: feed={} after_failures={}", feed.url(), state.failures);
    }
    state.failures = 0;
    state.retryAfter = Optional.empty();
  }

  private void count(String name, String outcome, int n) {
    if (n > 0) {
      metrics.counter(name, "outcome", outcome).increment(n);
    }
  }

  /** The feeds this poller polls. */
  public List<FeedSubscription> feeds() {
    return feeds;
  }

  /** Stops polling; a poll under way is interrupted. */
  @Override
  public void close() {
    scheduler.shutdownNow();
    try {
      scheduler.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
