package io.newsflow.localstack.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import io.newsflow.localstack.registry.LogEntry.CompatibilityEntry;
import io.newsflow.localstack.registry.LogEntry.VersionEntry;

/**
 * Folds the entries of the {@code _schemas} topic, in log order, into the registry's state. Applying
 * an entry twice leaves the same state as applying it once, because every entry states the full
 * value for its key. Not thread-safe: only the store's single reader uses it.
 */
final class RegistryIndex {

    private final Map<String, NavigableMap<Integer, SchemaVersion>> subjects = new HashMap<>();
    private final Map<Integer, String> schemasById = new HashMap<>();
    private final Map<String, Integer> idsBySchema = new HashMap<>();
    private final Map<String, CompatibilityLevel> subjectCompatibility = new HashMap<>();
    private Optional<CompatibilityLevel> globalCompatibility = Optional.empty();
    private int maxId;

    void apply(LogEntry entry) {
        if (entry instanceof VersionEntry version) {
            apply(version);
        } else if (entry instanceof CompatibilityEntry compatibility) {
            apply(compatibility);
        }
    }

    RegistryState snapshot() {
        return new RegistryState(subjects, schemasById, idsBySchema, subjectCompatibility, globalCompatibility, maxId);
    }

    private void apply(VersionEntry entry) {
        NavigableMap<Integer, SchemaVersion> versions = subjects.computeIfAbsent(entry.subject(), subject -> new TreeMap<>());
        entry.value().ifPresentOrElse(version -> {
            versions.put(version.version(), version);
            schemasById.put(version.id(), version.schema());
            // A topic written by another registry may hold one schema under two ids; the first wins.
            idsBySchema.putIfAbsent(version.schema(), version.id());
            maxId = Math.max(maxId, version.id());
        }, () -> {
            SchemaVersion removed = versions.remove(entry.version());
            if (versions.isEmpty()) {
                subjects.remove(entry.subject());
            }
            if (removed != null && !isUsed(removed.id())) {
                // The id stays counted in maxId, so it is never handed out again while this process runs.
                schemasById.remove(removed.id());
                idsBySchema.remove(removed.schema(), removed.id());
            }
        });
    }

    private void apply(CompatibilityEntry entry) {
        entry.subject().ifPresentOrElse(
                subject -> entry.level().ifPresentOrElse(
                        level -> subjectCompatibility.put(subject, level),
                        () -> subjectCompatibility.remove(subject)),
                () -> globalCompatibility = entry.level());
    }

    private boolean isUsed(int id) {
        return subjects.values().stream().flatMap(versions -> versions.values().stream()).anyMatch(version -> version.id() == id);
    }
}
