package io.newsflow.localstack.registry;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.localstack.registry.LogEntry.CompatibilityEntry;
import io.newsflow.localstack.registry.LogEntry.VersionEntry;

/**
 * The JSON keys and values of the {@code _schemas} topic, laid out like Confluent's registry lays
 * out its own (keys {@code {"keytype":"SCHEMA","subject":...,"version":...,"magic":1}} and
 * {@code {"keytype":"CONFIG","subject":...,"magic":0}}), so the topic reads familiarly in kafka-ui
 * or kcat.
 *
 * <p>Keys are written with a fixed field order because compaction compares key bytes. Entries of
 * other key types (Confluent's MODE, NOOP, DELETE_SUBJECT ...) are not understood and decode to
 * empty.
 */
final class LogEntryCodec {

    private static final String SCHEMA_KEY_TYPE = "SCHEMA";
    private static final String CONFIG_KEY_TYPE = "CONFIG";

    private final ObjectMapper json;

    LogEntryCodec(ObjectMapper json) {
        this.json = json;
    }

    byte[] key(LogEntry entry) {
        ObjectNode key = json.createObjectNode();
        if (entry instanceof VersionEntry version) {
            key.put("keytype", SCHEMA_KEY_TYPE);
            key.put("subject", version.subject());
            key.put("version", version.version());
            key.put("magic", 1);
        } else if (entry instanceof CompatibilityEntry compatibility) {
            key.put("keytype", CONFIG_KEY_TYPE);
            compatibility.subject().ifPresentOrElse(subject -> key.put("subject", subject), () -> key.putNull("subject"));
            key.put("magic", 0);
        }
        return write(key);
    }

    /** The record value, or {@code null} for a tombstone. */
    byte[] value(LogEntry entry) {
        if (entry instanceof VersionEntry version) {
            return version.value().map(this::versionValue).orElse(null);
        }
        CompatibilityEntry compatibility = (CompatibilityEntry) entry;
        return compatibility.level().map(level -> write(json.createObjectNode().put("compatibilityLevel", level.name()))).orElse(null);
    }

    /**
     * @throws IllegalArgumentException when the record is not valid JSON or misses a field its key
     *                                  type needs
     */
    Optional<LogEntry> decode(byte[] keyBytes, byte[] valueBytes) {
        JsonNode key = read(keyBytes);
        String keyType = key.path("keytype").asText("");
        if (SCHEMA_KEY_TYPE.equals(keyType)) {
            String subject = requiredText(key, "subject");
            int version = requiredInt(key, "version");
            if (valueBytes == null) {
                return Optional.of(new VersionEntry(subject, version, Optional.empty()));
            }
            JsonNode value = read(valueBytes);
            SchemaVersion schemaVersion = new SchemaVersion(subject, version, requiredInt(value, "id"),
                    requiredText(value, "schema"), value.path("deleted").asBoolean(false));
            return Optional.of(new VersionEntry(subject, version, Optional.of(schemaVersion)));
        }
        if (CONFIG_KEY_TYPE.equals(keyType)) {
            Optional<String> subject = Optional.ofNullable(key.get("subject")).filter(node -> !node.isNull()).map(JsonNode::asText);
            if (valueBytes == null) {
                return Optional.of(new CompatibilityEntry(subject, Optional.empty()));
            }
            JsonNode value = read(valueBytes);
            // Newer Confluent versions write other config fields too; an entry without a level clears it.
            Optional<CompatibilityLevel> level = Optional.ofNullable(value.get("compatibilityLevel"))
                    .filter(node -> !node.isNull())
                    .map(node -> CompatibilityLevel.parse(node.asText())
                            .orElseThrow(() -> new IllegalArgumentException("Unknown compatibility level " + node)));
            return Optional.of(new CompatibilityEntry(subject, level));
        }
        return Optional.empty();
    }

    private byte[] versionValue(SchemaVersion version) {
        ObjectNode value = json.createObjectNode();
        value.put("subject", version.subject());
        value.put("version", version.version());
        value.put("id", version.id());
        value.put("schema", version.schema());
        value.put("deleted", version.deleted());
        return write(value);
    }

    private byte[] write(JsonNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialise " + node, e);
        }
    }

    private JsonNode read(byte[] bytes) {
        try {
            JsonNode node = json.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("Expected a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new IllegalArgumentException("Not JSON: " + e.getMessage(), e);
        }
    }

    private static String requiredText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("Missing text field '" + field + "' in " + node);
        }
        return value.asText();
    }

    private static int requiredInt(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("Missing integer field '" + field + "' in " + node);
        }
        return value.asInt();
    }
}
