package io.newsflow.localstack.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import io.newsflow.localstack.registry.LogEntry.CompatibilityEntry;
import io.newsflow.localstack.registry.LogEntry.VersionEntry;
import io.newsflow.localstack.registry.RegistryState.Filter;
import org.junit.jupiter.api.Test;

class RegistryIndexTest {

    private static final String ARTICLE = AvroSchemas.canonical(AvroSchemas.parse(ArticleSchemas.V1));
    private static final String PARAGRAPH = AvroSchemas.canonical(AvroSchemas.parse(ArticleSchemas.PARAGRAPH));

    private final RegistryIndex index = new RegistryIndex();

    @Test
    void shouldShareOneIdBetweenSubjectsAndListUsesBySubject() {
        index.apply(VersionEntry.of(new SchemaVersion("news.articles.raw-value", 1, 1, ARTICLE, false)));
        index.apply(VersionEntry.of(new SchemaVersion("news.articles.archive-value", 1, 1, ARTICLE, false)));

        RegistryState state = index.snapshot();

        assertThat(state.idOf(ARTICLE)).contains(1);
        assertThat(state.usesOf(1, Filter.ACTIVE)).extracting(SchemaVersion::subject)
                .containsExactly("news.articles.archive-value", "news.articles.raw-value");
    }

    @Test
    void shouldHideSoftDeletedVersionsButKeepTheirIds() {
        SchemaVersion article = new SchemaVersion("news.articles.raw-value", 1, 1, ARTICLE, false);
        index.apply(VersionEntry.of(article));
        index.apply(VersionEntry.of(article.softDeleted()));

        RegistryState state = index.snapshot();

        assertThat(state.subjects(Filter.ACTIVE)).isEmpty();
        assertThat(state.subjects(Filter.INCLUDE_DELETED)).containsExactly("news.articles.raw-value");
        assertThat(state.schema(1)).contains(ARTICLE);
        assertThat(state.highestVersion("news.articles.raw-value")).isEqualTo(1);
    }

    @Test
    void shouldForgetAnIdOnceNoVersionUsesItButNeverHandItOutAgain() {
        SchemaVersion paragraph = new SchemaVersion("news.paragraphs-value", 1, 4, PARAGRAPH, true);
        index.apply(VersionEntry.of(paragraph));
        index.apply(VersionEntry.tombstone(paragraph));

        RegistryState state = index.snapshot();

        assertThat(state.schema(4)).isEmpty();
        assertThat(state.idOf(PARAGRAPH)).isEmpty();
        assertThat(state.subjects(Filter.INCLUDE_DELETED)).isEmpty();
        assertThat(state.maxId()).isEqualTo(4);
    }

    @Test
    void shouldEndInTheSameStateWhenAnEntryIsAppliedTwice() {
        SchemaVersion article = new SchemaVersion("news.articles.raw-value", 1, 1, ARTICLE, false);
        index.apply(VersionEntry.of(article));
        index.apply(new CompatibilityEntry(Optional.of("news.articles.raw-value"), Optional.of(CompatibilityLevel.FULL)));
        index.apply(VersionEntry.of(article));
        index.apply(new CompatibilityEntry(Optional.of("news.articles.raw-value"), Optional.of(CompatibilityLevel.FULL)));

        RegistryState state = index.snapshot();

        assertThat(state.versions("news.articles.raw-value", Filter.INCLUDE_DELETED)).containsExactly(article);
        assertThat(state.effectiveCompatibility("news.articles.raw-value")).isEqualTo(CompatibilityLevel.FULL);
        assertThat(state.globalCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
    }
}
