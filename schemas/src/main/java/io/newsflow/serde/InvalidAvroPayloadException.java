package io.newsflow.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A record's bytes after the header are not a valid Avro encoding under the writer schema its header names
 * (a bad union branch or enum index, a negative length, bytes left over at the end).
 */
public class InvalidAvroPayloadException extends SerializationException {

    private static final long serialVersionUID = 1L;

    public InvalidAvroPayloadException(String topic, int schemaId, String problem, Throwable cause) {
        super("Record on topic " + topic + " is not valid Avro for schema id " + schemaId + ": " + problem, cause);
    }
}
