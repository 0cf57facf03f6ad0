package io.newsflow.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Claim;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.RawArticle;
import io.newsflow.schemas.PortableSchema;
import io.newsflow.serde.registry.MockSchemaRegistryClient;
import io.newsflow.serde.registry.RegisteredSchema;
import io.newsflow.testing.SeedRecords;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class AvroSerdeRoundTripTest {

    private final MockSchemaRegistryClient registry = new MockSchemaRegistryClient();

    static List<SpecificRecord> everyTopLevelRecord() {
        return SeedRecords.everyTopLevelRecord();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTopLevelRecord")
    void shouldReadBackExactlyWhatWasWritten(SpecificRecord record) {
        @SuppressWarnings("unchecked")
        Class<SpecificRecord> type = (Class<SpecificRecord>) record.getClass();
        AvroSerde<SpecificRecord> serde = AvroSerde.forValues(type, registry, SerdeSettings.DEFAULTS);

        byte[] bytes = serde.serializer().serialize("news.test", record);
        SpecificRecord read = serde.deserializer().deserialize("news.test", bytes);

        assertThat(read).isEqualTo(record);
        assertThat(bytes[0]).isEqualTo(WireFormat.MAGIC_BYTE);
    }

    @Test
    void shouldRegisterTheRecordSchemaUnderTheTopicValueSubjectOnce() {
        AvroSerializer<RawArticle> serializer = new AvroSerializer<>(registry);

        byte[] first = serializer.serialize("news.articles.raw", SeedRecords.rawArticle());
        byte[] second = serializer.serialize("news.articles.raw", SeedRecords.rawArticle());

        assertThat(registry.subjects()).containsExactly("news.articles.raw-value");
        List<RegisteredSchema> versions = registry.versions("news.articles.raw-value");
        assertThat(versions).singleElement().satisfies(version -> {
            assertThat(version.id()).isEqualTo(1);
            // Confluent's serializer registers the generated schema as is, Java string hints included.
            assertThat(version.schema().toString()).isEqualTo(RawArticle.getClassSchema().toString());
        });
        assertThat(second).isEqualTo(first);
        assertThat(WireFormat.schemaId("news.articles.raw", first)).isEqualTo(1);
    }

    @Test
    void shouldRegisterUnderTheKeySubjectForKeys() {
        AvroSerializer<Claim> serializer = new AvroSerializer<>(registry, SerdeSettings.DEFAULTS, true);

        serializer.serialize("news.claims", SeedRecords.claimC1());

        assertThat(registry.subjects()).containsExactly("news.claims-key");
    }

    @Test
    void shouldRegisterThePortableSchemaWhenAskedToRemoveJavaProperties() {
        AvroSerializer<RawArticle> serializer = new AvroSerializer<>(registry,
                SerdeSettings.DEFAULTS.withRemoveJavaProperties(true), false);

        serializer.serialize("news.articles.raw", SeedRecords.rawArticle());

        assertThat(registry.latest("news.articles.raw-value")).get()
                .extracting(latest -> latest.schema().toString())
                .isEqualTo(PortableSchema.of(RawArticle.getClassSchema()).toString());
    }

    @Test
    void shouldNameSubjectsByRecordWithTheRecordNameStrategy() {
        AvroSerializer<Claim> serializer = new AvroSerializer<>(registry,
                SerdeSettings.DEFAULTS.withValueSubjectStrategy(SubjectNameStrategy.RECORD_NAME), false);

        serializer.serialize("news.claims", SeedRecords.claimC1());

        assertThat(registry.subjects()).containsExactly("io.newsflow.avro.Claim");
    }

    @Test
    void shouldReadAsTheClassTheWriterSchemaNamesWhenGivenNoType() {
        byte[] bytes = new AvroSerializer<EnrichedArticle>(registry)
                .serialize("news.articles.enriched", SeedRecords.enrichedArticle());

        SpecificRecord read = new AvroDeserializer<>(registry).deserialize("news.articles.enriched", bytes);

        assertThat(read).isInstanceOf(EnrichedArticle.class).isEqualTo(SeedRecords.enrichedArticle());
    }

    @Test
    void shouldKeepNullAsNullForTombstones() {
        AvroSerde<RawArticle> serde = AvroSerde.forValues(RawArticle.class, registry, SerdeSettings.DEFAULTS);

        assertThat(serde.serializer().serialize("news.articles.raw", null)).isNull();
        assertThat(serde.deserializer().deserialize("news.articles.raw", null)).isNull();
        assertThat(registry.subjects()).isEmpty();
    }

    @Test
    void shouldBeConfigurableByClassNameLikeConfluentsSerde() {
        AvroSerializer<RawArticle> serializer = new AvroSerializer<>(registry);
        byte[] bytes = serializer.serialize("news.articles.raw", SeedRecords.rawArticle());
        AvroDeserializer<RawArticle> deserializer = new AvroDeserializer<>(registry);

        deserializer.configure(Map.of(AvroSerdeConfig.SPECIFIC_AVRO_VALUE_TYPE, RawArticle.class.getName()), false);

        assertThat(deserializer.deserialize("news.articles.raw", bytes)).isEqualTo(SeedRecords.rawArticle());
    }
}
