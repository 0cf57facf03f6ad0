package io.newsflow.localstack.registry;

import static io.newsflow.localstack.registry.ArticleSchemas.PARAGRAPH;
import static io.newsflow.localstack.registry.ArticleSchemas.V1;
import static io.newsflow.localstack.registry.ArticleSchemas.V2_WITH_LANGUAGE;
import static io.newsflow.localstack.registry.RegistryClient.schemaBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;

import io.newsflow.localstack.kafka.EmbeddedKafka;
import io.newsflow.localstack.registry.RegistryClient.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What survives when the registry or its broker goes away and comes back. Each test uses its own schema topic. */
class SchemaRegistryRestartTest {

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.builder().brokerPort(0).build().start();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void shouldKeepIdsVersionsAndSettingsForANewRegistryReadingTheSameTopic() {
        int v1;
        int v2;
        try (SchemaRegistryServer first = registryOn("_schemas_handover").start()) {
            RegistryClient client = new RegistryClient(first.url());
            v1 = client.register("news.articles.raw-value", V1);
            v2 = client.register("news.articles.raw-value", V2_WITH_LANGUAGE);
            client.put("/config/news.articles.raw-value", "{\"compatibility\": \"FULL\"}");
        }

        try (SchemaRegistryServer second = registryOn("_schemas_handover").start()) {
            RegistryClient client = new RegistryClient(second.url());

            assertThat(client.get("/schemas/ids/" + v1).status()).isEqualTo(200);
            assertThat(client.get("/subjects/news.articles.raw-value/versions/latest").json().get("id").asInt()).isEqualTo(v2);
            assertThat(client.get("/subjects/news.articles.raw-value/versions").body()).isEqualTo("[1,2]");
            assertThat(client.get("/config/news.articles.raw-value").body()).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
            assertThat(client.register("news.articles.raw-value", V1)).isEqualTo(v1);
            assertThat(client.register("news.paragraphs-value", PARAGRAPH)).isEqualTo(v2 + 1);
        }
    }

    @Test
    void shouldRefuseConnectionsWhileStoppedAndServeAgainAtTheSameUrl() {
        try (SchemaRegistryServer registry = registryOn("_schemas_downtime").start()) {
            RegistryClient client = new RegistryClient(registry.url());
            int id = client.register("news.articles.raw-value", V1);
            String url = registry.url();

            registry.stop();
            assertThatThrownBy(() -> client.get("/schemas/ids/" + id))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasCauseInstanceOf(ConnectException.class);
            registry.start();

            assertThat(registry.url()).isEqualTo(url);
            assertThat(client.get("/schemas/ids/" + id).status()).isEqualTo(200);
        }
    }

    @Test
    void shouldKeepServingReadsButRefuseWritesWithAStoreErrorWhileKafkaIsDown() {
        try (SchemaRegistryServer registry = SchemaRegistryServer.builder(kafka.bootstrapServers()).port(0)
                .topic("_schemas_broker_down").storeTimeout(Duration.ofSeconds(3)).build().start()) {
            RegistryClient client = new RegistryClient(registry.url());
            int id = client.register("news.articles.raw-value", V1);

            kafka.stop();
            Response read;
            Response write;
            try {
                read = client.get("/schemas/ids/" + id);
                write = client.post("/subjects/news.paragraphs-value/versions", schemaBody(PARAGRAPH));
            } finally {
                kafka.start();
            }

            assertThat(read.status()).isEqualTo(200);
            assertThat(write.status()).isEqualTo(500);
            assertThat(write.errorCode()).isIn(50001, 50002);
            assertThat(client.register("news.paragraphs-value", PARAGRAPH)).isEqualTo(id + 1);
        }
    }

    private static SchemaRegistryServer registryOn(String topic) {
        return SchemaRegistryServer.builder(kafka.bootstrapServers()).port(0).topic(topic).build();
    }
}
