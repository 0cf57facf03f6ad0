package io.newsflow.serde.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.avro.Schema;

/**
 * An in-memory schema registry with the real one's semantics, for tests anywhere in the project: global ids
 * from 1, the same id for the same schema text under any subject, versions per subject, and compatibility
 * rules enforced on registration ({@link CompatibilityLevel#BACKWARD} unless told otherwise).
 *
 * <p>Schemas come back re-parsed from their text, as they would from a real registry. The store holds at
 * most {@code capacity} schemas and subjects and refuses more, so a runaway test fails instead of eating
 * memory. {@link #setAvailable(boolean) setAvailable(false)} makes every call fail as an unreachable
 * registry does.
 */
public final class MockSchemaRegistryClient implements SchemaRegistryClient {

    public static final int DEFAULT_CAPACITY = 10_000;

    private final int capacity;
    private final List<Schema> schemasById = new ArrayList<>();
    private final Map<String, Integer> idsByText = new HashMap<>();
    private final Map<String, List<Integer>> versionIdsBySubject = new LinkedHashMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private CompatibilityLevel globalLevel;
    private volatile boolean available = true;

    public MockSchemaRegistryClient() {
        this(CompatibilityLevel.BACKWARD, DEFAULT_CAPACITY);
    }

    public MockSchemaRegistryClient(CompatibilityLevel globalLevel, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("Capacity must be at least 1, was " + capacity);
        }
        this.globalLevel = globalLevel;
        this.capacity = capacity;
    }

    /** Simulates the registry going down ({@code false}) and coming back ({@code true}). */
    public void setAvailable(boolean available) {
        this.available = available;
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        ensureAvailable();
        String text = schema.toString();
        Optional<RegisteredSchema> existing = lookup(subject, schema);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        CompatibilityCheck check = testCompatibility(subject, schema);
        if (!check.isCompatible()) {
            throw new IncompatibleSchemaException(subject,
                    "Schema " + schema.getFullName() + " is incompatible with subject " + subject + " under "
                            + compatibility(subject) + ": " + check.incompatibilities(),
                    check.incompatibilities(), OptionalInt.of(409), OptionalInt.of(409));
        }
        if (!versionIdsBySubject.containsKey(subject)) {
            ensureRoom("subjects", versionIdsBySubject.size());
        }
        Integer id = idsByText.get(text);
        if (id == null) {
            ensureRoom("schemas", schemasById.size());
            schemasById.add(new Schema.Parser().parse(text));
            id = schemasById.size();
            idsByText.put(text, id);
        }
        versionIdsBySubject.computeIfAbsent(subject, s -> new ArrayList<>()).add(id);
        return id;
    }

    @Override
    public synchronized Schema schemaById(int id) {
        ensureAvailable();
        if (id < 1 || id > schemasById.size()) {
            throw new UnknownSchemaIdException(id, "Schema id " + id + " is not known to the (mock) schema registry",
                    OptionalInt.of(404), OptionalInt.of(40403), null);
        }
        return schemasById.get(id - 1);
    }

    @Override
    public synchronized Optional<RegisteredSchema> lookup(String subject, Schema schema) {
        ensureAvailable();
        Integer id = idsByText.get(schema.toString());
        List<Integer> versionIds = versionIdsBySubject.getOrDefault(subject, List.of());
        int index = id == null ? -1 : versionIds.indexOf(id);
        return index < 0 ? Optional.empty() : Optional.of(registered(subject, index));
    }

    @Override
    public synchronized Optional<RegisteredSchema> latest(String subject) {
        ensureAvailable();
        List<Integer> versionIds = versionIdsBySubject.getOrDefault(subject, List.of());
        return versionIds.isEmpty() ? Optional.empty() : Optional.of(registered(subject, versionIds.size() - 1));
    }

    /** Every version of a subject, oldest first; empty for an unknown subject. */
    public synchronized List<RegisteredSchema> versions(String subject) {
        ensureAvailable();
        List<RegisteredSchema> versions = new ArrayList<>();
        for (int index = 0; index < versionIdsBySubject.getOrDefault(subject, List.of()).size(); index++) {
            versions.add(registered(subject, index));
        }
        return versions;
    }

    /** Every subject with at least one version, in order of first registration. */
    public synchronized List<String> subjects() {
        ensureAvailable();
        return List.copyOf(versionIdsBySubject.keySet());
    }

    @Override
    public synchronized CompatibilityCheck testCompatibility(String subject, Schema schema) {
        ensureAvailable();
        List<Schema> existing = versions(subject).stream().map(RegisteredSchema::schema).toList();
        return compatibility(subject).check(schema, existing);
    }

    @Override
    public synchronized CompatibilityLevel compatibility() {
        ensureAvailable();
        return globalLevel;
    }

    @Override
    public synchronized CompatibilityLevel compatibility(String subject) {
        ensureAvailable();
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    @Override
    public synchronized void setCompatibility(CompatibilityLevel level) {
        ensureAvailable();
        globalLevel = level;
    }

    @Override
    public synchronized void setCompatibility(String subject, CompatibilityLevel level) {
        ensureAvailable();
        if (!subjectLevels.containsKey(subject)) {
            ensureRoom("subject settings", subjectLevels.size());
        }
        subjectLevels.put(subject, level);
    }

    private RegisteredSchema registered(String subject, int versionIndex) {
        int id = versionIdsBySubject.get(subject).get(versionIndex);
        return new RegisteredSchema(subject, versionIndex + 1, id, schemasById.get(id - 1));
    }

    private void ensureAvailable() {
        if (!available) {
            throw new SchemaRegistryUnavailableException(
                    "The (mock) schema registry is unavailable (switched off with setAvailable(false))",
                    OptionalInt.empty(), null);
        }
    }

    private void ensureRoom(String what, int held) {
        if (held >= capacity) {
            throw new IllegalStateException("The mock schema registry is full: it holds " + held + " " + what
                    + ", its capacity is " + capacity);
        }
    }
}
