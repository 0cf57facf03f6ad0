package io.newsflow.topics;

import io.newsflow.avro.Claim;
import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.EnrichedParagraph;
import io.newsflow.avro.EntityMention;
import io.newsflow.avro.RawArticle;
import io.newsflow.serde.AvroSerde;
import io.newsflow.serde.AvroSerdeConfig;
import io.newsflow.serde.SerdeSettings;
import io.newsflow.serde.registry.RegistryClientSettings;
import io.newsflow.serde.registry.RestSchemaRegistryClient;
import io.newsflow.serde.registry.SchemaRegistryClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topic catalogue: every newsflow topic with its serdes ({@link Topic}) and its creation settings
 * ({@link TopicSpec}).
 *
 * <p>Keys are plain UTF-8 strings (article or entity ids), which every Kafka tool can show and which partition
 * the same way from any client; the dead-letter topic keeps the failed record's key bytes untouched. Values are
 * Avro in the schema registry wire format, under the {@code <topic>-value} subjects.
 *
 * <p>A catalogue is built once at start-up from the registry client (or the serde configuration) and passed to
 * whatever needs topics; nothing here is static but the fixed names and specs.
 */
public final class Topics implements AutoCloseable {

    /** Partitions of every topic unless configured otherwise: room for six instances of each service. */
    public static final int DEFAULT_PARTITIONS = 6;
    /** Raw and enriched records are kept a week: enough to re-run the pipeline after a bad deployment. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);
    /** Dead letters are kept two weeks, so a failure found after a long weekend can still be inspected and replayed. */
    public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(14);

    /**
     * Feed entries are remembered for a quarter: feeds carry entries for days or weeks, rarely longer, and an entry
     * forgotten after that is re-sent under the same article id, which the compacted enriched topic absorbs.
     */
    public static final Duration FEEDS_SEEN_RETENTION = Duration.ofDays(90);
    /** Fingerprints outlive the near-duplicate window of ingest (a week by default) with room to spare. */
    public static final Duration FINGERPRINT_RETENTION = Duration.ofDays(30);

    private static final List<TopicSpec> SPECS = List.of(
            new TopicSpec(TopicNames.RAW_ARTICLES, DEFAULT_PARTITIONS, CleanupPolicy.DELETE, DEFAULT_RETENTION),
            // Many paragraphs share one article id as key: compaction would keep only the last paragraph.
            new TopicSpec(TopicNames.ENRICHED_PARAGRAPHS, DEFAULT_PARTITIONS, CleanupPolicy.DELETE, DEFAULT_RETENTION),
            // One record per article id, and a re-run (a corrected article, a new pipeline version) supersedes the
            // earlier analysis: compaction keeps only the newest per article, deletion still ends it after a week.
            new TopicSpec(TopicNames.ENRICHED_ARTICLES, DEFAULT_PARTITIONS, CleanupPolicy.COMPACT_DELETE, DEFAULT_RETENTION),
            // Every mention is an event of its own under the entity's id; compaction would lose all but one.
            new TopicSpec(TopicNames.ENTITIES, DEFAULT_PARTITIONS, CleanupPolicy.DELETE, DEFAULT_RETENTION),
            new TopicSpec(TopicNames.CLAIMS, DEFAULT_PARTITIONS, CleanupPolicy.DELETE, DEFAULT_RETENTION),
            new TopicSpec(TopicNames.DEAD_LETTERS, DEFAULT_PARTITIONS, CleanupPolicy.DELETE, DEAD_LETTER_RETENTION),
            // Ingest's own memory, after the topics records flow through.
            // One record per feed entry; only the newest matters, and after the retention the entry may be forgotten.
            new TopicSpec(TopicNames.FEEDS_SEEN, DEFAULT_PARTITIONS, CleanupPolicy.COMPACT_DELETE, FEEDS_SEEN_RETENTION),
            // One fingerprint per article id, re-read whole at ingest start-up: compaction keeps that read short.
            new TopicSpec(TopicNames.ARTICLE_FINGERPRINTS, DEFAULT_PARTITIONS, CleanupPolicy.COMPACT_DELETE,
                    FINGERPRINT_RETENTION));

    private final Topic<String, String> feedsSeen;
    private final Topic<String, String> articleFingerprints;
    private final Topic<String, RawArticle> rawArticles;
    private final Topic<String, EnrichedParagraph> enrichedParagraphs;
    private final Topic<String, EnrichedArticle> enrichedArticles;
    private final Topic<String, EntityMention> entities;
    private final Topic<String, Claim> claims;
    private final Topic<byte[], DeadLetter> deadLetters;
    private final Optional<SchemaRegistryClient> ownedClient;
    private final SchemaRegistryClient registryClient;

    private Topics(SchemaRegistryClient client, SerdeSettings settings, Optional<SchemaRegistryClient> ownedClient) {
        this.feedsSeen = new Topic<>(TopicNames.FEEDS_SEEN, Serdes.String(), Serdes.String());
        this.articleFingerprints = new Topic<>(TopicNames.ARTICLE_FINGERPRINTS, Serdes.String(), Serdes.String());
        this.rawArticles = avroValued(TopicNames.RAW_ARTICLES, RawArticle.class, client, settings);
        this.enrichedParagraphs = avroValued(TopicNames.ENRICHED_PARAGRAPHS, EnrichedParagraph.class, client, settings);
        this.enrichedArticles = avroValued(TopicNames.ENRICHED_ARTICLES, EnrichedArticle.class, client, settings);
        this.entities = avroValued(TopicNames.ENTITIES, EntityMention.class, client, settings);
        this.claims = avroValued(TopicNames.CLAIMS, Claim.class, client, settings);
        this.deadLetters = new Topic<>(TopicNames.DEAD_LETTERS, Serdes.ByteArray(),
                AvroSerde.forValues(DeadLetter.class, client, settings));
        this.ownedClient = ownedClient;
        this.registryClient = client;
    }

