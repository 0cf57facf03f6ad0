package io.newsflow.serde.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * The schema registry's compatibility rules, with the same names and meaning. newsflow runs its subjects
 * under {@link #BACKWARD}: consumers upgraded to a new schema can still read everything already on the topic.
 */
public enum CompatibilityLevel {
    /** No check at all. */
    NONE(false, false, false),
    /** The new schema can read data written with the latest version. */
    BACKWARD(true, false, false),
    /** The new schema can read data written with every earlier version. */
    BACKWARD_TRANSITIVE(true, false, true),
    /** The latest version can read data written with the new schema. */
    FORWARD(false, true, false),
    /** Every earlier version can read data written with the new schema. */
    FORWARD_TRANSITIVE(false, true, true),
    /** Both BACKWARD and FORWARD against the latest version. */
    FULL(true, true, false),
    /** Both BACKWARD and FORWARD against every earlier version. */
    FULL_TRANSITIVE(true, true, true);

    private final boolean newReadsOld;
    private final boolean oldReadsNew;
    private final boolean transitive;

    CompatibilityLevel(boolean newReadsOld, boolean oldReadsNew, boolean transitive) {
        this.newReadsOld = newReadsOld;
        this.oldReadsNew = oldReadsNew;
        this.transitive = transitive;
    }

    /** Parses a level name as the registry writes it ({@code "BACKWARD"}), ignoring case. */
    public static CompatibilityLevel parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown compatibility level '" + name + "'; expected one of "
                    + List.of(values()), e);
        }
    }

    /**
     * Checks a candidate schema against a subject's existing versions (oldest first) under this rule.
     * Only the latest version counts unless the rule is transitive; an empty history accepts anything.
     */
    public CompatibilityCheck check(Schema candidate, List<Schema> existingOldestFirst) {
        if (existingOldestFirst.isEmpty()) {
            return CompatibilityCheck.compatible();
        }
        List<Schema> against = transitive
                ? existingOldestFirst
                : List.of(existingOldestFirst.get(existingOldestFirst.size() - 1));
        List<String> findings = new ArrayList<>();
        for (Schema existing : against) {
            if (newReadsOld) {
                findings.addAll(findings("new schema cannot read data written with an existing version", candidate, existing));
            }
            if (oldReadsNew) {
                findings.addAll(findings("an existing version cannot read data written with the new schema", existing, candidate));
            }
        }
        return findings.isEmpty() ? CompatibilityCheck.compatible() : CompatibilityCheck.incompatible(findings);
    }

    private static List<String> findings(String direction, Schema reader, Schema writer) {
        return incompatibilities(reader, writer).stream().map(finding -> direction + ": " + finding).toList();
    }

    /**
     * What keeps {@code reader} from reading data written with {@code writer}, one finding per entry as
     * "TYPE at /json/pointer: message" (the way the registry reports them); empty when it can read everything.
     */
    public static List<String> incompatibilities(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult().getIncompatibilities()
                .stream()
                .map(CompatibilityLevel::describe)
                .toList();
    }

    private static String describe(Incompatibility incompatibility) {
        return incompatibility.getType() + " at " + incompatibility.getLocation() + ": " + incompatibility.getMessage();
    }
}
