package io.newsflow.enrich.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.enrich.ArticleJson;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The answers one instance can give from its own stores. A list answer covers this instance's
 * partitions only; {@link QueryRouter} gathers and merges them. Any store access may throw Kafka
 * Streams' {@code InvalidStateStoreException} while partitions move between instances.
 */
public final class LocalQueries {
  private static final Instant END_OF_TIME = Instant.ofEpochMilli(Long.MAX_VALUE);

  /**
   * How long a trending answer is reused. A day's trending reads every bucket of the day (a quarter
   * of a second for 2,000 articles), and every open front page asks every few seconds.
   */
  static final Duration TRENDING_REUSE = Duration.ofSeconds(2);

  private final Function<String, ReadOnlyWindowStore<String, String>> stores;
  private final Clock clock;
  private final Supplier<?> assignment;
  private final Map<String, Reused> trendingAnswers = new ConcurrentHashMap<>();

  private record Reused(long at, Object assignment, List<ObjectNode> answer) {}

  public LocalQueries(Function<String, ReadOnlyWindowStore<String, String>> stores, Clock clock) {
    this(stores, clock, () -> "one assignment");
  }

  /**
   * @param assignment what this instance holds right now (its active tasks): a reused answer is
   *     only given while it is the same, so a rebalance is never answered from before it
   */
  public LocalQueries(Function<String, ReadOnlyWindowStore<String, String>> stores, Clock clock,
      Supplier<?> assignment) {
    this.stores = stores;
    this.clock = clock;
    this.assignment = assignment;
  }

  /** The newest version of an article, as enriched. */
  public Optional<JsonNode> article(String id) {
    try (WindowStoreIterator<String> it = stores.apply(QueryStores.ARTICLES).backwardFetch(id, Instant.EPOCH, END_OF_TIME)) {
      if (!it.hasNext()) {
        return Optional.empty();
      }
      KeyValue<Long, String> newest = it.next();
      ObjectNode article = (ObjectNode) QueryFacts.read(newest.value);
      article.put("received_at", Instant.ofEpochMilli(newest.key).toString());
      return Optional.of(article);
    }
  }

  /** Summaries of the {@code limit} articles received last, newest first. */
  public List<ObjectNode> latestArticles(int limit) {
    List<ObjectNode> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (KeyValueIterator<Windowed<String>, String> it =
             stores.apply(QueryStores.ARTICLES).backwardFetchAll(Instant.EPOCH, END_OF_TIME)) {
      while (it.hasNext() && out.size() < limit) {
        KeyValue<Windowed<String>, String> entry = it.next();
        if (seen.add(entry.key.key())) {
          out.add(articleSummary(QueryFacts.read(entry.value), entry.key.window().start()));
        }
      }
    }
    return out;
  }

  /**
   * The most mentioned entities of this instance in the last {@code window}, counted in whole
   * {@link QueryStores#BUCKET}s: a bucket counts when any part of it lies inside the window. The
   * same question within {@link #TRENDING_REUSE} gets the same answer.
   */
  public List<ObjectNode> trending(Duration window, int limit) {
    long now = clock.millis();
    String key = window.toMillis() + "/" + limit;
    Object holding = assignment.get();
    Reused reused = trendingAnswers.get(key);
    if (reused == null || now < reused.at() || now - reused.at() >= TRENDING_REUSE.toMillis()
        || !reused.assignment().equals(holding)) {
      if (trendingAnswers.size() >= 64) {
        trendingAnswers.clear(); // odd windows and limits must not pile up
      }
      reused = new Reused(now, holding, countTrending(window, limit, now));
      trendingAnswers.put(key, reused);
    }
    return reused.answer().stream().map(ObjectNode::deepCopy).toList();
  }

  private List<ObjectNode> countTrending(Duration window, int limit, long now) {
    long from = now - window.toMillis() - QueryStores.BUCKET.toMillis() + 1;
    Map<String, long[]> totals = new HashMap<>();
    Map<String, String> latest = new HashMap<>();
    try (KeyValueIterator<Windowed<String>, String> it =
             stores.apply(QueryStores.ENTITY_MENTIONS).fetchAll(Instant.ofEpochMilli(Math.max(0, from)), END_OF_TIME)) {
      while (it.hasNext()) {
        KeyValue<Windowed<String>, String> entry = it.next();
        String id = entry.key.key();
        String bucket = entry.value;
        totals.computeIfAbsent(id, k -> new long[1])[0] += MentionCount.countOf(bucket);
        latest.put(id, bucket);
      }
    }
    // ordered as TRENDING, before names are decoded for the few that are kept
    return totals.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
        .limit(limit)
        .map(e -> {
          MentionCount named = MentionCount.decode(latest.get(e.getKey()));
          ObjectNode t = ArticleJson.JSON.createObjectNode();
          t.put("id", named.id());
          t.put("name", named.name());
          t.put("type", named.type());
          t.put("mentions", e.getValue()[0]);
          return t;
        })
        .toList();
  }

