package io.newsflow.enrich.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.enrich.ArticleJson;
import io.newsflow.runtime.http.Handler;
import io.newsflow.runtime.http.HttpEndpoint;
import io.newsflow.runtime.http.Problem;
import io.newsflow.runtime.http.ProblemException;
import io.newsflow.runtime.http.Request;
import io.newsflow.runtime.http.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

/**
 * The read-only JSON API under {@code /api/}. Every route is GET (HEAD too); any other method gets
 * a 405 problem from the endpoint. Answers come from whichever instance owns them (see {@link
 * QueryRouter}); while partitions move, the answer is a 503 problem with {@code Retry-After}.
 *
 * <ul>
 *   <li>{@code GET /api/articles/latest?limit=20}: the articles received last, newest first
 *   <li>{@code GET /api/articles/{id}}: one enriched article, paragraphs with entities, values, claims
 *   <li>{@code GET /api/entities/trending?window=1h&limit=20}: most mentioned entities in the window
 *   <li>{@code GET /api/entities/{id}?limit=20}: an entity's mentions over time, articles, claims by and about it
 *   <li>{@code GET /api/claims?source=politiet} or {@code ?about=per:erna-solberg}: claims by or about someone
 * </ul>
 *
 * <p>{@code /api/owner/…} routes answer from this instance's stores only; they are what the
 * instances call on each other.
 */
public final class QueryApi {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 200;
  private static final Pattern WINDOW = Pattern.compile("([1-9][0-9]{0,4})([mhd])");
  private static final String RETRY_AFTER_SECONDS = "2";

  private static final Comparator<JsonNode> NEWEST_FIRST = Comparator
      .comparing((JsonNode n) -> Instant.parse(n.path("received_at").asText()))
      .reversed()
      .thenComparing(n -> n.path("article").path("id").asText() + "/" + n.path("id").asText());

  private final QueryRouter router;

  private QueryApi(QueryRouter router) {
    this.router = router;
  }

  public static void routes(HttpEndpoint http, QueryRouter router) {
    QueryApi api = new QueryApi(router);
    http.get("/api/articles/latest", api.answering(api::latestArticles));
    http.get("/api/articles/{id}", api.answering(api::article));
    http.get("/api/entities/trending", api.answering(api::trending));
    http.get("/api/entities/{id}", api.answering(api::entity));
    http.get("/api/claims", api.answering(api::claims));

    http.get("/api/owner/articles/latest", api.answering(api::ownLatestArticles));
    http.get("/api/owner/articles/{id}", api.answering(api::ownArticle));
    http.get("/api/owner/entities/trending", api.answering(api::ownTrending));
    http.get("/api/owner/entities/{id}", api.answering(api::ownEntity));
    http.get("/api/owner/claims/{key}", api.answering(api::ownClaims));
  }

  private JsonNode latestArticles(Request request) {
    int limit = limit(request);
    List<JsonNode> parts = router.fromAll(QueryStores.ARTICLES, () -> ownLatestArticles(request),
        "/api/owner/articles/latest?limit=" + limit);
    List<JsonNode> articles = merge(parts, "articles", Comparator
        .comparing((JsonNode n) -> Instant.parse(n.path("received_at").asText())).reversed()
        .thenComparing(n -> n.path("id").asText()), n -> n.path("id").asText(), limit);
    return object("articles", articles);
  }

  private JsonNode article(Request request) {
    String id = request.pathParameter("id");
    return router.byKey(QueryStores.ARTICLES, id, () -> router.local().article(id),
            "/api/owner/articles/" + segment(id))
        .orElseThrow(() -> notFound("no article '" + id + "' received in the last " + days() + " days"));
  }

  private JsonNode trending(Request request) {
    int limit = limit(request);
    String window = request.queryParameter("window").orElse("1h");
    Duration duration = window(window);
    List<JsonNode> parts = router.fromAll(QueryStores.ENTITY_MENTIONS, () -> ownTrending(request),
        "/api/owner/entities/trending?window=" + window + "&limit=" + limit);
    ObjectNode out = object("entities", merge(parts, "entities", LocalQueries.TRENDING, n -> n.path("id").asText(), limit));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    out.put("window", window);
    out.put("from", now.minus(duration).toString());
    out.put("to", now.toString());
    return out;
  }

  private JsonNode entity(Request request) {
    String id = request.pathParameter("id");
    int limit = limit(request);
    ObjectNode entity = (ObjectNode) router.byKey(QueryStores.ENTITY_MENTIONS, entityKey(id),
            () -> router.local().entity(id, limit), "/api/owner/entities/" + segment(id) + "?limit=" + limit)
        .orElseThrow(() -> notFound("no entity '" + id + "' mentioned in the last " + days() + " days"))
        .deepCopy();
    entity.set("claims_by", array(claims(List.of(new QueryFacts.Key(QueryFacts.Kind.BY, id)), limit)));
    entity.set("claims_about", array(claims(List.of(new QueryFacts.Key(QueryFacts.Kind.ABOUT, id)), limit)));
    return entity;
  }

  private JsonNode claims(Request request) {
    int limit = limit(request);
    Optional<String> source = request.queryParameter("source").map(String::strip).filter(s -> !s.isEmpty());
    Optional<String> about = request.queryParameter("about").map(String::strip).filter(s -> !s.isEmpty());
    if (source.isPresent() == about.isPresent()) {
      throw new ProblemException(Problem.of(400, "Bad Request",
          "give exactly one of source= (a source's name or entity id) and about= (an entity id)"));
    }
    List<QueryFacts.Key> keys = new ArrayList<>();
    ObjectNode out = ArticleJson.JSON.createObjectNode();
    if (source.isPresent()) {
      String s = source.get();
      out.put("source", s);
      if (s.contains(":")) {
        keys.add(new QueryFacts.Key(QueryFacts.Kind.BY, s));
      }
      keys.add(QueryFacts.Key.source(s));
    } else {
      out.put("about", about.get());
      keys.add(new QueryFacts.Key(QueryFacts.Kind.ABOUT, about.get()));
    }
    out.set("claims", array(claims(keys, limit)));
    return out;
  }

