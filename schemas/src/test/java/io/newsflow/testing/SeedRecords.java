package io.newsflow.testing;

import io.newsflow.avro.CanonicalEntity;
import io.newsflow.avro.Claim;
import io.newsflow.avro.ClaimKind;
import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.EnrichedParagraph;
import io.newsflow.avro.EntityMention;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.Header;
import io.newsflow.avro.Mention;
import io.newsflow.avro.ParagraphKind;
import io.newsflow.avro.PipelineInfo;
import io.newsflow.avro.RawArticle;
import io.newsflow.avro.ResolvedSource;
import io.newsflow.avro.SentenceSpan;
import io.newsflow.avro.TextSpan;
import io.newsflow.avro.Value;
import io.newsflow.avro.ValueType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Records of every type built from the reference article (seeds/000_ed2e174162a10500.txt) and its gold annotation:
 * real Norwegian sentences with the gold offsets (Unicode code points into the paragraph, end exclusive).
 */
public final class SeedRecords {

    public static final String ARTICLE_ID = "000_ed2e174162a10500";
    public static final Instant PUBLISHED = Instant.parse("2017-06-16T06:00:00Z");
    public static final Instant RECEIVED = Instant.parse("2017-06-16T06:00:04.250Z");

    public static final String P1 = "IS-lederen har gått fra å være «kalif» til å være rømling. Den russiske "
            + "forsvarsministeren sier de nå undersøker om ett av deres angrep kan ha drept Abu Bakr al-Baghdadi.";
    public static final String P11 = "Han sies å omringe seg av kun en liten gruppe betrodde sikkerhetsvakter, og han "
            + "bytter oppholdssted ofte for ikke å bli avslørt. Når han forflytter seg bruker han, ifølge det irakiske "
            + "forsvaret, kun vanlige biler, brukt av bønder i regionen, for ikke å vekke oppmerksomhet.";
    public static final String P23 = "USA har utlovet en dusør til på 217 millioner kroner for informasjon som kan "
            + "føre til hans pågripelse.";

    private SeedRecords() {
    }

    /** The piece of {@code text} between code point offsets {@code start} (inclusive) and {@code end} (exclusive). */
    public static TextSpan span(String text, int start, int end) {
        return new TextSpan(start, end, codePoints(text, start, end));
    }

    public static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    public static RawArticle rawArticle() {
        return RawArticle.newBuilder()
                .setId(ARTICLE_ID)
                .setUrl("https://www.vg.no/nyheter/utenriks/i/ed2e174162a10500")
                .setOutlet("VG")
                .setTitle("Drept, igjen?")
                .setBody(P1 + "\n\n" + P11 + "\n\n" + P23)
                .setLanguage("nb")
                .setPublishedAt(PUBLISHED)
                .setReceivedAt(RECEIVED)
                .setMetadata(Map.of("section", "utenriks", "feed", "vg-rss"))
                .build();
    }

    /** Claim c1: attributed and hedged, "Den russiske forsvarsministeren sier ...". */
    public static Claim claimC1() {
        return Claim.newBuilder()
                .setId("c1")
                .setArticleId(ARTICLE_ID)
                .setParagraph(1)
                .setKind(ClaimKind.ATTRIBUTED)
                .setSource(span(P1, 59, 90))
                .setCue(span(P1, 91, 95))
                .setContent(span(P1, 96, 169))
                .setContentParts(List.of(span(P1, 96, 169)))
                .setHedged(true)
                .setHedges(List.of(span(P1, 136, 142)))
                .setDisputed(false)
                .setLanguage("nb")
                .setPublishedAt(PUBLISHED)
                .build();
    }

    /** Claim c5: attributed to "det irakiske forsvaret", its content interrupted by "ifølge ...". */
    public static Claim claimC5() {
        return Claim.newBuilder()
                .setId("c5")
                .setArticleId(ARTICLE_ID)
                .setParagraph(11)
                .setKind(ClaimKind.ATTRIBUTED)
                .setSource(span(P11, 171, 193))
                .setSourceResolved(new ResolvedSource("det irakiske forsvaret", "irak", EntityType.GPE_ORG))
                .setCue(span(P11, 164, 170))
                .setContent(span(P11, 129, 272))
                .setContentParts(List.of(span(P11, 129, 162), span(P11, 195, 272)))
                .setHedged(false)
                .setDisputed(false)
                .setLanguage("nb")
                .build();
    }

    /** Statement f4: factual, check-worthy, no source. */
    public static Claim factualF4() {
        return Claim.newBuilder()
                .setId("f4")
                .setArticleId(ARTICLE_ID)
                .setParagraph(23)
                .setKind(ClaimKind.FACTUAL)
                .setContent(span(P23, 0, 101))
                .setContentParts(List.of(span(P23, 0, 101)))
                .setHedged(false)
                .setDisputed(false)
                .setCheckworthiness(0.82)
                .setLanguage("nb")
                .setPublishedAt(PUBLISHED)
                .build();
    }

