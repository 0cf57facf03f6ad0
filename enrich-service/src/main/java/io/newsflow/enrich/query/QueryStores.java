package io.newsflow.enrich.query;

import io.newsflow.avro.EnrichedArticle;
import io.newsflow.topics.Topic;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The stores the query API reads, all built from {@code news.articles.enriched} read back, so the
 * read side depends on the published topic only and an article's key there (its id) decides which
 * instance holds it:
 *
 * <pre>
 *   news.articles.enriched ──┬─▶ articles           (article id → article JSON, at its record time)
 *                            └─▶ facts ─▶ repartition by index key ─┬─▶ entity-mentions (entity id → 5-minute mention count)
 *                                                                   ├─▶ entity-articles (entity id → the articles naming it)
 *                                                                   └─▶ claims          (by:/about:/src: key → claim JSON)
 * </pre>
 *
 * <p>Every store is a window store: entries are placed at the record's timestamp (when newsflow
 * received the article) and whole segments are dropped once stream time has moved past the
 * retention, so no store grows without bound. Values are the JSON the API serves, which keeps the
 * read path free of Avro and the schema registry.
 */
public final class QueryStores {
  public static final String ARTICLES = "query-articles";
  public static final String ENTITY_MENTIONS = "query-entity-mentions";
  public static final String ENTITY_ARTICLES = "query-entity-articles";
  public static final String CLAIMS = "query-claims";

  /** How long everything stays queryable: a week of news, well beyond the 24-hour trending window. */
  public static final Duration RETENTION = Duration.ofDays(7);
  /** Mentions are counted per bucket; trending windows and the entity chart add buckets up. */
  public static final Duration BUCKET = Duration.ofMinutes(5);

  private static final String FACTS_TOPIC = "query-facts-by-key";

  private QueryStores() {}

  /**
   * The topic each store is filled from, whose partitions are the store's: {@code
   * news.articles.enriched} for the articles, the repartition topic of the facts for the rest.
   */
  public static Map<String, String> sourceTopics(String applicationId, String enrichedArticles) {
    String facts = applicationId + "-" + FACTS_TOPIC + "-repartition";
    return Map.of(ARTICLES, enrichedArticles, ENTITY_MENTIONS, facts, ENTITY_ARTICLES, facts, CLAIMS, facts);
  }

  /** Adds the query stores and the processors that fill them to {@code builder}. */
  public static void add(StreamsBuilder builder, Topic<String, EnrichedArticle> enrichedArticles) {
    builder.addStateStore(Stores.windowStoreBuilder(
        Stores.persistentWindowStore(ARTICLES, RETENTION, Duration.ofMillis(1), false),
        Serdes.String(), Serdes.String()));
    builder.addStateStore(Stores.windowStoreBuilder(
        Stores.persistentWindowStore(ENTITY_MENTIONS, RETENTION, BUCKET, false),
        Serdes.String(), Serdes.String()));
    // Duplicates are kept: one entry per article naming the entity, several at the same instant.
    builder.addStateStore(Stores.windowStoreBuilder(
        Stores.persistentWindowStore(ENTITY_ARTICLES, RETENTION, Duration.ofMillis(1), true),
        Serdes.String(), Serdes.String()).withCachingDisabled());
    builder.addStateStore(Stores.windowStoreBuilder(
        Stores.persistentWindowStore(CLAIMS, RETENTION, Duration.ofMillis(1), true),
        Serdes.String(), Serdes.String()).withCachingDisabled());

    KStream<String, EnrichedArticle> articles = builder.stream(enrichedArticles.name(),
        Consumed.with(enrichedArticles.keySerde(), enrichedArticles.valueSerde()).withName("query-read-articles"));
    articles.process(ArticleWriter::new, Named.as("query-store-articles"), ARTICLES);
    articles.flatMap((id, article) -> QueryFacts.of(article), Named.as("query-facts"))
        .repartition(Repartitioned.with(Serdes.String(), Serdes.String()).withName(FACTS_TOPIC))
        .process(FactWriter::new, Named.as("query-store-facts"), ENTITY_MENTIONS, ENTITY_ARTICLES, CLAIMS);
  }

  /** Keeps each article's JSON view under its id. */
  private static final class ArticleWriter implements Processor<String, EnrichedArticle, Void, Void> {
    private WindowStore<String, String> store;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
      store = context.getStateStore(ARTICLES);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
      if (record.key() == null || record.value() == null) {
        return; // a tombstone or a foreign record: nothing to show
      }
      store.put(record.key(), QueryFacts.articleJson(record.value()), record.timestamp());
    }
  }

  /** Files each fact under its index key, and counts entity mentions per bucket. */
  private static final class FactWriter implements Processor<String, String, Void, Void> {
    private WindowStore<String, String> mentions;
    private WindowStore<String, String> entityArticles;
    private WindowStore<String, String> claims;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
      mentions = context.getStateStore(ENTITY_MENTIONS);
      entityArticles = context.getStateStore(ENTITY_ARTICLES);
      claims = context.getStateStore(CLAIMS);
    }

    @Override
    public void process(Record<String, String> record) {
      QueryFacts.Key key = QueryFacts.Key.parse(record.key());
      long time = record.timestamp();
      if (key.kind() == QueryFacts.Kind.ENTITY) {
        entityArticles.put(key.value(), record.value(), time);
        long bucket = time - Math.floorMod(time, BUCKET.toMillis());
        String counted = QueryFacts.addMentions(mentions.fetch(key.value(), bucket), record.value());
        mentions.put(key.value(), counted, bucket);
      } else {
        claims.put(record.key(), record.value(), time);
      }
    }
  }
}
