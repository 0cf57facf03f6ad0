package io.newsflow.localstack.registry;

import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * Decides whether a candidate schema may follow the earlier versions of a subject, with Avro's own
 * schema-resolution rules ({@link SchemaCompatibility}).
 *
 * <p>The answer is a list of messages in the shape Confluent's registry uses (one
 * {@code {errorType:..., description:..., additionalInfo:...}} entry per problem, then the old
 * version, the old schema and the level); an empty list means compatible.
 */
final class CompatibilityChecker {

    private CompatibilityChecker() {
    }

    /**
     * Checks {@code candidate} against the active versions {@code earlier} (oldest first): against
     * the latest one, or against all of them for the transitive levels. Reports the newest version
     * that fails.
     */
    static List<String> check(Schema candidate, List<SchemaVersion> earlier, CompatibilityLevel level) {
        if (level == CompatibilityLevel.NONE || earlier.isEmpty()) {
            return List.of();
        }
        List<SchemaVersion> against = level.transitive() ? earlier : List.of(earlier.get(earlier.size() - 1));
        for (int i = against.size() - 1; i >= 0; i--) {
            List<String> problems = check(candidate, against.get(i), level);
            if (!problems.isEmpty()) {
                return problems;
            }
        }
        return List.of();
    }

    /** Checks {@code candidate} against one earlier version in the direction(s) {@code level} asks for. */
    static List<String> check(Schema candidate, SchemaVersion earlier, CompatibilityLevel level) {
        Schema old = AvroSchemas.parse(earlier.schema());
        List<String> problems = new ArrayList<>();
        if (level.newReadsOld()) {
            problems.addAll(describe(SchemaCompatibility.checkReaderWriterCompatibility(candidate, old), "new", "old"));
        }
        if (level.oldReadsNew()) {
            problems.addAll(describe(SchemaCompatibility.checkReaderWriterCompatibility(old, candidate), "old", "new"));
        }
        if (problems.isEmpty()) {
            return List.of();
        }
        problems.add("{oldSchemaVersion: " + earlier.version() + "}");
        problems.add("{oldSchema: '" + earlier.schema() + "'}");
        problems.add("{compatibility: '" + level.name() + "'}");
        return problems;
    }

    private static List<String> describe(SchemaCompatibility.SchemaPairCompatibility result, String reader, String writer) {
        return result.getResult().getIncompatibilities().stream()
                .map(problem -> format(problem, reader, writer))
                .toList();
    }

    private static String format(Incompatibility problem, String reader, String writer) {
        return "{errorType:'" + problem.getType() + "', description:'The " + reader + " schema cannot read data written with the "
                + writer + " schema at path '" + problem.getLocation() + "' of the " + reader + " schema', additionalInfo:'"
                + problem.getMessage() + "'}";
    }
}
