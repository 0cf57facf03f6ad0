package io.newsflow.serde;

import java.io.ByteArrayOutputStream;

/**
 * Confluent's framing of a schema-registry record: one magic byte {@code 0}, the writer schema's global id
 * as a 4-byte big-endian integer, then the record in plain Avro binary encoding (no container file header,
 * no single-object encoding header). Byte-for-byte what Confluent's {@code KafkaAvroSerializer} writes, so
 * records pass both ways between newsflow and any Confluent-based tool.
 */
public final class WireFormat {

    /** The first byte of every framed record; the only format version there is. */
    public static final byte MAGIC_BYTE = 0x0;

    /** Magic byte plus schema id: where the Avro data starts. */
    public static final int HEADER_SIZE = 5;

    private WireFormat() {
    }

    /** Writes the 5-byte header for a record written with schema {@code schemaId}. */
    public static void writeHeader(ByteArrayOutputStream out, int schemaId) {
        out.write(MAGIC_BYTE);
        out.write(schemaId >>> 24);
        out.write(schemaId >>> 16);
        out.write(schemaId >>> 8);
        out.write(schemaId);
    }

    /**
     * The schema id a framed record names.
     *
     * @throws UnknownMagicByteException when the first byte is not {@code 0}: the record was not written by a
     *                                   schema-registry serializer
     * @throws TruncatedPayloadException when the record is shorter than the header
     */
    public static int schemaId(String topic, byte[] payload) {
        if (payload.length == 0) {
            throw new TruncatedPayloadException(topic, payload.length);
        }
        if (payload[0] != MAGIC_BYTE) {
            throw new UnknownMagicByteException(topic, payload[0]);
        }
        if (payload.length < HEADER_SIZE) {
            throw new TruncatedPayloadException(topic, payload.length);
        }
        return (payload[1] & 0xff) << 24 | (payload[2] & 0xff) << 16 | (payload[3] & 0xff) << 8 | (payload[4] & 0xff);
    }
}
