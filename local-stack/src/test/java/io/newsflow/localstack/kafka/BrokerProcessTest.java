package io.newsflow.localstack.kafka;

import static io.newsflow.localstack.NewsSentences.HUNTED;
import static io.newsflow.localstack.NewsSentences.RAQQA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.newsflow.localstack.KafkaTestClients;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

class BrokerProcessTest {

    @Test
    void shouldComeBackAfterSigkillOnTheSameAddressWithAcknowledgedRecordsAndDeliverWhatWasBuffered() throws Exception {
        try (BrokerProcess broker = BrokerProcess.builder().build().start();
             KafkaProducer<String, String> producer = KafkaTestClients.producer(broker.bootstrapServers())) {
            broker.createTopics(new NewTopic("articles.raw", 1, (short) 1));
            producer.send(new ProducerRecord<>("articles.raw", HUNTED)).get(30, TimeUnit.SECONDS);
            long firstPid = broker.pid().orElseThrow();

            broker.kill();
            boolean aliveAfterKill = broker.isAlive();
            // send() may block while the producer has no metadata (it re-bootstraps after losing its
            // only broker), so it runs on its own thread while this one brings the broker back.
            CompletableFuture<RecordMetadata> sentWhileDown = CompletableFuture.supplyAsync(() -> sendAndWait(producer, RAQQA));
            broker.restart();
            sentWhileDown.get(120, TimeUnit.SECONDS);

            assertThat(aliveAfterKill).isFalse();
            assertThat(broker.pid()).get().isNotEqualTo(firstPid);
            assertThat(KafkaTestClients.readAll(broker.bootstrapServers(), "articles.raw", "read_committed"))
                    .containsExactly(HUNTED, RAQQA);
        }
    }

    private static RecordMetadata sendAndWait(KafkaProducer<String, String> producer, String sentence) {
        try {
            return producer.send(new ProducerRecord<>("articles.raw", sentence)).get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Sending while the broker restarts failed", e);
        }
    }
}
