package io.newsflow.enrich;

import io.newsflow.avro.DeadLetter;
import io.newsflow.enrich.EnrichProcessor.Outcome;
import io.newsflow.enrich.query.QueryStores;
import io.newsflow.topics.Topics;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The enrich topology, the whole of it:
 *
 * <pre>
 *   news.articles.raw ──▶ enrich ──┬─ enriched ──┬─▶ news.paragraphs.enriched  (article id → paragraph)
 *     (bytes, decoded    (decode,  │             ├─▶ news.articles.enriched    (article id → article)
 *      inside enrich)     validate,│             ├─▶ news.entities             (entity id → mention)
 *                         analyse) │             └─▶ news.claims               (article id → claim)
 *                                  └─ rejected ────▶ news.dlq                  (original key → dead letter)
 *
 *   news.articles.enriched ──▶ query stores (latest articles, entity mentions and articles, claims)
 * </pre>
 *
 * <p>Raw records are read as bytes and decoded by the enrich step itself, so that a record which
 * is not Avro, carries an unknown schema id or is not text reaches the dead-letter topic with its
 * original bytes and the reason, inside the same transaction as everything else, and the stream
 * goes on. Outputs are written with explicit serdes from the topic catalogue.
 *
 * <p>The query API's stores are filled from the published articles read back, not from the
 * stream above, so they are partitioned by the article id the topic is keyed by: see {@link
 * QueryStores}.
 */
public final class EnrichTopology {
  private EnrichTopology() {}

  /** Everything the topology needs besides the builder. */
  public record Parts(
      Topics topics, ArticleEnricher enricher, ArticleValidator validator, EnrichMetrics metrics,
      String applicationId, Duration registryRetry) {}

  public static Topology build(StreamsBuilder builder, Parts parts) {
    Topics topics = parts.topics();
    KStream<String, Outcome> outcomes = builder
        .stream(topics.rawArticles().name(),
            Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-raw-articles"))
        .process(() -> new EnrichProcessor(topics.rawArticles(), parts), Named.as("enrich"));

    Map<String, KStream<String, Outcome>> branches = outcomes.split(Named.as("outcome-"))
        .branch((key, outcome) -> outcome instanceof Outcome.Enriched, Branched.as("enriched"))
        .defaultBranch(Branched.as("rejected"));

    KStream<String, EnrichedRecords.Enrichment> enriched =
        branches.get("outcome-enriched").mapValues(o -> ((Outcome.Enriched) o).enrichment(), Named.as("enrichment"));

    enriched.flatMapValues(EnrichedRecords.Enrichment::paragraphs, Named.as("paragraphs"))
        .to(topics.enrichedParagraphs().name(), produced(topics.enrichedParagraphs(), "write-paragraphs"));
    enriched.mapValues(EnrichedRecords.Enrichment::article, Named.as("articles"))
        .to(topics.enrichedArticles().name(), produced(topics.enrichedArticles(), "write-articles"));
    // Keyed by entity, so that one consumer sees every mention of an entity in order.
    enriched.flatMap((id, e) -> e.mentions().stream().map(m -> KeyValue.pair(m.getEntityId(), m)).toList(),
            Named.as("mentions-by-entity"))
        .to(topics.entities().name(), produced(topics.entities(), "write-entities"));
    enriched.flatMapValues(EnrichedRecords.Enrichment::claims, Named.as("claims"))
        .to(topics.claims().name(), produced(topics.claims(), "write-claims"));

    branches.get("outcome-rejected")
        .map((key, o) -> {
          Outcome.Rejected rejected = (Outcome.Rejected) o;
          return KeyValue.<byte[], DeadLetter>pair(rejected.originalKey(), rejected.deadLetter());
        }, Named.as("dead-letters"))
        .to(topics.deadLetters().name(), produced(topics.deadLetters(), "write-dead-letters"));

    QueryStores.add(builder, topics.enrichedArticles());
    return builder.build();
  }

  private static <K, V> Produced<K, V> produced(io.newsflow.topics.Topic<K, V> topic, String name) {
    return Produced.with(topic.keySerde(), topic.valueSerde()).withName(name);
  }
}
