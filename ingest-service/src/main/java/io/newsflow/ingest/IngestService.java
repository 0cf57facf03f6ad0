package io.newsflow.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.newsflow.avro.RawArticle;
import io.newsflow.ingest.dedup.DeduplicatingPublisher;
import io.newsflow.ingest.dedup.DuplicateDetector;
import io.newsflow.ingest.feeds.Downloads;
import io.newsflow.ingest.feeds.FeedFetcher;
import io.newsflow.ingest.feeds.FeedPoller;
import io.newsflow.ingest.feeds.PageFetcher;
import io.newsflow.ingest.feeds.SeenEntries;
import io.newsflow.ingest.memory.KafkaKeyValueLog;
import io.newsflow.runtime.http.BearerTokenGuard;
import io.newsflow.runtime.http.Guard;
import io.newsflow.runtime.config.CommonSettings;
import io.newsflow.runtime.http.Health;
import io.newsflow.runtime.http.HttpEndpoint;
import io.newsflow.runtime.http.Metrics;
import io.newsflow.runtime.http.Problem;
import io.newsflow.runtime.http.ProblemException;
import io.newsflow.runtime.http.RateLimitGuard;
import io.newsflow.runtime.http.Request;
import io.newsflow.runtime.http.Response;
import io.newsflow.topics.TopicCreation;
import io.newsflow.topics.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /articles}: one article as {@code application/json}, or a batch as
 * {@code application/x-ndjson} (one article per line, each line judged on its own). Answers 202
 * only when Kafka has acknowledged every accepted article; 503 with {@code Retry-After} when Kafka
 * or the registry cannot take them now; a problem body naming the field (and line) otherwise.
 */
