package io.newsflow.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaFormatter;

/**
 * A schema without the properties that only tell the Java code generator how to map types.
 *
 * <p>Classes generated with {@code stringType=String} carry {@code "avro.java.string": "String"} on every
 * string. That is no part of the data's shape, and other languages ignore it, so the released history and
 * the drift check compare schemas without it. (Confluent's serializer offers the same stripping as
 * {@code avro.remove.java.properties}.)
 */
public final class PortableSchema {

    /** The property name prefix Avro reserves for Java code generation hints. */
    static final String JAVA_PROPERTY_PREFIX = "avro.java.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private PortableSchema() {
    }

    /** The same schema with every {@code avro.java.*} property removed, at any depth. */
    public static Schema of(Schema schema) {
        try {
            JsonNode tree = JSON.readTree(schema.toString());
            return new Schema.Parser().parse(JSON.writeValueAsString(withoutJavaProperties(tree)));
        } catch (IOException e) {
            // The input is Avro's own rendering of a valid schema, so this cannot happen short of a bug.
            throw new UncheckedIOException("Cannot re-read schema " + schema.getFullName(), e);
        }
    }

    /** The portable schema as indented JSON, the form kept in the schema history files. */
    public static String toJson(Schema schema) {
        return SchemaFormatter.format("json/pretty", of(schema));
    }

    private static JsonNode withoutJavaProperties(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            object.properties().removeIf(entry -> entry.getKey().startsWith(JAVA_PROPERTY_PREFIX));
            object.forEach(PortableSchema::withoutJavaProperties);
        } else if (node.isArray()) {
            node.forEach(PortableSchema::withoutJavaProperties);
        }
        return node;
    }
}
