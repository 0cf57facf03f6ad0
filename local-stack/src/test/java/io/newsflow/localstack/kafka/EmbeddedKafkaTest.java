package io.newsflow.localstack.kafka;

import static io.newsflow.localstack.NewsSentences.HUNTED;
import static io.newsflow.localstack.NewsSentences.INVESTIGATING;
import static io.newsflow.localstack.NewsSentences.RAQQA;
import static io.newsflow.localstack.NewsSentences.RUMOURS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.newsflow.localstack.KafkaTestClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaTest {

    private static EmbeddedKafka kafka;
    private static Admin admin;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.builder().brokerPort(0).build().start();
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    @AfterAll
    static void stopBroker() {
        admin.close();
        kafka.close();
    }

    @Test
    void shouldAdvertiseItselfAsOneNodeOnLocalhostAtItsBrokerPort() throws Exception {
        Collection<Node> nodes = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS);

        assertThat(kafka.bootstrapServers()).isEqualTo("localhost:" + kafka.brokerPort());
        assertThat(nodes).singleElement().satisfies(node -> {
            assertThat(node.host()).isEqualTo("localhost");
            assertThat(node.port()).isEqualTo(kafka.brokerPort());
        });
    }

    @Test
    void shouldShowReadCommittedConsumersOnlyCommittedTransactions() throws Exception {
        kafka.createTopics(new NewTopic("articles.transactional", 1, (short) 1));
        try (KafkaProducer<String, String> producer = KafkaTestClients.producer(kafka.bootstrapServers(),
                Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "embedded-kafka-test"))) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("articles.transactional", "a1", HUNTED));
            producer.send(new ProducerRecord<>("articles.transactional", "a1", INVESTIGATING));
            producer.commitTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("articles.transactional", "a2", RUMOURS)).get(30, TimeUnit.SECONDS);
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("articles.transactional", "a3", RAQQA));
            producer.commitTransaction();
        }

        assertThat(KafkaTestClients.readAll(kafka.bootstrapServers(), "articles.transactional", "read_committed"))
                .containsExactly(HUNTED, INVESTIGATING, RAQQA);
        assertThat(KafkaTestClients.readAll(kafka.bootstrapServers(), "articles.transactional", "read_uncommitted"))
                .containsExactly(HUNTED, INVESTIGATING, RUMOURS, RAQQA);
    }

    @Test
    void shouldCreateProductionStyleTopicsWithOneReplicaAndKeepThemOnASecondCall() throws Exception {
        NewTopic requested = new NewTopic("articles.sentences", 3, (short) 3)
                .configs(Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2", TopicConfig.RETENTION_MS_CONFIG, "86400000"));

        kafka.createTopics(requested);
        kafka.createTopics(requested);

        TopicDescription description = admin.describeTopics(List.of("articles.sentences")).allTopicNames()
                .get(30, TimeUnit.SECONDS).get("articles.sentences");
        assertThat(description.partitions()).hasSize(3);
        assertThat(description.partitions()).extracting(TopicPartitionInfo::replicas).allSatisfy(replicas -> assertThat(replicas).hasSize(1));
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, "articles.sentences");
        Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
        assertThat(config.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value()).isEqualTo("1");
        assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("86400000");
    }

    @Test
    void shouldRefuseToReuseATopicThatExistsWithADifferentPartitionCount() {
        kafka.createTopics(new NewTopic("articles.entities", 2, (short) 1));

        assertThatThrownBy(() -> kafka.createTopics(new NewTopic("articles.entities", 6, (short) 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("articles.entities already exists with 2 partitions but 6 were requested");
    }

    @Test
    void shouldRunWithoutLog4jCoreWhichOnlyDisablesChangingBrokerLogLevelsAtRunTime() throws Exception {
        ConfigResource brokerLoggers = new ConfigResource(ConfigResource.Type.BROKER_LOGGER, "1");

        Config loggers = admin.describeConfigs(List.of(brokerLoggers)).all().get(30, TimeUnit.SECONDS).get(brokerLoggers);

        assertThatThrownBy(() -> Class.forName("org.apache.logging.log4j.core.LoggerContext")).isInstanceOf(ClassNotFoundException.class);
        assertThat(Class.forName("org.apache.logging.slf4j.SLF4JLoggerContext")).as("log4j-api bridged to SLF4J").isNotNull();
        assertThat(loggers.entries()).isEmpty();
    }

    @Test
    void shouldNotCreateTopicsAProducerMerelyWritesTo() throws Exception {
        try (KafkaProducer<String, String> producer = KafkaTestClients.producer(kafka.bootstrapServers(),
                Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2_000))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("articles.typo", HUNTED)).get(10, TimeUnit.SECONDS))
                    .hasMessageContaining("articles.typo");
        }
        assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).doesNotContain("articles.typo");
    }
}
