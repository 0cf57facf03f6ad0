package io.newsflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.avro.RawArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the released schemas: a top-level schema may only change together with a new version file in
 * {@code src/main/resources/schema-history}. Run with {@code -Dnewsflow.schemas.release=true} to write that file
 * (see schemas/README.md, "Releasing a schema change").
 */
class SchemaHistoryTest {

    private static final String RELEASE_PROPERTY = "newsflow.schemas.release";
    private static final Path SOURCE_HISTORY = Paths.get("src", "main", "resources", SchemaHistory.ROOT);

    private final SchemaHistory history = SchemaHistory.onClassPath();

    @Test
    void shouldHaveReleasedEveryCurrentTopLevelSchemaExactly() throws IOException {
        List<String> unreleased = new ArrayList<>();
        for (Schema current : TopLevelRecords.SCHEMAS) {
            if (history.isReleased(current)) {
                continue;
            }
            if (Boolean.getBoolean(RELEASE_PROPERTY)) {
                System.out.println("Released " + history.release(current, SOURCE_HISTORY));
            } else {
                unreleased.add(current.getName() + " (newest released: "
                        + history.versions(current.getName()).size() + " version(s))");
            }
        }
        assertThat(unreleased)
                .as("Top-level schemas that differ from their newest file in %s. Released schemas are never edited: "
                        + "release the change as a new version with `mvn -o -pl schemas test -Dtest=SchemaHistoryTest "
                        + "-D%s=true`, then run SchemaEvolutionTest and commit the new file.", SOURCE_HISTORY, RELEASE_PROPERTY)
                .isEmpty();
    }

    @Test
    void shouldReadVersionsOldestFirst() {
        List<Schema> versions = history.versions("RawArticle");

        assertThat(versions).isNotEmpty();
        assertThat(versions.get(0).getFullName()).isEqualTo("io.newsflow.avro.RawArticle");
        assertThat(history.newest("RawArticle")).contains(versions.get(versions.size() - 1));
    }

    @Test
    void shouldKnowNoVersionsOfARecordThatWasNeverReleased() {
        assertThat(history.versions("Mention")).isEmpty();
        assertThat(history.newest("Mention")).isEmpty();
    }

    @Test
    void shouldSeeAChangedDocAsAnUnreleasedChange() {
        Schema changed = new Schema.Parser().parse(RawArticle.getClassSchema().toString()
                .replace("A news article as received", "An article as received"));

        assertThat(history.isReleased(RawArticle.getClassSchema())).isTrue();
        assertThat(history.isReleased(changed)).isFalse();
    }

    @Test
    void shouldReleaseAChangeAsTheNextVersionFile(@TempDir Path folder) throws IOException {
        Schema changed = withExtraField(RawArticle.getClassSchema());
        int released = history.versions("RawArticle").size();

        Path file = history.release(changed, folder);

        assertThat(file).isEqualTo(folder.resolve("RawArticle").resolve("v" + (released + 1) + ".avsc"));
        Schema written = new Schema.Parser().parse(Files.readString(file));
        assertThat(written.getField("section")).isNotNull();
        assertThat(Files.readString(file)).doesNotContain("avro.java.string");
    }

    @Test
    void shouldRefuseToReleaseWhatIsAlreadyReleased(@TempDir Path folder) {
        assertThatThrownBy(() -> history.release(RawArticle.getClassSchema(), folder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("io.newsflow.avro.RawArticle is already released as schema-history/RawArticle/v");
    }

    /** RawArticle with a defaulted field appended, as a compatible next version would have. */
    static Schema withExtraField(Schema schema) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field field : schema.getFields()) {
            fields.add(new Schema.Field(field, field.schema()));
        }
        fields.add(new Schema.Field("section", SchemaBuilder.builder().stringType(), "Newspaper section.", "nyheter"));
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }
}
