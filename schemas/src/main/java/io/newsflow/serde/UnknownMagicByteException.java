package io.newsflow.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A record does not start with the wire format's magic byte {@code 0}: it was written by something other than
 * a schema-registry serializer (plain JSON, a string, another framing).
 */
public class UnknownMagicByteException extends SerializationException {

    private static final long serialVersionUID = 1L;

    private final byte found;

    public UnknownMagicByteException(String topic, byte found) {
        super(String.format("Record on topic %s starts with byte 0x%02x ('%s'), not the magic byte 0x00 of the schema "
                        + "registry wire format; it was not written by an Avro schema-registry serializer", topic,
                found & 0xff, printable(found)));
        this.found = found;
    }

    /** The first byte of the rejected record. */
    public byte found() {
        return found;
    }

    private static String printable(byte b) {
        return b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : "?";
    }
}
