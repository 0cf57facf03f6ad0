package io.newsflow.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.avro.Claim;
import io.newsflow.avro.EnrichedParagraph;
import io.newsflow.avro.RawArticle;
import io.newsflow.serde.registry.IncompatibleSchemaException;
import io.newsflow.serde.registry.MockSchemaRegistryClient;
import io.newsflow.serde.registry.RestSchemaRegistryClient;
import io.newsflow.serde.registry.SchemaRegistryUnavailableException;
import io.newsflow.serde.registry.UnknownSchemaIdException;
import io.newsflow.testing.SeedRecords;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Every way a record can be unreadable ends in its own SerializationException, naming topic and schema id. */
class AvroDeserializerErrorsTest {

    private static final String TOPIC = "news.articles.raw";

    private final MockSchemaRegistryClient registry = new MockSchemaRegistryClient();
    private final AvroDeserializer<RawArticle> deserializer = new AvroDeserializer<>(RawArticle.class, registry);
    private final byte[] valid = new AvroSerializer<RawArticle>(registry).serialize(TOPIC, SeedRecords.rawArticle());

    @Test
    void shouldRefuseARecordThatIsNotInTheWireFormat() {
        byte[] json = "{\"id\":\"000_ed2e174162a10500\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, json))
                .isInstanceOf(UnknownMagicByteException.class)
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("0x7b");
    }