public final class IngestService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
  private static final String RETRY_AFTER_SECONDS = "5";
  /** Reading ingest's memory (seen feed entries, fingerprints) at start-up; a few seconds for a million keys. */
  private static final Duration MEMORY_READ_TIMEOUT = Duration.ofMinutes(2);

  private final IngestSettings settings;
  private final ArticlePublisher publisher;
  private final ArticleRequests requests;
  private final Clock clock;
  private final HttpEndpoint http;
  private final Metrics metrics;
  private final Timer publishTime;
  private final Map<String, Counter> outcomes = new java.util.concurrent.ConcurrentHashMap<>();
  private final List<AutoCloseable> owned;
  private final List<AutoCloseable> sources;

  private IngestService(IngestSettings settings, ArticlePublisher publisher, Clock clock, Metrics metrics,
      List<AutoCloseable> owned, List<AutoCloseable> sources) throws java.io.IOException {
    this.settings = settings;
    this.publisher = publisher;
    this.requests = new ArticleRequests(settings.maxBodyChars());
    this.clock = clock;
    this.metrics = metrics;
    this.owned = owned;
    this.sources = sources;
    this.publishTime = Timer.builder("newsflow_ingest_publish").publishPercentiles(0.5, 0.99)
        .register(metrics.registry());
    this.http = HttpEndpoint.create("ingest", settings.port(), settings.maxRequestBytes(), settings.threads());
    List<Guard> guards = new ArrayList<>();
    settings.token().ifPresent(token -> guards.add(new BearerTokenGuard(token)));
    guards.add(new RateLimitGuard(settings.rateLimit(), settings.rateBurst()));
    http.post("/articles", this::post, guards.toArray(Guard[]::new));
    new Health().add("kafka", () -> publisher.reachable()
        ? Health.Status.up("reachable") : Health.Status.down("the Kafka cluster does not answer")).routes(http);
    metrics.routes(http);
  }

  /** The service publishing to Kafka and the registry named in {@code settings}. */
  public static IngestService start(IngestSettings settings) throws Exception {
    CommonSettings.Connection connection = settings.connection();
    Topics topics = Topics.connect(connection.registryUrl(), connection.registryBasicAuth(), true);
    if (connection.createTopics()) {
      TopicCreation.ensure(connection.kafka(), connection.topicPartitions(), (short) connection.topicReplication(),
          Duration.ofSeconds(30));
    }
    Clock clock = Clock.systemUTC();
    Metrics metrics = new Metrics("ingest");
    // Built in order, closed in reverse if a later step fails (a missing topic, an unreadable folder).
    Deque<AutoCloseable> built = new ArrayDeque<>(List.of(topics));
    try {
      ArticlePublisher publisher = new KafkaArticlePublisher(settings, topics.rawArticles());
      built.push(publisher);
      IngestSettings.Duplicates duplicates = settings.duplicates();
      if (duplicates.enabled()) {
        KafkaKeyValueLog fingerprints =
            new KafkaKeyValueLog(connection.kafka(), topics.articleFingerprints(), MEMORY_READ_TIMEOUT);
        built.push(fingerprints);
        publisher = DeduplicatingPublisher.over(publisher,
            new DuplicateDetector(duplicates.minSimilarity(), duplicates.window(), duplicates.capacity()),
            fingerprints, clock.instant());
        // From here the deduplicating publisher closes the Kafka publisher and the log.
        built.pop();
        built.pop();
        built.push(publisher);
      }
      List<AutoCloseable> sources = new ArrayList<>();
      Optional<FolderWatcher> watcher = Optional.empty();
      if (settings.watchFolder().isPresent()) {
        watcher = Optional.of(new FolderWatcher(settings.watchFolder().get(), publisher, settings.maxBodyChars(),
            clock));
        sources.add(watcher.get());
        built.push(watcher.get());
      }
      IngestSettings.Feeds feeds = settings.feeds();
      Optional<FeedPoller> poller = Optional.empty();
      if (!feeds.subscriptions().isEmpty()) {
        KafkaKeyValueLog seenLog = new KafkaKeyValueLog(connection.kafka(), topics.feedsSeen(), MEMORY_READ_TIMEOUT);
        built.push(seenLog);
        Downloads downloads = new Downloads(feeds.timeout(), feeds.maxBytes());
        poller = Optional.of(new FeedPoller(feeds.subscriptions(), new FeedFetcher(downloads),
            new PageFetcher(downloads), SeenEntries.load(seenLog), publisher,
            new ArticleRequests(settings.maxBodyChars()), clock, settings.publishTimeout(), metrics.registry()));
        built.push(poller.get());
        sources.add(poller.get());
        sources.add(seenLog);
      }
      IngestService service = new IngestService(settings, publisher, clock, metrics, List.of(topics), sources);
      service.http.start();
      poller.ifPresent(FeedPoller::start);
      watcher.ifPresent(FolderWatcher::start);
      LOG.info("ingest listening on http://localhost:{}/articles{}", service.port(),
          settings.token().isPresent() ? " (bearer token required)" : " (no token configured: open to all)");
      return service;
    } catch (Exception | Error e) {
      while (!built.isEmpty()) {
        AutoCloseable c = built.pop();
        try {
          c.close();
        } catch (Exception closing) {
          e.addSuppressed(closing);
        }
      }
      metrics.close();
      throw e;
    }
  }

  /** The service over any publisher (tests use an in-memory one). */
  public static IngestService start(IngestSettings settings, ArticlePublisher publisher, Clock clock, Metrics metrics,
      List<AutoCloseable> owned) throws java.io.IOException {
    IngestService service = new IngestService(settings, publisher, clock, metrics, owned, List.of());
    service.http.start();
    return service;
  }

  public int port() {
    return http.port();
  }

  private Response post(Request request) {
    String type = request.mediaType();
    Instant now = clock.instant();
    return switch (type) {
      case "application/json" -> single(request.bodyText(), now);
      case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines" ->
          batch(request.bodyText(), now);
      default -> throw new ProblemException(Problem.of(415, "Unsupported Media Type",
          (type.isEmpty() ? "the request has no Content-Type" : "Content-Type '" + type + "' is not accepted")
              + "; send application/json (one article) or application/x-ndjson (one article per line)"));
    };
  }

  private Response single(String body, Instant now) {
    ArticleRequests.Parsed parsed = requests.parse(body, now);
    if (parsed.article().isEmpty()) {
      count("rejected");
      throw new ProblemException(problem(parsed, Optional.empty()));
    }
    RawArticle article = parsed.article().get();
    ArticlePublisher.Receipt receipt = await(publish(article));
    count("accepted");
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", article.getId());
    answer.put("status", "accepted");
    receipt.duplicateOf().ifPresent(original -> answer.put("duplicate_of", original));
    answer.put("partition", receipt.partition());
    answer.put("offset", receipt.offset());
    return Response.json(202, answer);
  }

  private Response batch(String body, Instant now) {
    String[] lines = body.split("\r?\n", -1);
    List<Map<String, Object>> results = new ArrayList<>();
    List<CompletableFuture<ArticlePublisher.Receipt>> sends = new ArrayList<>();
    List<Map<String, Object>> sent = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("line", i + 1);
      ArticleRequests.Parsed parsed = requests.parse(lines[i], now);
      if (parsed.article().isPresent()) {
        result.put("id", parsed.article().get().getId());
        sends.add(publish(parsed.article().get()));
        sent.add(result);
      } else {
        result.put("status", "rejected");
        result.put("problem", problem(parsed, Optional.of(i + 1)));
        count("rejected");
      }
      results.add(result);
    }
    if (results.isEmpty()) {
      throw new ProblemException(Problem.of(400, "Bad Request", "the batch has no articles"));
    }
    boolean anyUnavailable = false;
    for (int i = 0; i < sends.size(); i++) {
      Map<String, Object> result = sent.get(i);
      try {
        ArticlePublisher.Receipt receipt = await(sends.get(i));
        result.put("status", "accepted");
        receipt.duplicateOf().ifPresent(original -> result.put("duplicate_of", original));
        result.put("partition", receipt.partition());
        result.put("offset", receipt.offset());
        count("accepted");
      } catch (ProblemException e) {
        anyUnavailable |= e.problem().status() == 503;
        result.put("status", e.problem().status() == 503 ? "unavailable" : "failed");
        result.put("problem", e.problem());
      }
    }
    long accepted = results.stream().filter(r -> "accepted".equals(r.get("status"))).count();
    int status = accepted == results.size() ? 202 : accepted > 0 ? 207 : anyUnavailable ? 503 : 422;
    Response response = Response.json(status, Map.of("accepted", accepted, "results", results));
    return status == 503 ? response.withHeader("Retry-After", RETRY_AFTER_SECONDS) : response;
  }

  private CompletableFuture<ArticlePublisher.Receipt> publish(RawArticle article) {
    long start = System.nanoTime();
    return publisher.publish(article).whenComplete((r, e) -> {
      if (e == null) {
        publishTime.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
      }
    });
  }

  private ArticlePublisher.Receipt await(CompletableFuture<ArticlePublisher.Receipt> send) {
    try {
      return send.get(settings.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      // The record may still be in the producer's buffer and land later: say so, rather than promise
      // that nothing was stored. A re-send under the same id replaces it in the compacted topics.
      throw unavailable("Kafka did not acknowledge the article within " + settings.publishTimeout().toSeconds()
          + " s; it may still be stored, so send it again with the same id");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable("the service is shutting down");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ArticlePublisher.UnavailableException u) {
        throw unavailable(u.getMessage());
      }
      LOG.error("publishing failed", e.getCause());
      throw new ProblemException(Problem.of(500, "Internal Server Error",
          "the article could not be published; the error is logged"));
    }
  }

  private ProblemException unavailable(String detail) {
    count("unavailable");
    return new ProblemException(Problem.of(503, "Service Unavailable", detail + "; retry later"),
        Map.of("Retry-After", RETRY_AFTER_SECONDS));
  }

  private static Problem problem(ArticleRequests.Parsed parsed, Optional<Integer> line) {
    Problem problem;
    if (parsed.syntax().isPresent()) {
      ArticleRequests.JsonError error = parsed.syntax().get();
      problem = Problem.of(400, "Malformed JSON", error.detail())
          .with("line", line.orElse((int) error.line())).with("column", error.column());
    } else {
      List<ArticleRequests.FieldError> errors = parsed.errors();
      ArticleRequests.FieldError first = errors.get(0);
      String detail = errors.stream().map(e -> (e.field().isEmpty() ? "" : e.field() + " ") + e.detail())
          .reduce((a, b) -> a + "; " + b).orElse("");
      problem = Problem.of(422, "Invalid Article", detail).with("field", first.field())
          .with("errors", errors.stream().map(Function.identity()).toList());
      if (line.isPresent()) {
        problem = problem.with("line", line.get());
      }
    }
    return problem;
  }

  private void count(String outcome) {
    outcomes.computeIfAbsent(outcome, o -> metrics.registry().counter("newsflow_ingest_articles", "outcome", o))
        .increment();
  }

  /** Stops accepting requests, then flushes and closes the producer. */
  @Override
  public void close() {
    http.stop(Duration.ofSeconds(5));
    for (AutoCloseable source : sources) {
      try {
        source.close();
      } catch (Exception e) {
        LOG.warn("closing {} failed: {}", source, e.toString());
      }
    }
    publisher.close();
    for (AutoCloseable c : owned) {
      try {
        c.close();
      } catch (Exception e) {
        LOG.warn("closing {} failed: {}", c, e.toString());
      }
    }
    metrics.close();
  }

  /** The metrics registry of this service. */
  public Metrics metrics() {
    return metrics;
  }
}
