package io.newsflow.localstack.registry;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;

/**
 * Parsing and the identity of Avro schemas.
 *
 * <p>Two schema texts are the same schema when Avro renders them to the same JSON after parsing
 * ({@link Schema#toString()}): whitespace, attribute order and shorthand such as
 * {@code {"type": "string"}} for {@code "string"} disappear, while everything that changes how data
 * is read stays: field defaults, aliases, logical types, docs. That is Confluent's notion of
 * "the same schema" for Avro too. Avro's Parsing Canonical Form ({@code SchemaNormalization})
 * would be too coarse: it drops defaults and logical types, so adding a default to a field (the
 * usual way to make a change backward compatible) would be taken for the old schema and never
 * registered.
 */
final class AvroSchemas {

    private AvroSchemas() {
    }

    static Schema parse(String text) {
        if (text.isBlank()) {
            throw RegistryException.invalidSchema("Empty schema");
        }
        try {
            return new Schema.Parser().parse(text);
        } catch (AvroRuntimeException | IllegalArgumentException e) {
            // Parse errors, invalid names and invalid defaults all end up here.
            throw RegistryException.invalidSchema("Invalid schema: " + describe(e));
        } catch (NullPointerException e) {
            // Avro 1.12 reports a reference to an undefined named type (e.g. "Artcle") this way.
            throw RegistryException.invalidSchema("Invalid schema: it refers to a named type that is not defined in it");
        }
    }

    /** The text stored, served and compared for a schema. */
    static String canonical(Schema schema) {
        return schema.toString();
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
