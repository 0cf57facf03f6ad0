package io.newsflow.localstack.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import io.newsflow.localstack.registry.LogEntry.CompatibilityEntry;
import io.newsflow.localstack.registry.LogEntry.VersionEntry;
import io.newsflow.localstack.registry.RegistryState.Filter;
import io.newsflow.localstack.registry.SchemaStore.Mutation;
import org.apache.avro.Schema;

/**
 * The registry's rules, following Confluent Schema Registry for Avro: global ids shared by identical
 * schemas across subjects, per-subject versions, compatibility levels, soft and permanent deletes.
 * Every refusal is a {@link RegistryException} with Confluent's status and error code.
 */
final class SchemaRegistry {

    /** The answer to a compatibility test; {@code messages} explain an incompatibility. */
    record CompatibilityVerdict(boolean compatible, List<String> messages) {
    }

    private static final String AVRO = "AVRO";

    private final SchemaStore store;

    SchemaRegistry(SchemaStore store) {
        this.store = store;
    }

    /**
     * Registers {@code submission} under {@code subject} and returns its global id. A schema the
     * subject already has (not soft-deleted) is not registered again; a schema another subject has
     * keeps its id.
     */
    int register(String subject, SchemaSubmission submission) {
        requireValidSubject(subject);
        if (submission.id().isPresent() || submission.version().isPresent()) {
            throw RegistryException.operationNotPermitted("Registering with an explicit id or version needs IMPORT mode, "
                    + "which this registry does not offer");
        }
        Schema schema = parse(submission);
        String canonical = AvroSchemas.canonical(schema);
        return store.write(state -> {
            Optional<SchemaVersion> existing = state.versions(subject, Filter.ACTIVE).stream()
                    .filter(version -> version.schema().equals(canonical))
                    .reduce((first, second) -> second);
            if (existing.isPresent()) {
                return Mutation.none(existing.get().id());
            }
            List<SchemaVersion> earlier = state.versions(subject, Filter.ACTIVE);
            List<String> problems = CompatibilityChecker.check(schema, earlier, state.effectiveCompatibility(subject));
            if (!problems.isEmpty()) {
                throw RegistryException.incompatible(subject, problems);
            }
            int id = state.idOf(canonical).orElse(state.maxId() + 1);
            SchemaVersion registered = new SchemaVersion(subject, state.highestVersion(subject) + 1, id, canonical, false);
            return new Mutation<>(List.of(VersionEntry.of(registered)), id);
        });
    }

