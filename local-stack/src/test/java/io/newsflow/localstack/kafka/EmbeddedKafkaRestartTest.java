package io.newsflow.localstack.kafka;

import static io.newsflow.localstack.NewsSentences.HUNTED;
import static io.newsflow.localstack.NewsSentences.INVESTIGATING;
import static io.newsflow.localstack.NewsSentences.MOSUL;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.newsflow.localstack.KafkaTestClients;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaRestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void shouldComeBackOnTheSameAddressWithItsDataSoAnOpenProducerCarriesOn() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.builder().brokerPort(0).dataDirectory(dataDirectory).build().start();
             KafkaProducer<String, String> producer = KafkaTestClients.producer(kafka.bootstrapServers())) {
            kafka.createTopics(new NewTopic("articles.raw", 1, (short) 1));
            producer.send(new ProducerRecord<>("articles.raw", HUNTED)).get(30, TimeUnit.SECONDS);
            String addressBefore = kafka.bootstrapServers();

            kafka.restart();
            producer.send(new ProducerRecord<>("articles.raw", INVESTIGATING)).get(60, TimeUnit.SECONDS);

            assertThat(kafka.bootstrapServers()).isEqualTo(addressBefore);
            assertThat(KafkaTestClients.readAll(kafka.bootstrapServers(), "articles.raw", "read_committed"))
                    .containsExactly(HUNTED, INVESTIGATING);
        }
    }

    @Test
    void shouldKeepTopicsInAGivenDirectoryForTheNextBrokerThatUsesIt() throws Exception {
        try (EmbeddedKafka first = EmbeddedKafka.builder().brokerPort(0).dataDirectory(dataDirectory).build().start();
             KafkaProducer<String, String> producer = KafkaTestClients.producer(first.bootstrapServers())) {
            first.createTopics(new NewTopic("articles.raw", 1, (short) 1));
            producer.send(new ProducerRecord<>("articles.raw", MOSUL)).get(30, TimeUnit.SECONDS);
        }

        try (EmbeddedKafka second = EmbeddedKafka.builder().brokerPort(0).dataDirectory(dataDirectory).build().start()) {
            assertThat(KafkaTestClients.readAll(second.bootstrapServers(), "articles.raw", "read_committed")).containsExactly(MOSUL);
            assertThat(dataDirectory.resolve("meta.properties")).exists();
        }
    }
}