  /**
   * Most mentions first, then by id: the same order every call, and the one each instance cuts its
   * part of the list by, so merging the parts cannot drop an entity that belongs in the list.
   */
  public static final Comparator<JsonNode> TRENDING = Comparator
      .comparingLong((JsonNode n) -> -n.path("mentions").asLong())
      .thenComparing(n -> n.path("id").asText());

  /**
   * An entity: its name and type, mention counts per bucket over the retention, totals for the
   * last hour, day and week, and the {@code limit} articles that named it last.
   */
  public Optional<ObjectNode> entity(String id, int limit) {
    long now = clock.millis();
    ObjectNode entity = ArticleJson.JSON.createObjectNode();
    entity.put("id", id);
    ArrayNode timeline = ArticleJson.JSON.createArrayNode();
    long lastHour = 0;
    long lastDay = 0;
    long all = 0;
    try (WindowStoreIterator<String> it = stores.apply(QueryStores.ENTITY_MENTIONS).fetch(id, Instant.EPOCH, END_OF_TIME)) {
      while (it.hasNext()) {
        KeyValue<Long, String> bucket = it.next();
        MentionCount value = MentionCount.decode(bucket.value);
        long count = value.count();
        entity.put("name", value.name());
        entity.put("type", value.type());
        ObjectNode point = timeline.addObject();
        point.put("start", Instant.ofEpochMilli(bucket.key).toString());
        point.put("mentions", count);
        long end = bucket.key + QueryStores.BUCKET.toMillis();
        all += count;
        lastHour += end > now - Duration.ofHours(1).toMillis() ? count : 0;
        lastDay += end > now - Duration.ofHours(24).toMillis() ? count : 0;
      }
    }
    if (timeline.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode mentions = entity.putObject("mentions");
    mentions.put("last_hour", lastHour);
    mentions.put("last_24h", lastDay);
    mentions.put("retained", all);
    mentions.put("bucket_seconds", QueryStores.BUCKET.toSeconds());
    mentions.set("timeline", timeline);
    ArrayNode articles = entity.putArray("articles");
    Set<String> seen = new HashSet<>();
    try (WindowStoreIterator<String> it =
             stores.apply(QueryStores.ENTITY_ARTICLES).backwardFetch(id, Instant.EPOCH, END_OF_TIME)) {
      while (it.hasNext() && articles.size() < limit) {
        KeyValue<Long, String> entry = it.next();
        JsonNode fact = QueryFacts.read(entry.value);
        ObjectNode article = (ObjectNode) fact.path("article").deepCopy();
        if (seen.add(article.path("id").asText())) {
          article.put("mentions", fact.path("mentions").asLong());
          article.put("received_at", Instant.ofEpochMilli(entry.key).toString());
          articles.add(article);
        }
      }
    }
    return Optional.of(entity);
  }

  /** The {@code limit} newest claims filed under {@code key}, one per claim even if re-enriched. */
  public List<ObjectNode> claims(QueryFacts.Key key, int limit) {
    Map<String, ObjectNode> out = new LinkedHashMap<>();
    try (WindowStoreIterator<String> it =
             stores.apply(QueryStores.CLAIMS).backwardFetch(key.toString(), Instant.EPOCH, END_OF_TIME)) {
      while (it.hasNext() && out.size() < limit) {
        KeyValue<Long, String> entry = it.next();
        ObjectNode claim = (ObjectNode) QueryFacts.read(entry.value);
        claim.put("received_at", Instant.ofEpochMilli(entry.key).toString());
        out.putIfAbsent(claim.path("article").path("id").asText() + "/" + claim.path("id").asText(), claim);
      }
    }
    return List.copyOf(out.values());
  }

  static ObjectNode articleSummary(JsonNode article, long receivedAt) {
    ObjectNode s = ArticleJson.JSON.createObjectNode();
    for (String field : List.of("id", "title", "outlet", "url", "published_at", "language")) {
      s.set(field, article.path(field));
    }
    s.put("received_at", Instant.ofEpochMilli(receivedAt).toString());
    int claims = 0;
    for (JsonNode p : article.path("paragraphs")) {
      claims += p.path("claims").size();
    }
    s.put("paragraphs", article.path("paragraphs").size());
    s.put("claims", claims);
    ArrayNode entities = s.putArray("entities");
    for (JsonNode e : article.path("entities")) {
      if (entities.size() == 5) {
        break;
      }
      ObjectNode top = entities.addObject();
      top.set("id", e.path("id"));
      top.set("name", e.path("name"));
      top.set("type", e.path("type"));
      top.set("mentions", e.path("mentions"));
    }
    s.put("entity_count", article.path("entities").size());
    return s;
  }
}
