package io.newsflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class LocalStackTest {

    @Test
    void shouldServeTheBrokerAndTheRegistryAtTheAddressesItReportsAndCleanUpAfterwards() throws Exception {
        Path dataDirectory;
        try (LocalStack stack = LocalStack.builder().freePorts().build().start();
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            stack.createTopics(new NewTopic("news.articles.raw", 3, (short) 3));
            HttpResponse<String> subjects = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(stack.registryUrl() + "/subjects")).build(), HttpResponse.BodyHandlers.ofString());
            dataDirectory = stack.kafka().dataDirectory();

            assertThat(stack.bootstrapServers()).isEqualTo("localhost:" + stack.kafka().brokerPort());
            assertThat(stack.registryUrl()).isEqualTo("http://localhost:" + stack.registry().port());
            assertThat(subjects.statusCode()).isEqualTo(200);
            assertThat(subjects.body()).isEqualTo("[]");
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("news.articles.raw", "_schemas");
        }
        assertThat(dataDirectory).doesNotExist();
    }
}
