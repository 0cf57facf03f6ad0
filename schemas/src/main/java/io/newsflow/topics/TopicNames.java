package io.newsflow.topics;

/** The name of every newsflow topic, in the order records flow through them. */
public final class TopicNames {

    /** Articles as received (key: article id, value: {@code RawArticle}). */
    public static final String RAW_ARTICLES = "news.articles.raw";
    /** One record per analysed paragraph (key: article id, value: {@code EnrichedParagraph}). */
    public static final String ENRICHED_PARAGRAPHS = "news.paragraphs.enriched";
    /** One record per analysed article (key: article id, value: {@code EnrichedArticle}). */
    public static final String ENRICHED_ARTICLES = "news.articles.enriched";
    /** One record per entity mention (key: canonical entity id, value: {@code EntityMention}). */
    public static final String ENTITIES = "news.entities";
    /** One record per claim (key: article id, value: {@code Claim}). */
    public static final String CLAIMS = "news.claims";
    /** Records no service could handle (key: the original key bytes, value: {@code DeadLetter}). */
    public static final String DEAD_LETTERS = "news.dlq";
    /**
     * Feed entries ingest has published (key: entry id from the feed's GUID or the entry's canonical URL, value: the
     * article id it was published as). Compacted, so a restarted poller knows what it already sent.
     */
    public static final String FEEDS_SEEN = "news.feeds.seen";
    /**
     * Text fingerprints of recent articles (key: article id, value: {@code <Base64 MinHash signature> <epoch
     * millis>}), from which ingest finds near-duplicates again after a restart.
     */
    public static final String ARTICLE_FINGERPRINTS = "news.articles.fingerprints";

    private TopicNames() {
    }
}