  /** The newest claims under any of {@code keys}, each once. */
  private List<JsonNode> claims(List<QueryFacts.Key> keys, int limit) {
    List<JsonNode> parts = new ArrayList<>();
    for (QueryFacts.Key key : keys) {
      router.byKey(QueryStores.CLAIMS, key.toString(),
              () -> Optional.of(object("claims", router.local().claims(key, limit))),
              "/api/owner/claims/" + segment(key.toString()) + "?limit=" + limit)
          .ifPresent(parts::add);
    }
    return merge(parts, "claims", NEWEST_FIRST,
        n -> n.path("article").path("id").asText() + "/" + n.path("id").asText(), limit);
  }

  private JsonNode ownLatestArticles(Request request) {
    router.requireReady(QueryStores.ARTICLES);
    return object("articles", router.local().latestArticles(limit(request)));
  }

  private JsonNode ownArticle(Request request) {
    String id = request.pathParameter("id");
    requireOwner(QueryStores.ARTICLES, id);
    router.requireReady(QueryStores.ARTICLES);
    return router.local().article(id).orElseThrow(() -> notFound("no article '" + id + "' here"));
  }

  private JsonNode ownTrending(Request request) {
    Duration window = window(request.queryParameter("window").orElse("1h"));
    router.requireReady(QueryStores.ENTITY_MENTIONS);
    return object("entities", router.local().trending(window, limit(request)));
  }

  private JsonNode ownEntity(Request request) {
    String id = request.pathParameter("id");
    requireOwner(QueryStores.ENTITY_MENTIONS, entityKey(id));
    router.requireReady(QueryStores.ENTITY_MENTIONS);
    router.requireReady(QueryStores.ENTITY_ARTICLES);
    return router.local().entity(id, limit(request)).orElseThrow(() -> notFound("no entity '" + id + "' here"));
  }

  private JsonNode ownClaims(Request request) {
    QueryFacts.Key key;
    try {
      key = QueryFacts.Key.parse(request.pathParameter("key"));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.of(400, "Bad Request", e.getMessage()));
    }
    requireOwner(QueryStores.CLAIMS, key.toString());
    router.requireReady(QueryStores.CLAIMS);
    return object("claims", router.local().claims(key, limit(request)));
  }

  /** A forwarded question whose key has moved since the sender looked: the sender should ask again. */
  private void requireOwner(String store, String key) {
    if (!router.isSelf(router.owner(store, key))) {
      throw new QueryUnavailable("key '" + key + "' of " + store + " is no longer owned by this instance");
    }
  }

  private Handler answering(Function<Request, JsonNode> query) {
    return request -> {
      try {
        return Response.json(200, query.apply(request)).withHeader("Cache-Control", "no-store");
      } catch (QueryUnavailable | InvalidStateStoreException e) {
        throw new ProblemException(Problem.of(503, "Service Unavailable",
                "the answer is not available right now, try again shortly: " + e.getMessage()),
            Map.of("Retry-After", RETRY_AFTER_SECONDS));
      }
    };
  }

  static int limit(Request request) {
    String raw = request.queryParameter("limit").orElse(String.valueOf(DEFAULT_LIMIT));
    try {
      int limit = Integer.parseInt(raw.strip());
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new ProblemException(Problem.of(400, "Bad Request",
        "limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + raw + "'").with("field", "limit"));
  }

  /** {@code 30m}, {@code 1h}, {@code 24h}, {@code 7d}: at most the stores' retention. */
  static Duration window(String raw) {
    Matcher m = WINDOW.matcher(raw.strip());
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      Duration d = switch (m.group(2)) {
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
      if (d.compareTo(QueryStores.RETENTION) <= 0) {
        return d;
      }
    }
    throw new ProblemException(Problem.of(400, "Bad Request",
        "window must be minutes, hours or days such as 30m, 1h, 24h, at most " + days() + "d; not '" + raw + "'")
        .with("field", "window"));
  }

  private static String entityKey(String id) {
    return new QueryFacts.Key(QueryFacts.Kind.ENTITY, id).toString();
  }

  private static List<JsonNode> merge(List<JsonNode> parts, String field, Comparator<JsonNode> order,
      Function<JsonNode, String> identity, int limit) {
    List<JsonNode> all = new ArrayList<>();
    parts.forEach(p -> p.path(field).forEach(all::add));
    all.sort(order);
    Set<String> seen = new HashSet<>();
    return all.stream().filter(n -> seen.add(identity.apply(n))).limit(limit).toList();
  }

  private static ObjectNode object(String field, List<? extends JsonNode> items) {
    ObjectNode out = ArticleJson.JSON.createObjectNode();
    out.set(field, array(items));
    return out;
  }

  private static ArrayNode array(List<? extends JsonNode> items) {
    ArrayNode array = ArticleJson.JSON.createArrayNode();
    items.forEach(array::add);
    return array;
  }

  private static ProblemException notFound(String detail) {
    return new ProblemException(Problem.of(404, "Not Found", detail));
  }

  private static long days() {
    return QueryStores.RETENTION.toDays();
  }

  /** A path segment as the endpoint decodes it: spaces as %20, since '+' stays a plus sign there. */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
