package io.newsflow.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.RawArticle;
import io.newsflow.schemas.TopLevelRecords;
import io.newsflow.serde.SchemaNotRegisteredException;
import io.newsflow.serde.WireFormat;
import io.newsflow.serde.registry.FakeRegistryServer;
import io.newsflow.serde.registry.MockSchemaRegistryClient;
import io.newsflow.testing.SeedRecords;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class TopicsTest {

    private final MockSchemaRegistryClient registry = new MockSchemaRegistryClient();
    private final Topics topics = Topics.create(registry, true);

    @Test
    void shouldListEveryTopicInFlowOrder() {
        assertThat(topics.all()).extracting(Topic::name).containsExactly(
                "news.articles.raw", "news.paragraphs.enriched", "news.articles.enriched", "news.entities",
                "news.claims", "news.dlq", "news.feeds.seen", "news.articles.fingerprints");
        assertThat(Topics.specs()).extracting(TopicSpec::name)
                .containsExactlyElementsOf(topics.all().stream().map(Topic::name).toList());
    }

    @Test
    void shouldCarryEveryTopLevelRecordOnExactlyOneTopic() {
        List<SpecificRecordValue> values = List.of(
                new SpecificRecordValue(topics.rawArticles(), SeedRecords.rawArticle()),
                new SpecificRecordValue(topics.enrichedParagraphs(), SeedRecords.paragraph1()),
                new SpecificRecordValue(topics.enrichedArticles(), SeedRecords.enrichedArticle()),
                new SpecificRecordValue(topics.entities(), SeedRecords.baghdadiInParagraph1()),
                new SpecificRecordValue(topics.claims(), SeedRecords.claimC5()),
                new SpecificRecordValue(topics.deadLetters(), SeedRecords.deadLetter()));

        values.forEach(SpecificRecordValue::assertRoundTrip);

        assertThat(registry.subjects()).containsExactly("news.articles.raw-value", "news.paragraphs.enriched-value",
                "news.articles.enriched-value", "news.entities-value", "news.claims-value", "news.dlq-value");
        assertThat(registry.subjects().stream().map(subject -> registry.latest(subject).orElseThrow().schema()))
                .containsExactlyElementsOf(TopLevelRecords.SCHEMAS);
    }

    @Test
    void shouldKeyByPlainUtf8Strings() {
        Serde<String> keys = topics.entities().keySerde();

        byte[] key = keys.serializer().serialize("news.entities", "abu-bakr-al-baghdadi");

        assertThat(key).isEqualTo("abu-bakr-al-baghdadi".getBytes(StandardCharsets.UTF_8));
        assertThat(keys.deserializer().deserialize("news.entities", "rømling".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("rømling");
    }

    @Test
    void shouldKeepTheFailedRecordsKeyBytesUntouchedOnTheDeadLetterTopic() {
        byte[] notUtf8 = {(byte) 0xff, 0x00, (byte) 0xfe};

        byte[] written = topics.deadLetters().keySerde().serializer().serialize("news.dlq", notUtf8);

        assertThat(written).isEqualTo(notUtf8);
    }

    @Test
    void shouldOnlyLookSchemasUpWhenAutoRegistrationIsOff() {
        Topics production = Topics.create(registry, false);

        assertThatThrownBy(() -> production.rawArticles().valueSerde().serializer()
                .serialize("news.articles.raw", SeedRecords.rawArticle()))
                .isInstanceOf(SchemaNotRegisteredException.class)
                .hasMessageContaining("news.articles.raw-value");

        int id = registry.register("news.articles.raw-value", RawArticle.getClassSchema());
        byte[] bytes = production.rawArticles().valueSerde().serializer()
                .serialize("news.articles.raw", SeedRecords.rawArticle());
        assertThat(WireFormat.schemaId("news.articles.raw", bytes)).isEqualTo(id);
    }

    @Test
    void shouldCreateTopicsWithSixPartitionsAndAWeeksRetentionByDefault() {
        assertThat(Topics.specs()).allSatisfy(spec -> assertThat(spec.partitions()).isEqualTo(6));
        assertThat(Topics.spec("news.articles.raw").retention()).isEqualTo(Duration.ofDays(7));
        assertThat(Topics.spec("news.paragraphs.enriched").retention()).isEqualTo(Duration.ofDays(7));
        assertThat(Topics.spec("news.articles.enriched").retention()).isEqualTo(Duration.ofDays(7));
        assertThat(Topics.spec("news.dlq").retention()).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void shouldCompactOnlyTheOneRecordPerKeyTopics() {
        assertThat(Topics.specs()).filteredOn(spec -> spec.cleanupPolicy() == CleanupPolicy.COMPACT_DELETE)
                .extracting(TopicSpec::name)
                .containsExactly("news.articles.enriched", "news.feeds.seen", "news.articles.fingerprints");
        assertThat(Topics.spec("news.feeds.seen").retention()).isEqualTo(Duration.ofDays(90));
        assertThat(Topics.spec("news.articles.fingerprints").retention()).isEqualTo(Duration.ofDays(30));
        assertThat(Topics.spec("news.articles.enriched").configs())
                .containsEntry("cleanup.policy", "compact,delete")
                .containsEntry("retention.ms", "604800000");
    }

    @Test
    void shouldBuildAdminRequestsWithTheChosenPartitionsReplicationAndRetention() {
        List<NewTopic> requests = Topics.newTopics(12, Optional.of((short) 3),
                Map.of("news.dlq", Duration.ofDays(30)));

        assertThat(requests).hasSize(8).allSatisfy(request -> {
            assertThat(request.numPartitions()).isEqualTo(12);
            assertThat(request.replicationFactor()).isEqualTo((short) 3);
        });
        assertThat(requests).filteredOn(request -> request.name().equals("news.dlq")).singleElement()
                .satisfies(request -> assertThat(request.configs()).containsEntry("retention.ms", "2592000000")
                        .containsEntry("cleanup.policy", "delete"));
        assertThat(requests).filteredOn(request -> request.name().equals("news.claims")).singleElement()
                .satisfies(request -> assertThat(request.configs()).containsEntry("retention.ms", "604800000"));
    }

    @Test
    void shouldLeaveTheReplicationFactorToTheBrokerUnlessGiven() {
        NewTopic request = Topics.spec("news.claims").toNewTopic(Optional.empty());

        assertThat(request.replicationFactor()).isEqualTo((short) -1);
        assertThat(request.numPartitions()).isEqualTo(6);
    }

    @Test
    void shouldRefuseSettingsForTopicsOutsideTheCatalogue() {
        assertThatThrownBy(() -> Topics.newTopics(6, Optional.empty(), Map.of("news.artikler", Duration.ofDays(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Topic 'news.artikler' is not in the newsflow catalogue; known topics: [news.articles.raw,");
        assertThatThrownBy(() -> Topics.spec("news.claims").withPartitions(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Topic news.claims needs at least 1 partition, was 0");
    }

    @Test
    void shouldReadEnrichedArticlesBackWithTheirNestedClaimsAndTimestamps() {
        Topic<String, EnrichedArticle> enriched = topics.enrichedArticles();
        byte[] bytes = enriched.valueSerde().serializer().serialize(enriched.name(), SeedRecords.enrichedArticle());

        EnrichedArticle read = enriched.valueSerde().deserializer().deserialize(enriched.name(), bytes);

        assertThat(read.getClaims()).extracting(claim -> claim.getPublishedAt()).containsOnly(SeedRecords.PUBLISHED);
        assertThat(read.getParagraphs().get(1).getValues()).singleElement()
                .satisfies(value -> assertThat(value.getNormalized()).isEqualTo("NOK 217000000"));
    }

    @Test
    void shouldBuildItsRegistryClientFromSerdeConfiguration() throws Exception {
        try (FakeRegistryServer server = new FakeRegistryServer();
                Topics configured = Topics.create(Map.of("schema.registry.url", server.url(), "auto.register.schemas", "false"))) {
            server.backing().register("news.dlq-value", DeadLetter.getClassSchema());

            byte[] bytes = configured.deadLetters().valueSerde().serializer().serialize("news.dlq", SeedRecords.deadLetter());

            assertThat(WireFormat.schemaId("news.dlq", bytes)).isEqualTo(1);
            assertThat(server.requests()).extracting(FakeRegistryServer.Request::rawPathAndQuery)
                    .containsExactly("/subjects/news.dlq-value");
        }
    }

    /** A record and the topic it belongs on. */
    private record SpecificRecordValue(Topic<?, ?> topic, Object value) {
        @SuppressWarnings("unchecked")
        void assertRoundTrip() {
            Topic<?, Object> typed = (Topic<?, Object>) topic;
            byte[] bytes = typed.valueSerde().serializer().serialize(topic.name(), value);
            assertThat(typed.valueSerde().deserializer().deserialize(topic.name(), bytes)).isEqualTo(value);
        }
    }
}
