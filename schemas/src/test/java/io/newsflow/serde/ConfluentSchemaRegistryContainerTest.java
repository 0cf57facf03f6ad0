package io.newsflow.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.avro.Claim;
import io.newsflow.avro.RawArticle;
import io.newsflow.avro.evolution.RawArticleV2;
import io.newsflow.serde.registry.CompatibilityLevel;
import io.newsflow.serde.registry.IncompatibleSchemaException;
import io.newsflow.serde.registry.RegisteredSchema;
import io.newsflow.serde.registry.RestSchemaRegistryClient;
import io.newsflow.serde.registry.UnknownSchemaIdException;
import io.newsflow.testing.SeedRecords;
import io.newsflow.topics.Topic;
import io.newsflow.topics.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.ConfluentKafkaContainer;

/**
 * Our serde and client against Confluent's own schema registry and a Kafka broker, in containers: what the fakes
 * in the other tests stand in for. Skipped (not failed) where no Docker engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
class ConfluentSchemaRegistryContainerTest {

    private static final String CONFLUENT_VERSION = "7.9.0";
    private static final Network NETWORK = Network.newNetwork();

    @Container
    private static final ConfluentKafkaContainer KAFKA =
            new ConfluentKafkaContainer("confluentinc/cp-kafka:" + CONFLUENT_VERSION)
                    .withNetwork(NETWORK)
                    .withNetworkAliases("kafka")
                    .withListener("kafka:19092");

    @Container
    private static final GenericContainer<?> SCHEMA_REGISTRY =
            new GenericContainer<>("confluentinc/cp-schema-registry:" + CONFLUENT_VERSION)
                    .withNetwork(NETWORK)
                    .withExposedPorts(8081)
                    .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
                    .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081")
                    .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://kafka:19092")
                    .dependsOn(KAFKA)
                    .waitingFor(Wait.forHttp("/subjects").forStatusCode(200));

    private static String registryUrl() {
        return "http://" + SCHEMA_REGISTRY.getHost() + ":" + SCHEMA_REGISTRY.getMappedPort(8081);
    }

    @Test
    void shouldCarryArticlesThroughKafkaAndTheRealRegistry() throws Exception {
        RestSchemaRegistryClient client = RestSchemaRegistryClient.forUrls(registryUrl());
        Topics topics = Topics.create(client, true);
        Topic<String, RawArticle> raw = topics.rawArticles();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers()))) {
            admin.createTopics(List.of(Topics.spec(raw.name()).toNewTopic(Optional.of((short) 1)))).all().get();
        }

        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers()),
                raw.keySerde().serializer(), raw.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(raw.name(), SeedRecords.ARTICLE_ID, SeedRecords.rawArticle())).get();
        }
        ConsumerRecord<String, RawArticle> received;
        try (KafkaConsumer<String, RawArticle> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "schemas-container-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                raw.keySerde().deserializer(), raw.valueSerde().deserializer())) {
            consumer.subscribe(List.of(raw.name()));
            received = consumer.poll(Duration.ofSeconds(30)).iterator().next();
        }

        assertThat(received.key()).isEqualTo(SeedRecords.ARTICLE_ID);
        assertThat(received.value()).isEqualTo(SeedRecords.rawArticle());
        RegisteredSchema registered = client.latest("news.articles.raw-value").orElseThrow();
        assertThat(registered.version()).isEqualTo(1);
        assertThat(registered.schema()).isEqualTo(RawArticle.getClassSchema());
    }

    @Test
    void shouldAnswerLookupsCompatibilityAndErrorsLikeOurClientExpects() {
        RestSchemaRegistryClient client = RestSchemaRegistryClient.forUrls(registryUrl());
        String subject = "news.claims-value";
        int id = client.register(subject, Claim.getClassSchema());

        assertThat(client.lookup(subject, Claim.getClassSchema())).get().extracting(RegisteredSchema::id).isEqualTo(id);
        assertThat(client.lookup(subject, RawArticle.getClassSchema())).isEmpty();
        assertThat(client.lookup("news.nothing-value", Claim.getClassSchema())).isEmpty();
        assertThat(client.testCompatibility(subject, RawArticleV2.getClassSchema()).isCompatible()).isFalse();
        assertThat(client.compatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThatThrownBy(() -> client.register(subject, RawArticle.getClassSchema()))
                .isInstanceOf(IncompatibleSchemaException.class);
        assertThatThrownBy(() -> client.schemaById(987_654))
                .isInstanceOf(UnknownSchemaIdException.class);
    }
}
