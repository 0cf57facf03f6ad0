package io.newsflow.serde;

import org.apache.kafka.common.errors.SerializationException;

/** A record ends before its 5-byte header does, or inside its Avro data. */
public class TruncatedPayloadException extends SerializationException {

    private static final long serialVersionUID = 1L;

    /** A record shorter than the wire format header. */
    public TruncatedPayloadException(String topic, int length) {
        super("Record on topic " + topic + " is " + length + " byte(s) long, shorter than the "
                + WireFormat.HEADER_SIZE + "-byte schema registry header (magic byte and schema id)");
    }

    /** A record whose Avro data ends before the writer schema says it should. */
    public TruncatedPayloadException(String topic, int schemaId, int length, Throwable cause) {
        super("Record on topic " + topic + " (schema id " + schemaId + ", " + length
                + " bytes) ends in the middle of its Avro data" + (cause.getMessage() == null ? "" : ": " + cause.getMessage()),
                cause);
    }
}
