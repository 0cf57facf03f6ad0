package io.newsflow.localstack.registry;

import java.util.Optional;

/**
 * A schema as a client sends it to register, look up or test: the body
 * {@code {"schema": "...", "schemaType": "AVRO", "references": [...], "id": ..., "version": ...}}.
 *
 * @param referenceCount how many schema references the client named (this registry supports none)
 * @param id             an id the client asks for, which needs Confluent's IMPORT mode
 * @param version        a version the client asks for, likewise
 */
record SchemaSubmission(String schema, Optional<String> schemaType, int referenceCount, Optional<Integer> id,
                        Optional<Integer> version) {

    static SchemaSubmission of(String schema) {
        return new SchemaSubmission(schema, Optional.empty(), 0, Optional.empty(), Optional.empty());
    }
}