    /**
     * The catalogue over a registry client the caller owns. With {@code autoRegister} false, producers only look
     * their schemas up and fail if they were not registered beforehand (the production setting).
     */
    public static Topics create(SchemaRegistryClient client, boolean autoRegister) {
        return create(client, SerdeSettings.DEFAULTS.withAutoRegister(autoRegister));
    }

    /** The catalogue over a registry client the caller owns, with full serde settings. */
    public static Topics create(SchemaRegistryClient client, SerdeSettings settings) {
        return new Topics(client, settings, Optional.empty());
    }

    /**
     * The catalogue from Confluent-style serde configuration ({@code schema.registry.url} and the keys of
     * {@link AvroSerdeConfig}); the registry client it builds is closed with the catalogue.
     */
    public static Topics create(Map<String, ?> serdeConfig) {
        AvroSerdeConfig config = new AvroSerdeConfig(serdeConfig);
        SchemaRegistryClient client = config.newRegistryClient();
        return new Topics(client, config.serdeSettings(), Optional.of(client));
    }

    /** Feed entries already published; plain strings, as the values are ids only ingest reads. */
    public Topic<String, String> feedsSeen() {
        return feedsSeen;
    }

    /** Text fingerprints of recent articles; plain strings, as only ingest reads them. */
    public Topic<String, String> articleFingerprints() {
        return articleFingerprints;
    }

    public Topic<String, RawArticle> rawArticles() {
        return rawArticles;
    }

    public Topic<String, EnrichedParagraph> enrichedParagraphs() {
        return enrichedParagraphs;
    }

    public Topic<String, EnrichedArticle> enrichedArticles() {
        return enrichedArticles;
    }

    public Topic<String, EntityMention> entities() {
        return entities;
    }

    public Topic<String, Claim> claims() {
        return claims;
    }

    public Topic<byte[], DeadLetter> deadLetters() {
        return deadLetters;
    }

    /** Every topic of the catalogue, in the order records flow through them, then ingest's own memory. */
    public List<Topic<?, ?>> all() {
        return List.of(rawArticles, enrichedParagraphs, enrichedArticles, entities, claims, deadLetters, feedsSeen,
                articleFingerprints);
    }

    /** Creation settings of every topic with their defaults, in the order records flow through them. */
    public static List<TopicSpec> specs() {
        return SPECS;
    }

    /**
     * The creation settings of one topic.
     *
     * @throws IllegalArgumentException for a name that is not in the catalogue
     */
    public static TopicSpec spec(String name) {
        return SPECS.stream().filter(spec -> spec.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Topic '" + name + "' is not in the newsflow catalogue; "
                        + "known topics: " + SPECS.stream().map(TopicSpec::name).toList()));
    }

    /**
     * Admin client requests creating every topic with {@code partitions} partitions, the given replication factor
     * (empty: the broker's default) and the default retention unless {@code retentionOverrides} names the topic.
     *
     * @throws IllegalArgumentException when an override names a topic that is not in the catalogue
     */
    public static List<NewTopic> newTopics(int partitions, Optional<Short> replicationFactor,
            Map<String, Duration> retentionOverrides) {
        retentionOverrides.keySet().forEach(Topics::spec);
        return SPECS.stream()
                .map(spec -> spec.withPartitions(partitions)
                        .withRetention(retentionOverrides.getOrDefault(spec.name(), spec.retention())))
                .map(spec -> spec.toNewTopic(replicationFactor))
                .toList();
    }

    /**
     * The catalogue over a REST client for the registry at {@code registryUrls} (comma-separated), with
     * basic authentication when {@code userInfo} ({@code user:password}) is given; the client is closed
     * with the catalogue.
     */
    public static Topics connect(String registryUrls, Optional<String> userInfo, boolean autoRegister) {
        RegistryClientSettings settings = RegistryClientSettings.forUrls(registryUrls);
        if (userInfo.isPresent()) {
            settings = settings.withUserInfo(userInfo.get());
        }
        SchemaRegistryClient client = new RestSchemaRegistryClient(settings);
        return new Topics(client, SerdeSettings.DEFAULTS.withAutoRegister(autoRegister), Optional.of(client));
    }

    /** The registry client the serdes of this catalogue use. */
    public SchemaRegistryClient registry() {
        return registryClient;
    }

    /** Closes the registry client when the catalogue built it; a client passed in stays open. */
    @Override
    public void close() {
        ownedClient.ifPresent(SchemaRegistryClient::close);
    }

    private static <V extends SpecificRecord> Topic<String, V> avroValued(String name, Class<V> type,
            SchemaRegistryClient client, SerdeSettings settings) {
        Serde<V> values = AvroSerde.forValues(type, client, settings);
        return new Topic<>(name, Serdes.String(), values);
    }
}
