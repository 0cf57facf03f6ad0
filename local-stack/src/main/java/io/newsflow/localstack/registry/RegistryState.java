package io.newsflow.localstack.registry;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable view of everything the registry knows, replaced as a whole after every write so
 * that requests read it without locks and always see a consistent picture.
 */
final class RegistryState {

    /** Which versions a question is about: the active ones, all, or only the soft-deleted ones. */
    enum Filter {
        ACTIVE, INCLUDE_DELETED, DELETED_ONLY;

        static Filter of(boolean deleted, boolean deletedOnly) {
            return deletedOnly ? DELETED_ONLY : deleted ? INCLUDE_DELETED : ACTIVE;
        }

        boolean accepts(SchemaVersion version) {
            return switch (this) {
                case ACTIVE -> !version.deleted();
                case INCLUDE_DELETED -> true;
                case DELETED_ONLY -> version.deleted();
            };
        }
    }

    private static final NavigableMap<Integer, SchemaVersion> EMPTY_VERSIONS = Collections.emptyNavigableMap();

    static final RegistryState EMPTY = new RegistryState(Map.of(), Map.of(), Map.of(), Map.of(), Optional.empty(), 0);

    private final Map<String, NavigableMap<Integer, SchemaVersion>> subjects;
    private final Map<Integer, String> schemasById;
    private final Map<String, Integer> idsBySchema;
    private final Map<String, CompatibilityLevel> subjectCompatibility;
    private final Optional<CompatibilityLevel> globalCompatibility;
    private final int maxId;

    RegistryState(Map<String, NavigableMap<Integer, SchemaVersion>> subjects, Map<Integer, String> schemasById,
                  Map<String, Integer> idsBySchema, Map<String, CompatibilityLevel> subjectCompatibility,
                  Optional<CompatibilityLevel> globalCompatibility, int maxId) {
        TreeMap<String, NavigableMap<Integer, SchemaVersion>> copy = new TreeMap<>();
        subjects.forEach((subject, versions) -> copy.put(subject, Collections.unmodifiableNavigableMap(new TreeMap<>(versions))));
        this.subjects = Collections.unmodifiableNavigableMap(copy);
        this.schemasById = Map.copyOf(schemasById);
        this.idsBySchema = Map.copyOf(idsBySchema);
        this.subjectCompatibility = Map.copyOf(subjectCompatibility);
        this.globalCompatibility = globalCompatibility;
        this.maxId = maxId;
    }

    /** Subject names in alphabetical order that have at least one version passing {@code filter}. */
    List<String> subjects(Filter filter) {
        return subjects.entrySet().stream()
                .filter(entry -> entry.getValue().values().stream().anyMatch(filter::accepts))
                .map(Map.Entry::getKey)
                .toList();
    }

    boolean hasSubject(String subject, Filter filter) {
        return !versions(subject, filter).isEmpty();
    }

    /** The versions of {@code subject} passing {@code filter}, oldest first. */
    List<SchemaVersion> versions(String subject, Filter filter) {
        return allVersions(subject).stream().filter(filter::accepts).toList();
    }

    Optional<SchemaVersion> version(String subject, int version, Filter filter) {
        return Optional.ofNullable(subjects.getOrDefault(subject, EMPTY_VERSIONS).get(version)).filter(filter::accepts);
    }

    Optional<SchemaVersion> latest(String subject, Filter filter) {
        List<SchemaVersion> versions = versions(subject, filter);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** The highest version number the subject ever had, soft-deleted ones included; 0 for none. */
    int highestVersion(String subject) {
        NavigableMap<Integer, SchemaVersion> versions = subjects.getOrDefault(subject, EMPTY_VERSIONS);
        return versions.isEmpty() ? 0 : versions.lastKey();
    }

    Optional<String> schema(int id) {
        return Optional.ofNullable(schemasById.get(id));
    }

    Optional<Integer> idOf(String canonicalSchema) {
        return Optional.ofNullable(idsBySchema.get(canonicalSchema));
    }

    /** The highest id ever handed out; the next schema gets the one after. */
    int maxId() {
        return maxId;
    }

    /** Every subject version that uses schema {@code id}, by subject then version. */
    List<SchemaVersion> usesOf(int id, Filter filter) {
        return subjects.values().stream()
                .map(NavigableMap::values)
                .flatMap(Collection::stream)
                .filter(version -> version.id() == id && filter.accepts(version))
                .sorted(Comparator.comparing(SchemaVersion::subject).thenComparingInt(SchemaVersion::version))
                .toList();
    }

    CompatibilityLevel globalCompatibility() {
        return globalCompatibility.orElse(CompatibilityLevel.DEFAULT);
    }

    Optional<CompatibilityLevel> subjectCompatibility(String subject) {
        return Optional.ofNullable(subjectCompatibility.get(subject));
    }

    /** The level that applies to {@code subject}: its own, else the global one. */
    CompatibilityLevel effectiveCompatibility(String subject) {
        return subjectCompatibility(subject).orElse(globalCompatibility());
    }

    private Collection<SchemaVersion> allVersions(String subject) {
        return subjects.getOrDefault(subject, EMPTY_VERSIONS).values();
    }
}