    @Test
    void shouldRefuseARecordCutInsideItsHeader() {
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, Arrays.copyOf(valid, 4)))
                .isInstanceOf(TruncatedPayloadException.class)
                .hasMessageContaining("4 byte(s) long");
    }

    @Test
    void shouldRefuseARecordCutInsideItsAvroData() {
        byte[] cut = Arrays.copyOf(valid, valid.length / 2);

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, cut))
                .isInstanceOf(TruncatedPayloadException.class)
                .hasMessageStartingWith("Record on topic news.articles.raw (schema id 1, " + cut.length
                        + " bytes) ends in the middle of its Avro data");
    }

    @Test
    void shouldRefuseAStringWithInvalidUtf8InsteadOfReplacingItSilently() {
        // Header, then an id string of 4 bytes: "Bod", then 0xC3 without its continuation byte (a cut "ø").
        byte[] brokenId = HexFormat.of().parseHex("00" + "00000001" + "08" + "426f64c3");

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, brokenId))
                .isInstanceOf(InvalidAvroPayloadException.class)
                .hasMessageContaining("a string of 4 bytes is not valid UTF-8");
    }

    @Test
    void shouldReadNorwegianLettersAndEmojiInStrings() {
        RawArticle article = SeedRecords.rawArticle();
        article.setTitle("Blåbærsyltetøy og 🍓 på Ærøy");
        byte[] bytes = new AvroSerializer<RawArticle>(registry).serialize(TOPIC, article);

        assertThat(deserializer.deserialize(TOPIC, bytes).getTitle()).isEqualTo("Blåbærsyltetøy og 🍓 på Ærøy");
    }

    @Test
    void shouldRefuseAStringLongerThanTheRecordInsteadOfRunningOutOfMemory() {
        // Header, then an id string claiming 2^30 bytes (zig-zag varint 80 80 80 80 08) followed by two bytes.
        byte[] claimsAGigabyte = HexFormat.of().parseHex("00" + "00000001" + "8080808008" + "6162");

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, claimsAGigabyte))
                .isInstanceOf(TruncatedPayloadException.class)
                .hasMessageEndingWith("a string claims 1073741824 bytes in a record of 7 bytes");
    }

    @Test
    void shouldRefuseAnArrayWithMoreItemsThanTheRecordHasBytes() {
        int id = registry.register("news.paragraphs.enriched-value", EnrichedParagraph.getClassSchema());
        // article_id "", index 1, kind BODY, text "", language "", then a sentences block claiming 2^30 items.
        byte[] claimsABillionSentences = HexFormat.of().parseHex("00" + String.format("%08x", id)
                + "00" + "02" + "00" + "00" + "00" + "8080808008");

        assertThatThrownBy(() -> new AvroDeserializer<>(EnrichedParagraph.class, registry)
                .deserialize("news.paragraphs.enriched", claimsABillionSentences))
                .isInstanceOf(InvalidAvroPayloadException.class)
                .hasMessageContaining("a block of an array claims 1073741824 items in a record of 10 bytes");
    }

    @Test
    void shouldRefuseARecordWithBytesLeftOverAfterIt() {
        byte[] padded = Arrays.copyOf(valid, valid.length + 3);

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, padded))
                .isInstanceOf(InvalidAvroPayloadException.class)
                .hasMessageStartingWith("Record on topic news.articles.raw is not valid Avro for schema id 1: bytes are left over");
    }

    @Test
    void shouldRefuseARecordWhoseBytesDoNotFollowTheWriterSchema() {
        // RawArticle's second field is a union ["null","string"]: branch index 5 (zig-zag 0x0a) does not exist.
        byte[] corrupt = valid.clone();
        int unionIndexAt = 5 + 1 + SeedRecords.ARTICLE_ID.length();
        corrupt[unionIndexAt] = 0x0a;

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, corrupt))
                .isInstanceOf(InvalidAvroPayloadException.class)
                .hasMessageStartingWith("Record on topic news.articles.raw is not valid Avro for schema id 1: ");
    }

    @Test
    void shouldRefuseASchemaIdTheRegistryDoesNotKnow() {
        byte[] unknownId = valid.clone();
        unknownId[4] = 99;

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, unknownId))
                .isInstanceOf(UnknownSchemaIdException.class)
                .hasMessageStartingWith("Cannot read a record from topic news.articles.raw (schema id 99): Schema id 99 is not known")
                .satisfies(e -> assertThat(((UnknownSchemaIdException) e).schemaId()).isEqualTo(99));
    }

    @Test
    void shouldReportAnUnavailableRegistryAsSuch() {
        registry.setAvailable(false);

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, valid))
                .isInstanceOf(SchemaRegistryUnavailableException.class)
                .hasMessageStartingWith("Cannot read a record from topic news.articles.raw (schema id 1)");
    }

    @Test
    void shouldReportARegistryThatRefusesConnectionsAsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        AvroDeserializer<RawArticle> overHttp = new AvroDeserializer<>(RawArticle.class,
                RestSchemaRegistryClient.forUrls("http://localhost:" + closedPort));

        assertThatThrownBy(() -> overHttp.deserialize(TOPIC, valid))
                .isInstanceOf(SchemaRegistryUnavailableException.class)
                .hasMessageContaining("topic news.articles.raw")
                .hasMessageContaining("http://localhost:" + closedPort);
    }

    @Test
    void shouldRefuseToReadARecordAsAClassThatCannotReadItsSchema() {
        AvroDeserializer<Claim> claims = new AvroDeserializer<>(Claim.class, registry);

        assertThatThrownBy(() -> claims.deserialize(TOPIC, valid))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining("Records written with schema id 1 (io.newsflow.avro.RawArticle) cannot be read as "
                        + "io.newsflow.avro.Claim");
    }

    @Test
    void shouldSayWhichClassIsMissingWhenReadingByTheWriterSchemasName() {
        Schema teaser = SchemaBuilder.record("Teaser").namespace("io.newsflow.archive").fields()
                .requiredString("id").endRecord();
        int id = registry.register("news.teasers-value", teaser);
        byte[] bytes = HexFormat.of().parseHex("00" + String.format("%08x", id) + "0261");

        assertThatThrownBy(() -> new AvroDeserializer<>(registry).deserialize("news.teasers", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Cannot read a record from topic news.teasers: Schema id " + id
                        + " names io.newsflow.archive.Teaser, which is not a generated "
                        + "Avro class on the class path");
    }

    @Test
    void shouldNameTopicSubjectAndIdWhenARecordCannotBeWritten() {
        RawArticle withoutTitle = SeedRecords.rawArticle();
        withoutTitle.setTitle(null);

        assertThatThrownBy(() -> new AvroSerializer<RawArticle>(registry).serialize(TOPIC, withoutTitle))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Cannot write io.newsflow.avro.RawArticle to topic news.articles.raw "
                        + "(subject news.articles.raw-value) with schema id 1: ")
                .hasMessageContaining("title");
    }
}
