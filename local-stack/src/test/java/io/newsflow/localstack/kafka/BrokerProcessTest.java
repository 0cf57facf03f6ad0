package io.newsflow.localstack.kafka;

import static io.newsflow.localstack.NewsSentences.HUNTED;
import static io.newsflow.localstack.NewsSentences.RAQQA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Future;
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
            Future<RecordMetadata> sentWhileDown = producer.send(new ProducerRecord<>("articles.raw", RAQQA));
            boolean aliveAfterKill = broker.isAlive();
            broker.restart();
            sentWhileDown.get(90, TimeUnit.SECONDS);

            assertThat(aliveAfterKill).isFalse();
            assertThat(broker.pid()).get().isNotEqualTo(firstPid);
            assertThat(KafkaTestClients.readAll(broker.bootstrapServers(), "articles.raw", "read_committed"))
                    .containsExactly(HUNTED, RAQQA);
        }
    }
}
