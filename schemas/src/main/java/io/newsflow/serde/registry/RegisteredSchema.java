package io.newsflow.serde.registry;

import java.util.Objects;
import org.apache.avro.Schema;

/**
 * One version of a subject: the schema, its global id (what records carry) and its version number within
 * the subject.
 */
public record RegisteredSchema(String subject, int version, int id, Schema schema) {

    public RegisteredSchema {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(schema, "schema");
    }
}
