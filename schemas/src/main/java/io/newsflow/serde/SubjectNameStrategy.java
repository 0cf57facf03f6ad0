package io.newsflow.serde;

import java.util.Locale;
import org.apache.avro.Schema;

/**
 * Which registry subject a topic's key or value schema belongs to, with Confluent's three strategies and their
 * names, so an existing {@code value.subject.name.strategy} setting keeps its meaning.
 */
public enum SubjectNameStrategy {
    /** {@code <topic>-key} / {@code <topic>-value}: one schema lineage per topic (the default). */
    TOPIC_NAME("io.confluent.kafka.serializers.subject.TopicNameStrategy") {
        @Override
        public String subject(String topic, boolean isKey, Schema schema) {
            return topic + (isKey ? "-key" : "-value");
        }
    },
    /** The record's full name: one lineage per record type, shared by every topic carrying it. */
    RECORD_NAME("io.confluent.kafka.serializers.subject.RecordNameStrategy") {
        @Override
        public String subject(String topic, boolean isKey, Schema schema) {
            return schema.getFullName();
        }
    },
    /** {@code <topic>-<record full name>}: one lineage per record type and topic. */
    TOPIC_RECORD_NAME("io.confluent.kafka.serializers.subject.TopicRecordNameStrategy") {
        @Override
        public String subject(String topic, boolean isKey, Schema schema) {
            return topic + "-" + schema.getFullName();
        }
    };

    private final String confluentClassName;

    SubjectNameStrategy(String confluentClassName) {
        this.confluentClassName = confluentClassName;
    }

    /** The subject for a key ({@code isKey}) or value schema written to a topic. */
    public abstract String subject(String topic, boolean isKey, Schema schema);

    /** The name of Confluent's class with the same behaviour. */
    public String confluentClassName() {
        return confluentClassName;
    }

    /**
     * Reads a strategy from configuration: Confluent's class name
     * ({@code io.confluent.kafka.serializers.subject.RecordNameStrategy}), its simple name, or the constant name.
     */
    public static SubjectNameStrategy parse(String name) {
        String trimmed = name.trim();
        for (SubjectNameStrategy strategy : values()) {
            String simpleName = strategy.confluentClassName.substring(strategy.confluentClassName.lastIndexOf('.') + 1);
            if (trimmed.equals(strategy.confluentClassName) || trimmed.equals(simpleName)
                    || trimmed.toUpperCase(Locale.ROOT).equals(strategy.name())) {
                return strategy;
            }
        }
        throw new IllegalArgumentException("Unknown subject name strategy '" + name + "'; expected one of "
                + java.util.Arrays.stream(values()).map(SubjectNameStrategy::confluentClassName).toList());
    }
}
