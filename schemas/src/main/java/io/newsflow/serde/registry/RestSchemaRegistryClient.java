package io.newsflow.serde.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SchemaRegistryClient} speaking the Confluent Schema Registry REST API (v1), with bounded LRU
 * caches so that a running serde asks the registry once per schema, not once per record.
 *
 * <p>What is cached: schemas by id and registrations forever (ids are immutable), successful look-ups
 * forever, a subject's latest version for {@link RegistryClientSettings#latestTtl()}. Failures and
 * compatibility answers are never cached.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

    private static final Logger LOG = LoggerFactory.getLogger(RestSchemaRegistryClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SUBJECT_NOT_FOUND = 40401;
    private static final int VERSION_NOT_FOUND = 40402;
    private static final int SCHEMA_NOT_FOUND = 40403;

    private final RegistryClientSettings settings;
    private final RegistryHttp http;
    private final BoundedCache<Integer, Schema> schemasById;
    private final BoundedCache<SubjectSchema, Integer> registrations;
    private final BoundedCache<SubjectSchema, RegisteredSchema> lookups;
    private final BoundedCache<String, Fetched> latestBySubject;

    public RestSchemaRegistryClient(RegistryClientSettings settings) {
        this.settings = settings;
        this.http = new RegistryHttp(settings, JSON);
        this.schemasById = new BoundedCache<>(settings.cacheCapacity());
        this.registrations = new BoundedCache<>(settings.cacheCapacity());
        this.lookups = new BoundedCache<>(settings.cacheCapacity());
        this.latestBySubject = new BoundedCache<>(settings.cacheCapacity());
    }

    /** A client with default settings for a comma-separated list of registry base URLs. */
    public static RestSchemaRegistryClient forUrls(String commaSeparatedUrls) {
        return new RestSchemaRegistryClient(RegistryClientSettings.forUrls(commaSeparatedUrls));
    }

    public RegistryClientSettings settings() {
        return settings;
    }

    @Override
    public int register(String subject, Schema schema) {
        return registrations.computeIfAbsent(new SubjectSchema(subject, schema.toString()), key -> {
            JsonNode answer;
            try {
                answer = http.post("/subjects/" + encode(subject) + "/versions", schemaBody(key.schemaText()));
            } catch (SchemaRegistryException e) {
                throw incompatibleOr(e, subject, schema);
            }
            int id = requiredInt(answer, "id", "register under " + subject);
            schemasById.put(id, schema);
            LOG.debug("Schema {} is registered under subject {} with id {}", schema.getFullName(), subject, id);
            return id;
        });
    }

    @Override
    public Schema schemaById(int id) {
        return schemasById.computeIfAbsent(id, key -> {
            JsonNode answer;
            try {
                answer = http.get("/schemas/ids/" + id);
            } catch (SchemaRegistryException e) {
                if (e.httpStatus().orElse(0) == 404) {
                    throw new UnknownSchemaIdException(id, "Schema id " + id + " is unknown to the schema registry at "
                            + settings.urls() + ": " + e.getMessage(), e.httpStatus(), e.errorCode(), e);
                }
                throw e;
            }
            String type = answer.path("schemaType").asText("AVRO");
            if (!type.equals("AVRO")) {
                throw new SchemaRegistryException("Schema id " + id + " is a " + type + " schema, not Avro",
                        OptionalInt.empty(), OptionalInt.empty());
            }
            return parse(requiredText(answer, "schema", "schema id " + id), "schema id " + id);
        });
    }

    @Override
    public Optional<RegisteredSchema> lookup(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema.toString());
        Optional<RegisteredSchema> cached = lookups.get(key);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<RegisteredSchema> found = unlessNotFound(
                () -> registered(http.post("/subjects/" + encode(subject), schemaBody(key.schemaText())), subject, schema),
                SUBJECT_NOT_FOUND, SCHEMA_NOT_FOUND);
        found.ifPresent(registration -> {
            lookups.put(key, registration);
            schemasById.put(registration.id(), registration.schema());
        });
        return found;
    }

    @Override
    public Optional<RegisteredSchema> latest(String subject) {
        Optional<Fetched> cached = latestBySubject.get(subject).filter(this::isFresh);
        if (cached.isPresent()) {
            return Optional.of(cached.get().schema());
        }
        String context = "latest version of " + subject;
        Optional<RegisteredSchema> latest = unlessNotFound(() -> {
            JsonNode answer = http.get("/subjects/" + encode(subject) + "/versions/latest");
            return registered(answer, subject, parse(requiredText(answer, "schema", context), context));
        }, SUBJECT_NOT_FOUND, VERSION_NOT_FOUND);
        latest.ifPresent(version -> {
            latestBySubject.put(subject, new Fetched(version, System.nanoTime()));
            schemasById.put(version.id(), version.schema());
        });
        return latest;
    }

    @Override
    public CompatibilityCheck testCompatibility(String subject, Schema schema) {
        // Older registries answer 404 for a subject without versions, which accepts any schema.
        Optional<JsonNode> answer = unlessNotFound(() -> http.post(
                "/compatibility/subjects/" + encode(subject) + "/versions/latest?verbose=true", schemaBody(schema.toString())),
                SUBJECT_NOT_FOUND, VERSION_NOT_FOUND);
        if (answer.isEmpty() || answer.get().path("is_compatible").asBoolean(false)) {
            return CompatibilityCheck.compatible();
        }
        List<String> messages = new ArrayList<>();
        answer.get().path("messages").forEach(message -> messages.add(message.asText()));
        return CompatibilityCheck.incompatible(messages);
    }

    @Override
    public CompatibilityLevel compatibility() {
        return level(http.get("/config"), "the global configuration");
    }

    @Override
    public CompatibilityLevel compatibility(String subject) {
        return level(http.get("/config/" + encode(subject) + "?defaultToGlobal=true"), "subject " + subject);
    }

    @Override
    public void setCompatibility(CompatibilityLevel level) {
        http.put("/config", JSON.createObjectNode().put("compatibility", level.name()));
    }

    @Override
    public void setCompatibility(String subject, CompatibilityLevel level) {
        http.put("/config/" + encode(subject), JSON.createObjectNode().put("compatibility", level.name()));
    }

    private boolean isFresh(Fetched fetched) {
        return settings.latestTtl()
                .map(ttl -> System.nanoTime() - fetched.atNanos() < ttl.toNanos())
                .orElse(true);
    }

    private static SchemaRegistryException incompatibleOr(SchemaRegistryException e, String subject, Schema schema) {
        if (e.httpStatus().orElse(0) != 409) {
            return e;
        }
        return new IncompatibleSchemaException(subject, "Schema " + schema.getFullName()
                + " is incompatible with the existing versions of subject " + subject + ": " + e.getMessage(),
                List.of(e.getMessage()), e.httpStatus(), e.errorCode());
    }

    /** The call's answer, or empty when the registry answers 404 with one of {@code errorCodes} (or with no code). */
    private static <R> Optional<R> unlessNotFound(Supplier<R> call, int... errorCodes) {
        try {
            return Optional.of(call.get());
        } catch (SchemaRegistryException e) {
            if (isNotFound(e, errorCodes)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static boolean isNotFound(SchemaRegistryException e, int... errorCodes) {
        if (e.httpStatus().orElse(0) != 404) {
            return false;
        }
        if (e.errorCode().isEmpty()) {
            return true;
        }
        for (int code : errorCodes) {
            if (e.errorCode().getAsInt() == code) {
                return true;
            }
        }
        return false;
    }

    private static RegisteredSchema registered(JsonNode answer, String subject, Schema schema) {
        String context = "subject " + subject;
        return new RegisteredSchema(subject, requiredInt(answer, "version", context), requiredInt(answer, "id", context), schema);
    }

    private static ObjectNode schemaBody(String schemaText) {
        // Avro is the registry's default type, so like Confluent's serializer we leave schemaType out.
        return JSON.createObjectNode().put("schema", schemaText);
    }

    private static CompatibilityLevel level(JsonNode answer, String context) {
        JsonNode level = answer.hasNonNull("compatibilityLevel") ? answer.get("compatibilityLevel") : answer.get("compatibility");
        if (level == null || !level.isTextual()) {
            throw new SchemaRegistryException("Schema registry answered without a compatibility level for " + context
                    + ": " + answer, OptionalInt.empty(), OptionalInt.empty());
        }
        return CompatibilityLevel.parse(level.asText());
    }

    private static int requiredInt(JsonNode answer, String field, String context) {
        JsonNode value = answer.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new SchemaRegistryException("Schema registry answer for " + context + " has no integer '" + field
                    + "': " + answer, OptionalInt.empty(), OptionalInt.empty());
        }
        return value.asInt();
    }

    private static String requiredText(JsonNode answer, String field, String context) {
        JsonNode value = answer.get(field);
        if (value == null || !value.isTextual()) {
            throw new SchemaRegistryException("Schema registry answer for " + context + " has no text '" + field
                    + "': " + answer, OptionalInt.empty(), OptionalInt.empty());
        }
        return value.asText();
    }

    private static Schema parse(String text, String context) {
        try {
            return new Schema.Parser().parse(text);
        } catch (SchemaParseException e) {
            throw new SchemaRegistryException("Schema registry returned an invalid Avro schema for " + context + ": "
                    + e.getMessage(), OptionalInt.empty(), OptionalInt.empty(), e);
        }
    }

    private static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private record SubjectSchema(String subject, String schemaText) {
    }

    private record Fetched(RegisteredSchema schema, long atNanos) {
    }

    @Override
    public String toString() {
        return "RestSchemaRegistryClient" + settings.urls();
    }
}
