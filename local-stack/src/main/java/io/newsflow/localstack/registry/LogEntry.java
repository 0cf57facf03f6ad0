package io.newsflow.localstack.registry;

import java.util.Optional;

/**
 * One record of the registry's compacted {@code _schemas} topic. The topic is the registry's only
 * storage: replaying it from the start rebuilds every subject, version, id and setting, and
 * compaction keeps only the newest entry per key.
 */
sealed interface LogEntry {

    /** A version of a subject; an empty value is a permanent delete (a tombstone). */
    record VersionEntry(String subject, int version, Optional<SchemaVersion> value) implements LogEntry {

        static VersionEntry of(SchemaVersion version) {
            return new VersionEntry(version.subject(), version.version(), Optional.of(version));
        }

        static VersionEntry tombstone(SchemaVersion version) {
            return new VersionEntry(version.subject(), version.version(), Optional.empty());
        }
    }

    /**
     * The compatibility level of one subject, or the global one when {@code subject} is empty; an
     * empty level removes the setting.
     */
    record CompatibilityEntry(Optional<String> subject, Optional<CompatibilityLevel> level) implements LogEntry {
    }
}
