package io.newsflow.serde.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.avro.Claim;
import io.newsflow.avro.RawArticle;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

/** The in-memory registry behaves like the real one, so tests elsewhere can trust it. */
class MockSchemaRegistryClientTest {

    /** v1 of a small lineage: the article id only. */
    private static final Schema ID_ONLY = SchemaBuilder.record("Teaser").namespace("io.newsflow.test").fields()
            .requiredString("id").endRecord();
    /** v2: adds a section with a default, readable over v1. */
    private static final Schema WITH_SECTION = SchemaBuilder.record("Teaser").namespace("io.newsflow.test").fields()
            .requiredString("id").name("section").type().stringType().stringDefault("nyheter").endRecord();
    /** v3: the section loses its default: still reads v2 data, no longer v1 data. */
    private static final Schema SECTION_REQUIRED = SchemaBuilder.record("Teaser").namespace("io.newsflow.test").fields()
            .requiredString("id").requiredString("section").endRecord();

    private final MockSchemaRegistryClient registry = new MockSchemaRegistryClient();

    @Test
    void shouldGiveTheSameSchemaTheSameIdUnderEverySubject() {
        int raw = registry.register("news.articles.raw-value", RawArticle.getClassSchema());
        int again = registry.register("news.articles.raw-value", RawArticle.getClassSchema());
        int elsewhere = registry.register("archive.articles-value", RawArticle.getClassSchema());
        int claim = registry.register("news.claims-value", Claim.getClassSchema());

        assertThat(raw).isEqualTo(again).isEqualTo(elsewhere).isEqualTo(1);
        assertThat(claim).isEqualTo(2);
        assertThat(registry.versions("news.articles.raw-value")).hasSize(1);
    }

    @Test
    void shouldNumberVersionsPerSubjectFromOne() {
        registry.register("teasers-value", ID_ONLY);
        registry.register("teasers-value", WITH_SECTION);

        assertThat(registry.versions("teasers-value")).extracting(RegisteredSchema::version, RegisteredSchema::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1), org.assertj.core.groups.Tuple.tuple(2, 2));
        assertThat(registry.latest("teasers-value")).get().extracting(RegisteredSchema::schema).isEqualTo(WITH_SECTION);
        assertThat(registry.lookup("teasers-value", ID_ONLY)).get().extracting(RegisteredSchema::version).isEqualTo(1);
    }

    @Test
    void shouldRefuseUnderBackwardAFieldNewReadersCannotFill() {
        registry.register("teasers-value", ID_ONLY);

        assertThatThrownBy(() -> registry.register("teasers-value", SECTION_REQUIRED))
                .isInstanceOfSatisfying(IncompatibleSchemaException.class, e -> {
                    assertThat(e.httpStatus()).hasValue(409);
                    assertThat(e.incompatibilities()).singleElement().asString()
                            .contains("READER_FIELD_MISSING_DEFAULT_VALUE").contains("section");
                });
        assertThat(registry.versions("teasers-value")).hasSize(1);
    }

    @Test
    void shouldCheckOnlyTheLatestVersionUnlessTransitive() {
        registry.register("teasers-value", ID_ONLY);
        registry.register("teasers-value", WITH_SECTION);
        registry.register("strict-value", ID_ONLY);
        registry.register("strict-value", WITH_SECTION);
        registry.setCompatibility("strict-value", CompatibilityLevel.BACKWARD_TRANSITIVE);

        assertThat(registry.register("teasers-value", SECTION_REQUIRED)).isEqualTo(3);
        assertThatThrownBy(() -> registry.register("strict-value", SECTION_REQUIRED))
                .isInstanceOf(IncompatibleSchemaException.class);
    }

    @Test
    void shouldCheckBothWaysUnderFull() {
        registry.setCompatibility(CompatibilityLevel.FULL);
        registry.register("teasers-value", WITH_SECTION);

        CompatibilityCheck check = registry.testCompatibility("teasers-value", SECTION_REQUIRED);

        assertThat(check.isCompatible()).isTrue();
        assertThat(registry.testCompatibility("teasers-value", RawArticle.getClassSchema()).incompatibilities())
                .anySatisfy(finding -> assertThat(finding).startsWith("new schema cannot read"))
                .anySatisfy(finding -> assertThat(finding).startsWith("an existing version cannot read"));
    }

    @Test
    void shouldAcceptAnythingUnderNone() {
        registry.setCompatibility(CompatibilityLevel.NONE);
        registry.register("teasers-value", ID_ONLY);

        assertThat(registry.register("teasers-value", Claim.getClassSchema())).isEqualTo(2);
    }

    @Test
    void shouldHandBackSchemasAsParsedFromTheirText() {
        int id = registry.register("news.claims-value", Claim.getClassSchema());

        assertThat(registry.schemaById(id)).isEqualTo(Claim.getClassSchema()).isNotSameAs(Claim.getClassSchema());
    }

    @Test
    void shouldRefuseMoreSchemasThanItsCapacity() {
        MockSchemaRegistryClient tiny = new MockSchemaRegistryClient(CompatibilityLevel.NONE, 1);
        tiny.register("teasers-value", ID_ONLY);

        assertThatThrownBy(() -> tiny.register("teasers-value", WITH_SECTION))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The mock schema registry is full: it holds 1 schemas, its capacity is 1");
    }

    @Test
    void shouldFailEveryCallWhileSwitchedOff() {
        registry.register("teasers-value", ID_ONLY);
        registry.setAvailable(false);

        assertThatThrownBy(() -> registry.schemaById(1)).isInstanceOf(SchemaRegistryUnavailableException.class);
        assertThatThrownBy(() -> registry.register("teasers-value", ID_ONLY))
                .isInstanceOf(SchemaRegistryUnavailableException.class);

        registry.setAvailable(true);
        assertThat(registry.schemaById(1)).isEqualTo(ID_ONLY);
    }

    @Test
    void shouldParseLevelsAsTheRegistryWritesThem() {
        assertThat(CompatibilityLevel.parse("backward_transitive")).isEqualTo(CompatibilityLevel.BACKWARD_TRANSITIVE);
        assertThatThrownBy(() -> CompatibilityLevel.parse("SIDEWAYS"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown compatibility level 'SIDEWAYS'; expected one of [NONE, BACKWARD,");
    }
}
