package io.newsflow.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.avro.TextSpan;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Pins the exact bytes Confluent's KafkaAvroSerializer writes for a known record and schema id, so our serde
 * stays interchangeable with it: magic byte, 4-byte big-endian id, plain Avro binary.
 */
class WireFormatTest {

    private static final int SCHEMA_ID = 0x01020304;
    /** "rømling" from paragraph 1: 7 code points (offsets 50..57) but 8 UTF-8 bytes. */
    private static final TextSpan ROMLING = new TextSpan(50, 57, "rømling");
    private static final String ROMLING_BYTES = "00" // magic byte
            + "01020304" // schema id 16909060, big-endian
            + "64" // start 50, zig-zag varint
            + "72" // end 57, zig-zag varint
            + "10" // string of 8 bytes, zig-zag varint
            + "72c3b86d6c696e67"; // "rømling" in UTF-8

    private final OneSchemaRegistry registry = new OneSchemaRegistry(SCHEMA_ID, TextSpan.getClassSchema());

    @Test
    void shouldWriteTheConfluentWireFormatByteForByte() {
        byte[] bytes = new AvroSerializer<TextSpan>(registry).serialize("news.claims", ROMLING);

        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(ROMLING_BYTES);
    }

    @Test
    void shouldReadThePinnedBytesBack() {
        TextSpan read = new AvroDeserializer<>(TextSpan.class, registry)
                .deserialize("news.claims", HexFormat.of().parseHex(ROMLING_BYTES));

        assertThat(read).isEqualTo(ROMLING);
    }

    @Test
    void shouldReadTheSchemaIdAsABigEndianInteger() {
        assertThat(WireFormat.schemaId("news.claims", HexFormat.of().parseHex("00ffffff7f"))).isEqualTo(-129);
        assertThat(WireFormat.schemaId("news.claims", HexFormat.of().parseHex(ROMLING_BYTES))).isEqualTo(SCHEMA_ID);
    }

    @Test
    void shouldNameTheByteFoundWhenTheMagicByteIsWrong() {
        byte[] json = "{\"title\":\"Drept, igjen?\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> WireFormat.schemaId("news.articles.raw", json))
                .isInstanceOf(UnknownMagicByteException.class)
                .hasMessageStartingWith("Record on topic news.articles.raw starts with byte 0x7b ('{'), not the magic byte 0x00")
                .satisfies(e -> assertThat(((UnknownMagicByteException) e).found()).isEqualTo((byte) '{'));
    }

    @Test
    void shouldRefuseARecordShorterThanTheHeader() {
        assertThatThrownBy(() -> WireFormat.schemaId("news.claims", new byte[] {0, 1, 2}))
                .isInstanceOf(TruncatedPayloadException.class)
                .hasMessage("Record on topic news.claims is 3 byte(s) long, shorter than the 5-byte schema registry "
                        + "header (magic byte and schema id)");
        assertThatThrownBy(() -> WireFormat.schemaId("news.claims", new byte[0]))
                .isInstanceOf(TruncatedPayloadException.class);
    }
}
