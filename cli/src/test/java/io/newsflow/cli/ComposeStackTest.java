package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The real images, as operators run them: {@code docker-compose.yml} up with enrich scaled to two,
 * every service healthy, the seed article in over HTTP and out as an enriched article. Skipped
 * where there is no Docker engine, and where the service images have not been built with Jib
 * ({@code mvn -DskipTests -Djib.skip=false package jib:dockerBuild -pl ingest-service,enrich-service -am}).
 */
@Testcontainers(disabledWithoutDocker = true)
class ComposeStackTest {

  @Test
  void shouldRunTheComposeStackWithEnrichScaledAndTakeTheSeed() throws Exception {
    var docker = DockerClientFactory.instance().client();
    for (String image : new String[] {"newsflow/ingest:0.1.0-SNAPSHOT", "newsflow/enrich:0.1.0-SNAPSHOT"}) {
      assumeTrue(!docker.listImagesCmd().withImageNameFilter(image).exec().isEmpty(), image + " is not built");
    }
    File compose = SeedArticle.locate().text().getParent().getParent().resolve("docker-compose.yml").toFile();
    try (ComposeContainer stack = new ComposeContainer(compose)
        .withScaledService("enrich", 2)
        .withExposedService("ingest", 8080, Wait.forHttp("/health/ready").withStartupTimeout(Duration.ofMinutes(4)))
        .withExposedService("schema-registry", 8081, Wait.forHttp("/subjects"))
        .withEnv("NEWSFLOW_INGEST_TOKEN", "compose-test")) {
      stack.start();
      String ingest = "http://" + stack.getServiceHost("ingest", 8080) + ":" + stack.getServicePort("ingest", 8080);
      HttpResponse<String> accepted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ingest + "/articles"))
              .header("Content-Type", "application/json").header("Authorization", "Bearer compose-test")
              .POST(HttpRequest.BodyPublishers.ofString(SeedArticle.locate().request().toString())).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
      assertThat(stack.getContainerByServiceName("enrich-1")).isPresent();
      assertThat(stack.getContainerByServiceName("enrich-2")).isPresent();
    }
  }
}
