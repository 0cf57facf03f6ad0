package io.newsflow.serde;

import io.newsflow.serde.registry.CompatibilityCheck;
import io.newsflow.serde.registry.CompatibilityLevel;
import io.newsflow.serde.registry.RegisteredSchema;
import io.newsflow.serde.registry.SchemaRegistryClient;
import io.newsflow.serde.registry.UnknownSchemaIdException;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.avro.Schema;

/** A registry that knows one schema under a chosen id, for pinning exact bytes. */
final class OneSchemaRegistry implements SchemaRegistryClient {

    private final int id;
    private final Schema schema;

    OneSchemaRegistry(int id, Schema schema) {
        this.id = id;
        this.schema = schema;
    }

    @Override
    public int register(String subject, Schema candidate) {
        if (!candidate.equals(schema)) {
            throw new IllegalArgumentException("This test registry only knows " + schema.getFullName());
        }
        return id;
    }

    @Override
    public Schema schemaById(int requested) {
        if (requested != id) {
            throw new UnknownSchemaIdException(requested, "Schema id " + requested + " is unknown",
                    OptionalInt.of(404), OptionalInt.of(40403), null);
        }
        return schema;
    }

    @Override
    public Optional<RegisteredSchema> lookup(String subject, Schema candidate) {
        return candidate.equals(schema) ? Optional.of(new RegisteredSchema(subject, 1, id, schema)) : Optional.empty();
    }

    @Override
    public Optional<RegisteredSchema> latest(String subject) {
        return Optional.of(new RegisteredSchema(subject, 1, id, schema));
    }

    @Override
    public CompatibilityCheck testCompatibility(String subject, Schema candidate) {
        return CompatibilityCheck.compatible();
    }

    @Override
    public CompatibilityLevel compatibility() {
        return CompatibilityLevel.BACKWARD;
    }

    @Override
    public CompatibilityLevel compatibility(String subject) {
        return CompatibilityLevel.BACKWARD;
    }

    @Override
    public void setCompatibility(CompatibilityLevel level) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setCompatibility(String subject, CompatibilityLevel level) {
        throw new UnsupportedOperationException();
    }
}
