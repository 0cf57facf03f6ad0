package io.newsflow.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.avro.RawArticle;
import io.newsflow.avro.evolution.RawArticleV2;
import io.newsflow.serde.registry.IncompatibleSchemaException;
import io.newsflow.serde.registry.MockSchemaRegistryClient;
import io.newsflow.testing.SeedRecords;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

/**
 * A consumer built against a newer schema reads what older producers wrote: the writer schema comes from the
 * registry by id and is resolved into the reader's, new fields taking their defaults.
 */
class SchemaEvolutionSerdeTest {

    private static final String TOPIC = "news.articles.raw";

    private final MockSchemaRegistryClient registry = new MockSchemaRegistryClient();

    @Test
    void shouldReadVersionOneBytesWithAVersionTwoReader() {
        byte[] v1Bytes = new AvroSerializer<RawArticle>(registry).serialize(TOPIC, SeedRecords.rawArticle());

        RawArticleV2 read = new AvroDeserializer<>(RawArticleV2.class, registry).deserialize(TOPIC, v1Bytes);

        assertThat(read.getId()).isEqualTo("000_ed2e174162a10500");
        assertThat(read.getTitle()).isEqualTo("Drept, igjen?");
        assertThat(read.getPublishedAt()).isEqualTo(SeedRecords.PUBLISHED);
        assertThat(read.getMetadata()).containsEntry("section", "utenriks");
        assertThat(read.getSection()).isEqualTo("nyheter");
        assertThat(read.getPaywalled()).isFalse();
    }

    @Test
    void shouldLetTheRegistryAcceptVersionTwoAfterVersionOne() {
        new AvroSerializer<RawArticle>(registry).serialize(TOPIC, SeedRecords.rawArticle());

        int v2 = registry.register(TOPIC + "-value", RawArticleV2.getClassSchema());

        assertThat(v2).isEqualTo(2);
        assertThat(registry.versions(TOPIC + "-value")).hasSize(2);
    }

    @Test
    void shouldTranslateRecordsIntoTheLatestVersionWhenToldToUseIt() {
        registry.register(TOPIC + "-value", RawArticle.getClassSchema());
        int v2 = registry.register(TOPIC + "-value", RawArticleV2.getClassSchema());
        AvroSerializer<RawArticle> oldProducer = new AvroSerializer<>(registry,
                SerdeSettings.DEFAULTS.withAutoRegister(false).withUseLatestVersion(true), false);

        byte[] bytes = oldProducer.serialize(TOPIC, SeedRecords.rawArticle());

        assertThat(WireFormat.schemaId(TOPIC, bytes)).isEqualTo(v2);
        RawArticleV2 read = new AvroDeserializer<>(RawArticleV2.class, registry).deserialize(TOPIC, bytes);
        assertThat(read.getBody()).isEqualTo(SeedRecords.rawArticle().getBody());
        assertThat(read.getSection()).isEqualTo("nyheter");
    }

    @Test
    void shouldRefuseToWriteIntoALatestVersionThatCannotReadTheRecord() {
        Schema unrelated = SchemaBuilder.record("RawArticle").namespace("io.newsflow.avro").fields()
                .requiredString("id").requiredString("checksum").endRecord();
        MockSchemaRegistryClient lenient = new MockSchemaRegistryClient(
                io.newsflow.serde.registry.CompatibilityLevel.NONE, 100);
        lenient.register(TOPIC + "-value", unrelated);
        AvroSerializer<RawArticle> serializer = new AvroSerializer<>(lenient,
                SerdeSettings.DEFAULTS.withAutoRegister(false).withUseLatestVersion(true), false);

        assertThatThrownBy(() -> serializer.serialize(TOPIC, SeedRecords.rawArticle()))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining("cannot read io.newsflow.avro.RawArticle")
                .hasMessageContaining("checksum");
    }

    @Test
    void shouldRefuseToWriteAnUnregisteredSchemaWhenAutoRegistrationIsOff() {
        AvroSerializer<RawArticle> serializer = new AvroSerializer<>(registry,
                SerdeSettings.DEFAULTS.withAutoRegister(false), false);

        assertThatThrownBy(() -> serializer.serialize(TOPIC, SeedRecords.rawArticle()))
                .isInstanceOf(SchemaNotRegisteredException.class)
                .hasMessageContaining("Schema io.newsflow.avro.RawArticle is not registered under subject "
                        + "news.articles.raw-value (topic news.articles.raw) and auto.register.schemas is false");
    }

    @Test
    void shouldWriteWithTheRegisteredIdWhenAutoRegistrationIsOff() {
        int id = registry.register(TOPIC + "-value", RawArticle.getClassSchema());
        AvroSerializer<RawArticle> serializer = new AvroSerializer<>(registry,
                SerdeSettings.DEFAULTS.withAutoRegister(false), false);

        byte[] bytes = serializer.serialize(TOPIC, SeedRecords.rawArticle());

        assertThat(WireFormat.schemaId(TOPIC, bytes)).isEqualTo(id);
        assertThat(registry.versions(TOPIC + "-value")).hasSize(1);
    }

    @Test
    void shouldRefuseToRegisterASchemaThatBreaksTheSubjectsRule() {
        registry.register(TOPIC + "-value", RawArticleV2.getClassSchema());
        Schema withoutDefault = new Schema.Parser().parse(RawArticleV2.getClassSchema().toString()
                .replace("\"default\":false", "\"default\":false},{\"name\":\"pages\",\"type\":\"int\""));

        assertThatThrownBy(() -> registry.register(TOPIC + "-value", withoutDefault))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining("READER_FIELD_MISSING_DEFAULT_VALUE")
                .hasMessageContaining("pages");
    }
}
