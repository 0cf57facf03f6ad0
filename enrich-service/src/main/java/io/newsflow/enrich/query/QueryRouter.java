package io.newsflow.enrich.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.enrich.ArticleJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets an answer from the instance that has it. Kafka Streams knows which instance owns which
 * partition of each store ({@code application.server} is every instance's advertised host:port):
 * a question about one key goes to the key's owner; a list question goes to every instance holding
 * the store, and the caller merges the parts. Forwarded requests go to the {@code /api/owner/}
 * routes, which answer from local stores only, so a request is forwarded at most once.
 */
public final class QueryRouter {
  private static final Logger LOG = LoggerFactory.getLogger(QueryRouter.class);
  private static final Serializer<String> KEYS = new StringSerializer();
  /** Sent with every forwarded request, so logs on the owner show where it came from. */
  static final String FORWARDED_BY = "X-Newsflow-Forwarded-By";

  private final KafkaStreams streams;
  private final HostInfo self;
  private final HttpClient http;
  private final Duration timeout;
  private final LocalQueries local;
  private final Map<String, String> sourceTopics;

  /**
   * @param sourceTopics the topic each store is filled from ({@link QueryStores#sourceTopics})
   */
  public QueryRouter(KafkaStreams streams, HostInfo self, Duration timeout, Map<String, String> sourceTopics) {
    this.streams = streams;
    this.sourceTopics = Map.copyOf(sourceTopics);
    this.self = self;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    this.local = new LocalQueries(
        name -> streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.windowStore())),
        Clock.systemUTC(),
        () -> streams.metadataForLocalThreads().stream().flatMap(t -> t.activeTasks().stream())
            .map(TaskMetadata::taskId).collect(Collectors.toSet()));
  }

  public LocalQueries local() {
    return local;
  }

  public HostInfo self() {
    return self;
  }

  /** The instance that owns {@code key} in {@code store}. */
  public HostInfo owner(String store, String key) {
    KeyQueryMetadata metadata;
    try {
      metadata = streams.queryMetadataForKey(store, key, KEYS);
    } catch (InvalidStateStoreException e) {
      throw new QueryUnavailable("the stores are not ready: " + e.getMessage(), e);
    }
    if (metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE)
        || metadata.activeHost().equals(HostInfo.unavailable())) {
      throw new QueryUnavailable("no instance owns " + store + " key '" + key + "' right now (rebalancing)");
    }
    return metadata.activeHost();
  }

  public boolean isSelf(HostInfo host) {
    return host.equals(self);
  }

  /**
   * The owner's answer about {@code key}: computed here when this instance owns it, else fetched
   * from {@code ownerPath} on the owner; empty when the owner has nothing (404).
   */
  public Optional<JsonNode> byKey(String store, String key, Supplier<Optional<? extends JsonNode>> here,
      String ownerPath) {
    HostInfo owner = owner(store, key);
    if (isSelf(owner)) {
      requireReady(store);
      return here.get().map(JsonNode.class::cast);
    }
    return join(fetch(owner, ownerPath));
  }

  /** The parts of a list answer from every instance holding {@code store}, this one's computed here. */
  public List<JsonNode> fromAll(String store, Supplier<JsonNode> here, String ownerPath) {
    List<HostInfo> hosts;
    try {
      // Instances holding only standby copies are left out: their answers would be stale or empty.
      hosts = streams.streamsMetadataForStore(store).stream()
          .filter(m -> m.stateStoreNames().contains(store))
          .map(StreamsMetadata::hostInfo).distinct().toList();
    } catch (InvalidStateStoreException e) {
      throw new QueryUnavailable("the stores are not ready: " + e.getMessage(), e);
    }
    if (hosts.isEmpty()) {
      throw new QueryUnavailable("no instance holds " + store + " yet (starting or rebalancing)");
    }
    List<CompletableFuture<Optional<JsonNode>>> remote = new ArrayList<>();
    for (HostInfo host : hosts) {
      if (!isSelf(host)) {
        remote.add(fetch(host, ownerPath));
      }
    }
    List<JsonNode> parts = new ArrayList<>();
    if (hosts.stream().anyMatch(this::isSelf)) {
      requireReady(store);
      parts.add(here.get());
    }
    for (CompletableFuture<Optional<JsonNode>> part : remote) {
      join(part).ifPresent(parts::add);
    }
    return parts;
  }

  /**
   * Makes sure every partition of {@code store} assigned to this instance can be read. Right after a
   * rebalance a newly assigned partition is still being restored, and Kafka Streams leaves it out of
   * the store silently: a list would miss its entries, a lookup would say "not found".
   */
  public void requireReady(String store) {
    String topic = sourceTopics.get(store);
    if (topic == null) {
      throw new IllegalArgumentException("no source topic known for store " + store);
    }
    try {
      StreamsMetadata mine = streams.metadataForAllStreamsClients().stream()
          .filter(m -> isSelf(m.hostInfo())).findFirst()
          .orElseThrow(() -> new QueryUnavailable("this instance has no partitions yet (rebalancing)"));
      for (TopicPartition partition : mine.topicPartitions()) {
        if (partition.topic().equals(topic)) {
          // The store handle is resolved lazily: only a read finds out whether the partition is there.
          streams.store(StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.<String, String>windowStore())
              .withPartition(partition.partition())).fetch("", 0L);
        }
      }
    } catch (InvalidStateStoreException e) {
      throw new QueryUnavailable(store + " is being restored here: " + e.getMessage(), e);
    }
  }

  private CompletableFuture<Optional<JsonNode>> fetch(HostInfo host, String path) {
    URI uri = URI.create("http://" + host.host() + ":" + host.port() + path);
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
        .header("Accept", "application/json")
        .header(FORWARDED_BY, self.host() + ":" + self.port())
        .GET().build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
      switch (response.statusCode()) {
        case 200:
          try {
            return Optional.of(ArticleJson.JSON.readTree(response.body()));
          } catch (IOException e) {
            throw new QueryUnavailable("instance " + host + " answered malformed JSON", e);
          }
        case 404:
          return Optional.<JsonNode>empty();
        default:
          throw new QueryUnavailable("instance " + host + " answered " + response.statusCode() + " to " + path);
      }
    });
  }

  private static Optional<JsonNode> join(CompletableFuture<Optional<JsonNode>> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof QueryUnavailable unavailable) {
        throw unavailable;
      }
      LOG.debug("forwarded query failed", e.getCause());
      throw new QueryUnavailable("another instance did not answer: " + e.getCause(), e.getCause());
    }
  }
}
