package io.newsflow.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.RawArticle;
import io.newsflow.serde.registry.MockSchemaRegistryClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any raw article, whatever its text, optional fields and timestamps, reads back exactly as written. */
class RawArticleRoundTripPropertyTest {

    private static final String TOPIC = "news.articles.raw";
    /** Earliest and latest instants an ISO year 1..9999 allows, to the millisecond (timestamp-millis). */
    private static final long FIRST_MILLI = Instant.parse("0001-01-01T00:00:00Z").toEpochMilli();
    private static final long LAST_MILLI = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
    private static final List<String> NEWS_WORDS = List.of("IS-lederen", "rømling", "«kalif»", "Mosul", "Irak",
            "forsvarsministeren", "sier", "hevdet", "217", "millioner", "kroner", "ifølge", "Raqqa", "høsten", "2016",
            "\uD83D\uDCF0", "\n\n", ".", ",");

    private final MockSchemaRegistryClient registry = new MockSchemaRegistryClient();
    private final AvroSerializer<RawArticle> serializer = new AvroSerializer<>(registry);
    private final AvroDeserializer<RawArticle> deserializer = new AvroDeserializer<>(RawArticle.class, registry);

    @Property(tries = 300)
    void shouldReadBackAnyRawArticle(@ForAll("rawArticles") RawArticle article) {
        byte[] bytes = serializer.serialize(TOPIC, article);

        assertThat(deserializer.deserialize(TOPIC, bytes)).isEqualTo(article);
        assertThat(WireFormat.schemaId(TOPIC, bytes)).isEqualTo(1);
    }

    @Provide
    Arbitrary<RawArticle> rawArticles() {
        Arbitrary<String> text = Arbitraries.oneOf(newsText(), anyText(0, 200));
        Arbitrary<Instant> instants = Arbitraries.longs().between(FIRST_MILLI, LAST_MILLI).map(Instant::ofEpochMilli);
        Arbitrary<Map<String, String>> metadata = Arbitraries.maps(anyText(0, 20), text).ofMaxSize(4);
        return Builders.withBuilder(RawArticle::newBuilder)
                .use(anyText(1, 40)).in(RawArticle.Builder::setId)
                .use(text.injectNull(0.3)).in(RawArticle.Builder::setUrl)
                .use(Arbitraries.of("VG", "NRK", "Aftenposten").injectNull(0.3)).in(RawArticle.Builder::setOutlet)
                .use(text).in(RawArticle.Builder::setTitle)
                .use(text).in(RawArticle.Builder::setBody)
                .use(Arbitraries.of("text/plain", "text/html")).in(RawArticle.Builder::setContentType)
                .use(Arbitraries.of("nb", "nn", "en", "se").injectNull(0.3)).in(RawArticle.Builder::setLanguage)
                .use(instants.injectNull(0.3)).in(RawArticle.Builder::setPublishedAt)
                .use(instants).in(RawArticle.Builder::setReceivedAt)
                .use(metadata).in(RawArticle.Builder::setMetadata)
                .build(RawArticle.Builder::build);
    }

    /** Strings of real news words, Norwegian letters, an emoji and paragraph breaks. */
    private static Arbitrary<String> newsText() {
        return Arbitraries.of(NEWS_WORDS).list().ofMaxSize(60).map(words -> String.join(" ", words));
    }

    /** Any valid Unicode text of {@code min} to {@code max} code points: all planes, no lone surrogates. */
    private static Arbitrary<String> anyText(int min, int max) {
        return Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                .filter(codePoint -> codePoint < Character.MIN_SURROGATE || codePoint > Character.MAX_SURROGATE)
                .list().ofMinSize(min).ofMaxSize(max)
                .map(codePoints -> new String(codePoints.stream().mapToInt(Integer::intValue).toArray(), 0, codePoints.size()));
    }
}
