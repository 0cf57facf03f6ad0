package io.newsflow.localstack.registry;

/**
 * Evolutions of a raw-article record, as the ingest service might register them. Each constant is
 * one step; the comments say how it relates to {@link #V1}.
 */
final class ArticleSchemas {

    static final String V1 = """
            {"type": "record", "name": "RawArticle", "namespace": "io.newsflow.avro",
             "fields": [
               {"name": "url", "type": "string"},
               {"name": "title", "type": "string"},
               {"name": "body", "type": "string"}
             ]}""";

    /** V1 written differently: other whitespace, other attribute order, long-form primitive types. */
    static final String V1_REFORMATTED = """
            {"namespace":"io.newsflow.avro","name":"RawArticle","type":"record","fields":[
            {"type":{"type":"string"},"name":"url"},{"name":"title","type":"string"},{"name":"body","type":{"type":"string"}}]}""";

    /** Adds an optional language with a default: backward and forward compatible with V1. */
    static final String V2_WITH_LANGUAGE = """
            {"type": "record", "name": "RawArticle", "namespace": "io.newsflow.avro",
             "fields": [
               {"name": "url", "type": "string"},
               {"name": "title", "type": "string"},
               {"name": "body", "type": "string"},
               {"name": "language", "type": "string", "default": "nb"}
             ]}""";

    /**
     * V2_WITH_LANGUAGE with the language's default removed: V2 data always has a language, V1 data
     * does not, so this follows V2 but not V1.
     */
    static final String V3_LANGUAGE_REQUIRED = """
            {"type": "record", "name": "RawArticle", "namespace": "io.newsflow.avro",
             "fields": [
               {"name": "url", "type": "string"},
               {"name": "title", "type": "string"},
               {"name": "body", "type": "string"},
               {"name": "language", "type": "string"}
             ]}""";

    /** Adds a required published date without a default: not backward compatible with V1. */
    static final String V2_WITH_REQUIRED_DATE = """
            {"type": "record", "name": "RawArticle", "namespace": "io.newsflow.avro",
             "fields": [
               {"name": "url", "type": "string"},
               {"name": "title", "type": "string"},
               {"name": "body", "type": "string"},
               {"name": "published", "type": {"type": "long", "logicalType": "timestamp-millis"}}
             ]}""";

    /** Drops the body: backward compatible (a reader ignores it) but not forward compatible. */
    static final String V2_WITHOUT_BODY = """
            {"type": "record", "name": "RawArticle", "namespace": "io.newsflow.avro",
             "fields": [
               {"name": "url", "type": "string"},
               {"name": "title", "type": "string"}
             ]}""";

    /** A different record altogether: the paragraphs derived from an article. */
    static final String PARAGRAPH = """
            {"type": "record", "name": "Paragraph", "namespace": "io.newsflow.avro",
             "fields": [
               {"name": "articleUrl", "type": "string"},
               {"name": "index", "type": "int"},
               {"name": "text", "type": "string"}
             ]}""";

    /** A claim found in an article; registered by the deletion tests only, so its id is theirs alone. */
    static final String CLAIM = """
            {"type": "record", "name": "Claim", "namespace": "io.newsflow.avro",
             "fields": [
               {"name": "source", "type": "string"},
               {"name": "content", "type": "string"}
             ]}""";

    /** CLAIM with an optional hedging flag: backward compatible with CLAIM. */
    static final String CLAIM_WITH_HEDGING = """
            {"type": "record", "name": "Claim", "namespace": "io.newsflow.avro",
             "fields": [
               {"name": "source", "type": "string"},
               {"name": "content", "type": "string"},
               {"name": "hedged", "type": "boolean", "default": false}
             ]}""";

    private ArticleSchemas() {
    }

    /**
     * {@code schema} with its record renamed by a suffix: the same shape, but a different schema
     * and hence its own id, for tests that share a registry and count the users of an id.
     */
    static String renamed(String schema, String suffix) {
        String renamed = schema;
        for (String record : new String[] {"RawArticle", "Paragraph", "Claim"}) {
            renamed = renamed.replace("\"" + record + "\"", "\"" + record + suffix + "\"");
        }
        return renamed;
    }
}
