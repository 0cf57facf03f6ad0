package io.newsflow.localstack.registry;

import static io.newsflow.localstack.registry.ArticleSchemas.V1;
import static io.newsflow.localstack.registry.ArticleSchemas.V2_WITHOUT_BODY;
import static io.newsflow.localstack.registry.ArticleSchemas.V2_WITH_LANGUAGE;
import static io.newsflow.localstack.registry.ArticleSchemas.V2_WITH_REQUIRED_DATE;
import static io.newsflow.localstack.registry.ArticleSchemas.V3_LANGUAGE_REQUIRED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompatibilityCheckerTest {

    private static final List<SchemaVersion> V1_ONLY = List.of(version(1, V1));
    private static final List<SchemaVersion> V1_THEN_LANGUAGE = List.of(version(1, V1), version(2, V2_WITH_LANGUAGE));

    @ParameterizedTest(name = "{0} under {1} -> compatible: {2}")
    @CsvSource({
            // candidate,             level,    compatible
            "V2_WITH_LANGUAGE,        BACKWARD, true",    // new field has a default
            "V2_WITH_LANGUAGE,        FORWARD,  true",    // old readers ignore the new field
            "V2_WITH_LANGUAGE,        FULL,     true",
            "V2_WITH_REQUIRED_DATE,   BACKWARD, false",   // new readers need a date old data lacks
            "V2_WITH_REQUIRED_DATE,   FORWARD,  true",
            "V2_WITH_REQUIRED_DATE,   NONE,     true",
            "V2_WITHOUT_BODY,         BACKWARD, true",    // new readers ignore the old body
            "V2_WITHOUT_BODY,         FORWARD,  false",   // old readers need a body new data lacks
            "V2_WITHOUT_BODY,         FULL,     false",
    })
    void shouldApplyAvroResolutionInTheDirectionsTheLevelNames(String candidate, CompatibilityLevel level, boolean compatible) {
        List<String> problems = CompatibilityChecker.check(parse(schemaNamed(candidate)), V1_ONLY, level);

        assertThat(problems.isEmpty()).isEqualTo(compatible);
    }

    @Test
    void shouldCheckOnlyTheLatestVersionUnlessTransitive() {
        Schema languageRequired = parse(V3_LANGUAGE_REQUIRED);

        assertThat(CompatibilityChecker.check(languageRequired, V1_THEN_LANGUAGE, CompatibilityLevel.BACKWARD)).isEmpty();
        assertThat(CompatibilityChecker.check(languageRequired, V1_THEN_LANGUAGE, CompatibilityLevel.BACKWARD_TRANSITIVE))
                .contains("{oldSchemaVersion: 1}", "{compatibility: 'BACKWARD_TRANSITIVE'}");
    }

    @Test
    void shouldExplainAnIncompatibilityTheWayConfluentDoes() {
        List<String> problems = CompatibilityChecker.check(parse(V2_WITH_REQUIRED_DATE), V1_ONLY, CompatibilityLevel.BACKWARD);

        assertThat(problems).containsExactly(
                "{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'The new schema cannot read data written with the old "
                        + "schema at path '/fields/3' of the new schema', additionalInfo:'published'}",
                "{oldSchemaVersion: 1}",
                "{oldSchema: '" + parse(V1) + "'}",
                "{compatibility: 'BACKWARD'}");
    }

    @Test
    void shouldAcceptAnythingAsTheFirstVersion() {
        assertThat(CompatibilityChecker.check(parse(V2_WITH_REQUIRED_DATE), List.of(), CompatibilityLevel.FULL_TRANSITIVE)).isEmpty();
    }

    private static SchemaVersion version(int number, String schema) {
        return new SchemaVersion("news.articles.raw-value", number, number, AvroSchemas.canonical(parse(schema)), false);
    }

    private static Schema parse(String schema) {
        return AvroSchemas.parse(schema);
    }

    private static String schemaNamed(String name) {
        return switch (name) {
            case "V2_WITH_LANGUAGE" -> V2_WITH_LANGUAGE;
            case "V2_WITH_REQUIRED_DATE" -> V2_WITH_REQUIRED_DATE;
            case "V2_WITHOUT_BODY" -> V2_WITHOUT_BODY;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
