package io.newsflow.localstack.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AvroSchemasTest {

    @Test
    void shouldGiveTheSameTextToSchemasThatDifferOnlyInFormatting() {
        assertThat(canonical(ArticleSchemas.V1_REFORMATTED)).isEqualTo(canonical(ArticleSchemas.V1));
    }

    @Test
    void shouldKeepDefaultsAndLogicalTypesBecauseTheyChangeHowDataIsRead() {
        String withDefault = """
                {"type": "record", "name": "Sentence", "fields": [{"name": "language", "type": "string", "default": "nb"}]}""";
        String withoutDefault = """
                {"type": "record", "name": "Sentence", "fields": [{"name": "language", "type": "string"}]}""";

        assertThat(canonical(withDefault)).isNotEqualTo(canonical(withoutDefault)).contains("\"default\":\"nb\"");
        assertThat(canonical(ArticleSchemas.V2_WITH_REQUIRED_DATE)).contains("\"logicalType\":\"timestamp-millis\"");
    }

    @Test
    void shouldRejectInvalidSchemasWithConfluentsInvalidSchemaCode() {
        assertThatThrownBy(() -> AvroSchemas.parse("""
                {"type": "record", "name": "Sentence", "fields": [{"name": "text"}]}"""))
                .isInstanceOfSatisfying(RegistryException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(422);
                    assertThat(e.errorCode()).isEqualTo(42201);
                    assertThat(e.getMessage()).isEqualTo("Invalid schema: No field type: {\"name\":\"text\"}");
                });
    }

    @Test
    void shouldRejectAReferenceToAnUndefinedTypeNamingTheType() {
        assertThatThrownBy(() -> AvroSchemas.parse("""
                {"type": "record", "name": "Sentence", "fields": [{"name": "article", "type": "Artcle"}]}"""))
                .isInstanceOfSatisfying(RegistryException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(42201);
                    assertThat(e.getMessage()).isEqualTo("Invalid schema: Undefined schema: Artcle");
                });
    }

    @Test
    void shouldRejectASchemaThatIsOnlyAnUndefinedTypeName() {
        assertThatThrownBy(() -> AvroSchemas.parse("\"Artcle\""))
                .isInstanceOfSatisfying(RegistryException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(42201);
                    assertThat(e.getMessage()).contains("named type that is not defined");
                });
    }

    @Test
    void shouldRejectAnEmptySchema() {
        assertThatThrownBy(() -> AvroSchemas.parse("  "))
                .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.getMessage()).isEqualTo("Empty schema"));
    }

    private static String canonical(String schema) {
        return AvroSchemas.canonical(AvroSchemas.parse(schema));
    }
}