    /** The version of {@code subject} that holds {@code submission}'s schema (the newest one if several do). */
    SchemaVersion lookUp(String subject, SchemaSubmission submission, boolean includeDeleted) {
        String canonical = AvroSchemas.canonical(parse(submission));
        Filter filter = includeDeleted ? Filter.INCLUDE_DELETED : Filter.ACTIVE;
        RegistryState state = store.state();
        List<SchemaVersion> versions = state.versions(subject, filter);
        if (versions.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        return versions.stream()
                .filter(version -> version.schema().equals(canonical))
                .reduce((first, second) -> second)
                .orElseThrow(RegistryException::schemaNotFound);
    }

    List<String> subjects(Filter filter, Optional<String> prefix) {
        return store.state().subjects(filter).stream()
                .filter(subject -> prefix.map(subject::startsWith).orElse(true))
                .toList();
    }

    List<Integer> versions(String subject, Filter filter) {
        List<SchemaVersion> versions = store.state().versions(subject, filter);
        if (versions.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        return versions.stream().map(SchemaVersion::version).toList();
    }

    SchemaVersion version(String subject, String versionText, boolean includeDeleted) {
        return find(store.state(), subject, VersionId.parse(versionText), includeDeleted ? Filter.INCLUDE_DELETED : Filter.ACTIVE);
    }

    /**
     * Soft-deletes every active version of {@code subject} (or, with {@code permanent}, removes the
     * soft-deleted ones for good) and drops its compatibility setting; returns the versions affected.
     */
    List<Integer> deleteSubject(String subject, boolean permanent) {
        return store.write(state -> {
            List<SchemaVersion> active = state.versions(subject, Filter.ACTIVE);
            List<SchemaVersion> all = state.versions(subject, Filter.INCLUDE_DELETED);
            if (all.isEmpty()) {
                throw RegistryException.subjectNotFound(subject);
            }
            List<LogEntry> entries = new ArrayList<>();
            List<SchemaVersion> affected;
            if (permanent) {
                if (!active.isEmpty()) {
                    throw RegistryException.subjectNotSoftDeleted(subject);
                }
                affected = all;
                all.forEach(version -> entries.add(VersionEntry.tombstone(version)));
            } else {
                if (active.isEmpty()) {
                    throw RegistryException.subjectSoftDeleted(subject);
                }
                affected = active;
                active.forEach(version -> entries.add(VersionEntry.of(version.softDeleted())));
            }
            if (state.subjectCompatibility(subject).isPresent()) {
                entries.add(new CompatibilityEntry(Optional.of(subject), Optional.empty()));
            }
            return new Mutation<>(entries, affected.stream().map(SchemaVersion::version).toList());
        });
    }

    /** Soft-deletes one version, or removes a soft-deleted one for good; returns its number. */
    int deleteVersion(String subject, String versionText, boolean permanent) {
        VersionId versionId = VersionId.parse(versionText);
        return store.write(state -> {
            if (!permanent && versionId.number().isPresent()) {
                int number = versionId.number().getAsInt();
                if (state.version(subject, number, Filter.DELETED_ONLY).isPresent()) {
                    throw RegistryException.versionSoftDeleted(subject, number);
                }
            }
            SchemaVersion target = find(state, subject, versionId, permanent ? Filter.INCLUDE_DELETED : Filter.ACTIVE);
            if (permanent && !target.deleted()) {
                throw RegistryException.versionNotSoftDeleted(subject, target.version());
            }
            LogEntry entry = permanent ? VersionEntry.tombstone(target) : VersionEntry.of(target.softDeleted());
            return new Mutation<>(List.of(entry), target.version());
        });
    }

    String schema(int id) {
        return store.state().schema(id).orElseThrow(() -> RegistryException.schemaNotFound(id));
    }

    /** The highest schema id handed out so far. */
    int maxId() {
        return store.state().maxId();
    }

    /** The subject versions that use schema {@code id}. */
    List<SchemaVersion> usesOf(int id, boolean includeDeleted) {
        RegistryState state = store.state();
        if (state.schema(id).isEmpty()) {
            throw RegistryException.schemaNotFound(id);
        }
        return state.usesOf(id, includeDeleted ? Filter.INCLUDE_DELETED : Filter.ACTIVE);
    }

    List<String> schemaTypes() {
        return List.of(AVRO);
    }

    CompatibilityLevel globalCompatibility() {
        return store.state().globalCompatibility();
    }

    CompatibilityLevel subjectCompatibility(String subject, boolean defaultToGlobal) {
        RegistryState state = store.state();
        Optional<CompatibilityLevel> level = state.subjectCompatibility(subject);
        if (level.isEmpty() && !defaultToGlobal) {
            throw RegistryException.subjectCompatibilityNotConfigured(subject);
        }
        return level.orElse(state.globalCompatibility());
    }

    /** Sets the global level ({@code subject} empty) or one subject's level. */
    CompatibilityLevel setCompatibility(Optional<String> subject, String levelName) {
        CompatibilityLevel level = CompatibilityLevel.parse(levelName).orElseThrow(RegistryException::invalidCompatibilityLevel);
        subject.ifPresent(SchemaRegistry::requireValidSubject);
        return store.write(state -> new Mutation<>(List.of(new CompatibilityEntry(subject, Optional.of(level))), level));
    }

    /** Removes a subject's own level, or resets the global one to the default; returns the level removed. */
    CompatibilityLevel deleteCompatibility(Optional<String> subject) {
        return store.write(state -> {
            CompatibilityLevel previous = subject.isPresent()
                    ? state.subjectCompatibility(subject.get()).orElseThrow(() -> RegistryException.subjectNotFound(subject.get()))
                    : state.globalCompatibility();
            return new Mutation<>(List.of(new CompatibilityEntry(subject, Optional.empty())), previous);
        });
    }

    /**
     * Tests {@code submission} against one version of {@code subject} (with {@code versionText}) or
     * against the versions registration would check (without). "latest" of a subject without
     * versions is compatible, as in Confluent's registry.
     */
    CompatibilityVerdict testCompatibility(String subject, Optional<String> versionText, SchemaSubmission submission) {
        Optional<VersionId> versionId = versionText.map(VersionId::parse);
        Schema schema = parse(submission);
        RegistryState state = store.state();
        CompatibilityLevel level = state.effectiveCompatibility(subject);
        List<SchemaVersion> active = state.versions(subject, Filter.ACTIVE);
        List<String> problems;
        if (versionId.isEmpty()) {
            problems = CompatibilityChecker.check(schema, active, level);
        } else if (versionId.get().isLatest() && active.isEmpty()) {
            problems = List.of();
        } else {
            SchemaVersion against = find(state, subject, versionId.get(), Filter.ACTIVE);
            problems = level == CompatibilityLevel.NONE ? List.of() : CompatibilityChecker.check(schema, against, level);
        }
        return new CompatibilityVerdict(problems.isEmpty(), problems);
    }

    private static SchemaVersion find(RegistryState state, String subject, VersionId versionId, Filter filter) {
        Optional<SchemaVersion> found = versionId.number().isPresent()
                ? state.version(subject, versionId.number().getAsInt(), filter)
                : state.latest(subject, filter);
        return found.orElseThrow(() -> {
            if (!state.hasSubject(subject, filter)) {
                return RegistryException.subjectNotFound(subject);
            }
            return RegistryException.versionNotFound(versionId.number().orElse(-1));
        });
    }

    private static Schema parse(SchemaSubmission submission) {
        String type = submission.schemaType().map(name -> name.toUpperCase(Locale.ROOT)).orElse(AVRO);
        if (!AVRO.equals(type)) {
            throw RegistryException.invalidSchema("Invalid schema type " + submission.schemaType().get()
                    + "; this registry supports AVRO only");
        }
        if (submission.referenceCount() > 0) {
            throw RegistryException.invalidSchema("Schema references are not supported by this registry; "
                    + "inline the referenced types instead");
        }
        return AvroSchemas.parse(submission.schema());
    }

    private static void requireValidSubject(String subject) {
        if (subject.isBlank() || subject.chars().anyMatch(Character::isISOControl)) {
            throw RegistryException.invalidSubject(subject);
        }
    }

    /** A version as written in a path: a number from 1 to 2^31-1, or "latest" (also -1). */
    record VersionId(OptionalInt number) {

        static VersionId parse(String text) {
            String trimmed = text.strip();
            if (trimmed.equalsIgnoreCase("latest") || trimmed.equals("-1")) {
                return new VersionId(OptionalInt.empty());
            }
            try {
                int number = Integer.parseInt(trimmed);
                if (number >= 1) {
                    return new VersionId(OptionalInt.of(number));
                }
            } catch (NumberFormatException e) {
                // falls through to the Confluent error below
            }
            throw RegistryException.invalidVersion(text);
        }

        boolean isLatest() {
            return number.isEmpty();
        }
    }
}
