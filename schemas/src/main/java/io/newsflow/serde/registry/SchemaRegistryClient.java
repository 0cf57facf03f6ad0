package io.newsflow.serde.registry;

import java.util.Optional;
import org.apache.avro.Schema;

/**
 * The part of a Confluent-compatible schema registry that newsflow uses. Implementations are thread-safe.
 *
 * <p>Every method may throw {@link SchemaRegistryUnavailableException} when the registry cannot be reached,
 * and {@link SchemaRegistryException} for any other refusal.
 */
public interface SchemaRegistryClient extends AutoCloseable {

    /**
     * Registers a schema under a subject, or finds it there already, and returns its global id. Registering
     * the same schema twice yields the same id and no new version.
     *
     * @throws IncompatibleSchemaException when the subject's compatibility rule rejects the schema
     */
    int register(String subject, Schema schema);

    /**
     * The schema with a global id, as records on the wire name it.
     *
     * @throws UnknownSchemaIdException when no schema has that id
     */
    Schema schemaById(int id);

    /** The version of a subject that is exactly this schema, if it was registered there. */
    Optional<RegisteredSchema> lookup(String subject, Schema schema);

    /** The newest version of a subject, if the subject has any. */
    Optional<RegisteredSchema> latest(String subject);

    /**
     * Whether the schema could be registered as the subject's next version under the subject's rule. A
     * subject without versions accepts any schema.
     */
    CompatibilityCheck testCompatibility(String subject, Schema schema);

    /** The registry-wide compatibility rule. */
    CompatibilityLevel compatibility();

    /** The rule a subject is checked under: its own when set, the registry-wide one otherwise. */
    CompatibilityLevel compatibility(String subject);

    /** Sets the registry-wide compatibility rule. */
    void setCompatibility(CompatibilityLevel level);

    /** Sets the compatibility rule of one subject. */
    void setCompatibility(String subject, CompatibilityLevel level);

    /** Releases connections; the default holds nothing. Never throws a checked exception. */
    @Override
    default void close() {
    }
}
