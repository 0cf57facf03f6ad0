package io.newsflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.RawArticle;
import io.newsflow.serde.registry.CompatibilityCheck;
import io.newsflow.serde.registry.CompatibilityLevel;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;

/**
 * The evolution rule: every current top-level schema reads data written with every released version of it
 * (BACKWARD, checked against all predecessors), so a consumer can always be upgraded before the producers.
 */
class SchemaEvolutionTest {

    private final SchemaHistory history = SchemaHistory.onClassPath();

    @Test
    void shouldReadEveryReleasedVersionWithTheCurrentSchema() {
        List<String> broken = new ArrayList<>();
        for (Schema current : TopLevelRecords.SCHEMAS) {
            List<Schema> released = history.versions(current.getName());
            for (int version = 1; version <= released.size(); version++) {
                SchemaCompatibility.SchemaPairCompatibility result =
                        SchemaCompatibility.checkReaderWriterCompatibility(current, released.get(version - 1));
                if (result.getType() != SchemaCompatibilityType.COMPATIBLE) {
                    broken.add(current.getName() + " cannot read v" + version + ": "
                            + result.getResult().getIncompatibilities());
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void shouldHaveReleasedEveryTopLevelRecord() {
        assertThat(TopLevelRecords.SCHEMAS)
                .allSatisfy(current -> assertThat(history.versions(current.getName()))
                        .as("released versions of %s", current.getName())
                        .isNotEmpty());
    }

    @Test
    void shouldAcceptAnAddedFieldWithADefault() {
        Schema next = SchemaHistoryTest.withExtraField(RawArticle.getClassSchema());

        assertThat(CompatibilityLevel.BACKWARD_TRANSITIVE.check(next, history.versions("RawArticle")).isCompatible())
                .isTrue();
    }

    @Test
    void shouldRejectAnAddedFieldWithoutADefault() {
        Schema next = new Schema.Parser().parse(RawArticle.getClassSchema().toString().replace(
                "{\"name\":\"title\",",
                "{\"name\":\"section\",\"type\":\"string\",\"doc\":\"Newspaper section.\"},{\"name\":\"title\","));

        CompatibilityCheck check = CompatibilityLevel.BACKWARD_TRANSITIVE.check(next, history.versions("RawArticle"));

        assertThat(check.isCompatible()).isFalse();
        // Reported once against every released version, as each one lacks the field.
        assertThat(check.incompatibilities()).hasSize(history.versions("RawArticle").size())
                .allSatisfy(incompatibility -> assertThat(incompatibility).asString()
                        .contains("READER_FIELD_MISSING_DEFAULT_VALUE")
                        .contains("section"));
    }
}
