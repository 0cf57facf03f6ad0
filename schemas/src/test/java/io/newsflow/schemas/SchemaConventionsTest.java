package io.newsflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** The conventions every newsflow schema follows, checked over every named type the topics carry. */
class SchemaConventionsTest {

    private static final String SNAKE_CASE = "[a-z][a-z0-9]*(_[a-z0-9]+)*";

    private final Collection<Schema> namedTypes = namedTypes(TopLevelRecords.SCHEMAS);

    @Test
    void shouldCoverEveryGeneratedType() {
        assertThat(namedTypes).extracting(Schema::getName).containsExactlyInAnyOrder(
                "RawArticle", "EnrichedParagraph", "EnrichedArticle", "EntityMention", "Claim", "DeadLetter", "Header",
                "TextSpan", "SentenceSpan", "ParagraphKind", "EntityType", "ValueType", "ClaimKind", "Mention", "Value",
                "ResolvedSource", "CanonicalEntity", "PipelineInfo");
    }

    @Test
    void shouldLiveInTheAvroNamespace() {
        assertThat(namedTypes).allSatisfy(type -> assertThat(type.getNamespace()).isEqualTo("io.newsflow.avro"));
    }

    @Test
    void shouldDocumentEveryRecordFieldAndEnum() {
        assertThat(namedTypes).allSatisfy(type -> assertThat(type.getDoc()).as("doc of %s", type.getName()).isNotBlank());
        assertThat(fields()).allSatisfy((name, field) -> assertThat(field.doc()).as("doc of %s", name).isNotBlank());
    }

    @Test
    void shouldNameFieldsInSnakeCase() {
        assertThat(fields()).allSatisfy((name, field) -> assertThat(field.name()).as(name).matches(SNAKE_CASE));
    }

    @Test
    void shouldGiveEveryEnumADefaultSymbolSoOldReadersSurviveNewSymbols() {
        assertThat(namedTypes).filteredOn(type -> type.getType() == Schema.Type.ENUM)
                .hasSize(4)
                .allSatisfy(type -> assertThat(type.getEnumDefault()).as("default of %s", type.getName())
                        .isIn(type.getEnumSymbols()));
    }

    @Test
    void shouldMakeOptionalFieldsNullFirstUnionsDefaultingToNull() {
        assertThat(fields()).allSatisfy((name, field) -> {
            if (field.schema().getType() == Schema.Type.UNION) {
                assertThat(field.schema().getTypes()).as(name).hasSize(2);
                assertThat(field.schema().getTypes().get(0).getType()).as(name).isEqualTo(Schema.Type.NULL);
                assertThat(field.defaultVal()).as("default of %s", name).isEqualTo(JsonProperties.NULL_VALUE);
            }
        });
    }

    @Test
    void shouldDefaultArraysAndMapsToEmpty() {
        assertThat(fields()).allSatisfy((name, field) -> {
            Schema.Type type = field.schema().getType();
            if (type == Schema.Type.ARRAY) {
                assertThat(field.defaultVal()).as("default of %s", name).isEqualTo(List.of());
            } else if (type == Schema.Type.MAP) {
                assertThat(field.defaultVal()).as("default of %s", name).isEqualTo(Map.of());
            }
        });
    }

    @Test
    void shouldKeepTimestampsAsTimestampMillis() {
        Map<String, Schema.Field> timestamps = new LinkedHashMap<>();
        fields().forEach((name, field) -> {
            if (field.name().endsWith("_at") || field.name().equals("time")) {
                timestamps.put(name, field);
            }
        });

        assertThat(timestamps).hasSize(8).allSatisfy((name, field) -> {
            Schema value = field.schema().isNullable() ? field.schema().getTypes().get(1) : field.schema();
            assertThat(value.getLogicalType()).as(name).isEqualTo(LogicalTypes.timestampMillis());
        });
    }

    @Test
    void shouldSayThatOffsetsAreCodePointsEndExclusiveWhereverThereAreOffsets() {
        assertThat(namedTypes).filteredOn(type -> type.getType() == Schema.Type.RECORD && type.getField("end") != null)
                .extracting(Schema::getName)
                .containsExactlyInAnyOrder("TextSpan", "SentenceSpan", "Mention", "Value", "EntityMention")
                .allSatisfy(name -> assertThat(docOf(name)).contains("Unicode code points").contains("end exclusive"));
    }

    private String docOf(String name) {
        return namedTypes.stream().filter(type -> type.getName().equals(name)).findFirst().orElseThrow().getDoc();
    }

    /** Every field of every record, keyed "Record.field". */
    private Map<String, Schema.Field> fields() {
        Map<String, Schema.Field> fields = new LinkedHashMap<>();
        namedTypes.stream().filter(type -> type.getType() == Schema.Type.RECORD)
                .forEach(record -> record.getFields().forEach(field -> fields.put(record.getName() + "." + field.name(), field)));
        return fields;
    }

    private static Collection<Schema> namedTypes(List<Schema> roots) {
        Map<String, Schema> found = new LinkedHashMap<>();
        List<Schema> pending = new ArrayList<>(roots);
        while (!pending.isEmpty()) {
            Schema schema = pending.remove(pending.size() - 1);
            switch (schema.getType()) {
                case RECORD -> {
                    if (found.putIfAbsent(schema.getFullName(), schema) == null) {
                        schema.getFields().forEach(field -> pending.add(field.schema()));
                    }
                }
                case ENUM -> found.putIfAbsent(schema.getFullName(), schema);
                case ARRAY -> pending.add(schema.getElementType());
                case MAP -> pending.add(schema.getValueType());
                case UNION -> pending.addAll(schema.getTypes());
                default -> {
                }
            }
        }
        return found.values();
    }
}
