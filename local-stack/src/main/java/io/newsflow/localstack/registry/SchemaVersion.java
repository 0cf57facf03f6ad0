package io.newsflow.localstack.registry;

/**
 * One version of a subject: which global schema id it points at, the schema text in Avro's
 * rendering (see {@link AvroSchemas}), and whether it was soft-deleted.
 */
record SchemaVersion(String subject, int version, int id, String schema, boolean deleted) {

    SchemaVersion softDeleted() {
        return new SchemaVersion(subject, version, id, schema, true);
    }
}
