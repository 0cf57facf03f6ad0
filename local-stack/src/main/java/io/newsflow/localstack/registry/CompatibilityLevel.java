package io.newsflow.localstack.registry;

import java.util.Locale;
import java.util.Optional;

/**
 * Which earlier schemas of a subject a new schema must stay compatible with, and in which
 * direction, with the names and meanings of Confluent Schema Registry.
 */
public enum CompatibilityLevel {
    /** No check. */
    NONE(false, false, false),
    /** The new schema can read data written with the latest one. */
    BACKWARD(true, false, false),
    /** The new schema can read data written with every earlier one. */
    BACKWARD_TRANSITIVE(true, false, true),
    /** The latest schema can read data written with the new one. */
    FORWARD(false, true, false),
    /** Every earlier schema can read data written with the new one. */
    FORWARD_TRANSITIVE(false, true, true),
    /** Backward and forward against the latest schema. */
    FULL(true, true, false),
    /** Backward and forward against every earlier schema. */
    FULL_TRANSITIVE(true, true, true);

    /** Confluent's default, and ours. */
    public static final CompatibilityLevel DEFAULT = BACKWARD;

    private final boolean newReadsOld;
    private final boolean oldReadsNew;
    private final boolean transitive;

    CompatibilityLevel(boolean newReadsOld, boolean oldReadsNew, boolean transitive) {
        this.newReadsOld = newReadsOld;
        this.oldReadsNew = oldReadsNew;
        this.transitive = transitive;
    }

    /** The level named {@code name}, ignoring case, as Confluent accepts it. */
    public static Optional<CompatibilityLevel> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    boolean newReadsOld() {
        return newReadsOld;
    }

    boolean oldReadsNew() {
        return oldReadsNew;
    }

    boolean transitive() {
        return transitive;
    }
}
