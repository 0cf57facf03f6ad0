package io.newsflow.serde;

import java.util.Objects;

/**
 * How the Avro serde behaves towards the schema registry, as typed values. The same settings are read from
 * Kafka-style configuration maps by {@link AvroSerdeConfig}, under Confluent's key names.
 *
 * @param autoRegister              register a record's schema when it is first written; otherwise it must
 *                                  already be registered and is only looked up
 * @param useLatestVersion          write with the subject's latest registered version instead of the record's
 *                                  own schema (records are translated into it)
 * @param latestCompatibilityStrict with {@code useLatestVersion}: refuse when the latest version cannot read the
 *                                  record's own schema, instead of failing record by record
 * @param keySubjectStrategy        subject naming for keys
 * @param valueSubjectStrategy      subject naming for values
 * @param removeJavaProperties      register schemas without Java code generation hints ({@code avro.java.string});
 *                                  off by default, like Confluent's, so both register the same text
 * @param cacheCapacity             entries each serde cache holds at most
 */
public record SerdeSettings(
        boolean autoRegister,
        boolean useLatestVersion,
        boolean latestCompatibilityStrict,
        SubjectNameStrategy keySubjectStrategy,
        SubjectNameStrategy valueSubjectStrategy,
        boolean removeJavaProperties,
        int cacheCapacity) {

    /** Confluent's defaults: auto-register, topic-name subjects, Java properties kept, 1000 cache entries. */
    public static final SerdeSettings DEFAULTS = new SerdeSettings(true, false, true,
            SubjectNameStrategy.TOPIC_NAME, SubjectNameStrategy.TOPIC_NAME, false, 1000);

    public SerdeSettings {
        Objects.requireNonNull(keySubjectStrategy, "keySubjectStrategy");
        Objects.requireNonNull(valueSubjectStrategy, "valueSubjectStrategy");
        if (cacheCapacity < 1) {
            throw new IllegalArgumentException("Serde cache capacity must be at least 1, was " + cacheCapacity);
        }
    }

    public SerdeSettings withAutoRegister(boolean autoRegister) {
        return new SerdeSettings(autoRegister, useLatestVersion, latestCompatibilityStrict, keySubjectStrategy,
                valueSubjectStrategy, removeJavaProperties, cacheCapacity);
    }

    public SerdeSettings withUseLatestVersion(boolean useLatestVersion) {
        return new SerdeSettings(autoRegister, useLatestVersion, latestCompatibilityStrict, keySubjectStrategy,
                valueSubjectStrategy, removeJavaProperties, cacheCapacity);
    }

    public SerdeSettings withRemoveJavaProperties(boolean removeJavaProperties) {
        return new SerdeSettings(autoRegister, useLatestVersion, latestCompatibilityStrict, keySubjectStrategy,
                valueSubjectStrategy, removeJavaProperties, cacheCapacity);
    }

    public SerdeSettings withValueSubjectStrategy(SubjectNameStrategy strategy) {
        return new SerdeSettings(autoRegister, useLatestVersion, latestCompatibilityStrict, keySubjectStrategy,
                strategy, removeJavaProperties, cacheCapacity);
    }

    /** The subject naming for keys or values. */
    public SubjectNameStrategy subjectStrategy(boolean isKey) {
        return isKey ? keySubjectStrategy : valueSubjectStrategy;
    }
}