    public static EnrichedParagraph paragraph1() {
        return EnrichedParagraph.newBuilder()
                .setArticleId(ARTICLE_ID)
                .setIndex(1)
                .setKind(ParagraphKind.BODY)
                .setText(P1)
                .setLanguage("nb")
                .setSentences(List.of(new SentenceSpan(0, 58, 14), new SentenceSpan(59, 170, 19)))
                .setEntities(List.of(
                        new Mention(0, 10, "IS-lederen", EntityType.DRV, "is", "IS"),
                        new Mention(149, 169, "Abu Bakr al-Baghdadi", EntityType.PER, "abu-bakr-al-baghdadi",
                                "Abu Bakr al-Baghdadi")))
                .setClaims(List.of(claimC1()))
                .build();
    }

    public static EnrichedParagraph paragraph23() {
        return EnrichedParagraph.newBuilder()
                .setArticleId(ARTICLE_ID)
                .setIndex(23)
                .setKind(ParagraphKind.BODY)
                .setText(P23)
                .setLanguage("nb")
                .setSentences(List.of(new SentenceSpan(0, 102, 19)))
                .setEntities(List.of(new Mention(0, 3, "USA", EntityType.GPE_ORG, "usa", "USA")))
                .setValues(List.of(new Value(32, 52, "217 millioner kroner", ValueType.MONEY, "NOK 217000000")))
                .setClaims(List.of(factualF4()))
                .build();
    }

    public static EnrichedArticle enrichedArticle() {
        return EnrichedArticle.newBuilder()
                .setId(ARTICLE_ID)
                .setUrl("https://www.vg.no/nyheter/utenriks/i/ed2e174162a10500")
                .setOutlet("VG")
                .setTitle("Drept, igjen?")
                .setLanguage("nb")
                .setPublishedAt(PUBLISHED)
                .setReceivedAt(RECEIVED)
                .setEnrichedAt(Instant.parse("2017-06-16T06:00:04.731Z"))
                .setParagraphs(List.of(paragraph1(), paragraph23()))
                .setEntities(List.of(
                        new CanonicalEntity("abu-bakr-al-baghdadi", "Abu Bakr al-Baghdadi", EntityType.PER, 1, List.of()),
                        new CanonicalEntity("is", "IS", EntityType.ORG, 1, List.of("IS-lederen")),
                        new CanonicalEntity("usa", "USA", EntityType.GPE_ORG, 1, List.of())))
                .setClaims(List.of(claimC1(), factualF4()))
                .setPipeline(new PipelineInfo("0.1.0", Map.of("sentences", 412L, "entities", 1830L, "claims", 977L)))
                .setMetadata(Map.of("section", "utenriks"))
                .build();
    }

    public static EntityMention baghdadiInParagraph1() {
        return EntityMention.newBuilder()
                .setEntityId("abu-bakr-al-baghdadi")
                .setEntityName("Abu Bakr al-Baghdadi")
                .setType(EntityType.PER)
                .setArticleId(ARTICLE_ID)
                .setParagraph(1)
                .setStart(149)
                .setEnd(169)
                .setText("Abu Bakr al-Baghdadi")
                .setSentence(codePoints(P1, 59, 170))
                .setOutlet("VG")
                .setPublishedAt(PUBLISHED)
                .setLanguage("nb")
                .build();
    }

    public static DeadLetter deadLetter() {
        return DeadLetter.newBuilder()
                .setSourceTopic("news.articles.raw")
                .setPartition(3)
                .setOffset(18_446L)
                .setStage("deserialize")
                .setReason("Record on topic news.articles.raw starts with byte 0x7b ('{'), not the magic byte 0x00")
                .setErrorClass("io.newsflow.serde.UnknownMagicByteException")
                .setKey(utf8(ARTICLE_ID))
                .setValue(utf8("{\"title\": \"Drept, igjen?\"}"))
                .setHeaders(List.of(new Header("content-type", utf8("application/json")), new Header("retry", null)))
                .setTime(Instant.parse("2017-06-16T06:00:05Z"))
                .setApplicationId("newsflow-enrich")
                .build();
    }

    /** One record of every top-level type. */
    public static List<org.apache.avro.specific.SpecificRecord> everyTopLevelRecord() {
        return List.of(rawArticle(), paragraph1(), enrichedArticle(), baghdadiInParagraph1(), claimC5(), deadLetter());
    }

    private static ByteBuffer utf8(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }
}
