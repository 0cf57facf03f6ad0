package io.newsflow.serde.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.avro.Claim;
import io.newsflow.avro.RawArticle;
import io.newsflow.avro.evolution.RawArticleV2;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The REST client against a registry endpoint that speaks Confluent's API, request by request. */
class RestSchemaRegistryClientTest {

    private static final String SUBJECT = "news.articles.raw-value";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeRegistryServer registry = new FakeRegistryServer();
    private final RestSchemaRegistryClient client = RestSchemaRegistryClient.forUrls(registry.url());

    RestSchemaRegistryClientTest() throws IOException {
    }

    @AfterEach
    void stopRegistry() {
        registry.close();
    }

    @Test
    void shouldRegisterWithConfluentsRequestShape() throws IOException {
        int id = client.register(SUBJECT, RawArticle.getClassSchema());

        assertThat(id).isEqualTo(1);
        FakeRegistryServer.Request request = registry.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.rawPathAndQuery()).isEqualTo("/subjects/news.articles.raw-value/versions");
        assertThat(request.contentType()).contains("application/vnd.schemaregistry.v1+json");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.size()).isEqualTo(1);
        assertThat(body.get("schema").asText()).isEqualTo(RawArticle.getClassSchema().toString());
    }

    @Test
    void shouldAskTheRegistryOncePerSchema() {
        int id = client.register(SUBJECT, RawArticle.getClassSchema());

        assertThat(client.register(SUBJECT, RawArticle.getClassSchema())).isEqualTo(id);
        assertThat(client.schemaById(id)).isEqualTo(RawArticle.getClassSchema());
        assertThat(registry.requests()).hasSize(1);
    }

    @Test
    void shouldFetchASchemaByIdOnce() {
        int id = registry.backing().register("news.claims-value", Claim.getClassSchema());

        Schema first = client.schemaById(id);
        Schema second = client.schemaById(id);

        assertThat(first).isEqualTo(Claim.getClassSchema()).isSameAs(second);
        assertThat(registry.requests()).extracting(FakeRegistryServer.Request::rawPathAndQuery)
                .containsExactly("/schemas/ids/" + id);
    }

    @Test
    void shouldReportAnUnknownIdWithTheRegistrysErrorCode() {
        assertThatThrownBy(() -> client.schemaById(42))
                .isInstanceOfSatisfying(UnknownSchemaIdException.class, e -> {
                    assertThat(e.schemaId()).isEqualTo(42);
                    assertThat(e.httpStatus()).hasValue(404);
                    assertThat(e.errorCode()).hasValue(40403);
                })
                .hasMessageContaining("Schema id 42 is unknown to the schema registry at [" + registry.url() + "]");
    }

    @Test
    void shouldReportARefusedRegistrationAsIncompatible() {
        registry.backing().register(SUBJECT, RawArticleV2.getClassSchema());

        assertThatThrownBy(() -> client.register(SUBJECT, Claim.getClassSchema()))
                .isInstanceOfSatisfying(IncompatibleSchemaException.class, e -> {
                    assertThat(e.subject()).isEqualTo(SUBJECT);
                    assertThat(e.httpStatus()).hasValue(409);
                })
                .hasMessageContaining("Schema io.newsflow.avro.Claim is incompatible with the existing versions of "
                        + "subject news.articles.raw-value");
    }

    @Test
    void shouldFindAnExistingRegistrationAndNothingElse() {
        int id = registry.backing().register(SUBJECT, RawArticle.getClassSchema());

        assertThat(client.lookup(SUBJECT, RawArticle.getClassSchema()))
                .contains(new RegisteredSchema(SUBJECT, 1, id, RawArticle.getClassSchema()));
        assertThat(client.lookup(SUBJECT, RawArticleV2.getClassSchema())).isEmpty();
        assertThat(client.lookup("news.claims-value", Claim.getClassSchema())).isEmpty();
        assertThat(registry.requests()).extracting(FakeRegistryServer.Request::rawPathAndQuery)
                .containsExactly("/subjects/news.articles.raw-value", "/subjects/news.articles.raw-value",
                        "/subjects/news.claims-value");
    }

    @Test
    void shouldRememberTheLatestVersionUntilItsTimeToLiveIsOver() {
        registry.backing().register(SUBJECT, RawArticle.getClassSchema());
        int v2 = registry.backing().register(SUBJECT, RawArticleV2.getClassSchema());
        RestSchemaRegistryClient alwaysAsks = new RestSchemaRegistryClient(
                client.settings().withLatestTtl(Duration.ZERO));

        assertThat(client.latest(SUBJECT)).get().extracting(RegisteredSchema::version, RegisteredSchema::id)
                .containsExactly(2, v2);
        client.latest(SUBJECT);
        alwaysAsks.latest(SUBJECT);
        alwaysAsks.latest(SUBJECT);

        assertThat(registry.requests()).hasSize(3);
        assertThat(client.latest("news.claims-value")).isEmpty();
    }

    @Test
    void shouldTestCompatibilityWithTheReasons() {
        registry.backing().register(SUBJECT, RawArticle.getClassSchema());

        assertThat(client.testCompatibility(SUBJECT, RawArticleV2.getClassSchema()).isCompatible()).isTrue();
        CompatibilityCheck incompatible = client.testCompatibility(SUBJECT, Claim.getClassSchema());
        assertThat(incompatible.isCompatible()).isFalse();
        assertThat(incompatible.incompatibilities()).isNotEmpty();
        assertThat(client.testCompatibility("news.claims-value", Claim.getClassSchema()).isCompatible()).isTrue();
        assertThat(registry.requests().get(0).rawPathAndQuery())
                .isEqualTo("/compatibility/subjects/news.articles.raw-value/versions/latest?verbose=true");
    }

    @Test
    void shouldReadAndChangeCompatibilityLevels() throws IOException {
        client.setCompatibility(CompatibilityLevel.FULL);
        client.setCompatibility(SUBJECT, CompatibilityLevel.BACKWARD_TRANSITIVE);

        assertThat(client.compatibility()).isEqualTo(CompatibilityLevel.FULL);
        assertThat(client.compatibility(SUBJECT)).isEqualTo(CompatibilityLevel.BACKWARD_TRANSITIVE);
        assertThat(client.compatibility("news.claims-value")).isEqualTo(CompatibilityLevel.FULL);
        FakeRegistryServer.Request put = registry.requests().get(0);
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(JSON.readTree(put.body())).isEqualTo(JSON.readTree("{\"compatibility\":\"FULL\"}"));
        assertThat(registry.requests().get(4).rawPathAndQuery()).isEqualTo("/config/news.claims-value?defaultToGlobal=true");
    }

    @Test
    void shouldEncodeSubjectNamesInPaths() {
        client.register("nyheter/Bokmål raw-value", RawArticle.getClassSchema());

        assertThat(registry.requests().get(0).rawPathAndQuery())
                .isEqualTo("/subjects/nyheter%2FBokm%C3%A5l%20raw-value/versions");
        assertThat(registry.backing().subjects()).containsExactly("nyheter/Bokmål raw-value");
    }

    @Test
    void shouldMoveOnToTheNextInstanceWhenOneRefusesConnections() throws IOException {
        RestSchemaRegistryClient failingOver = RestSchemaRegistryClient.forUrls(
                "http://localhost:" + closedPort() + "," + registry.url());

        failingOver.register(SUBJECT, RawArticle.getClassSchema());
        failingOver.register("news.claims-value", Claim.getClassSchema());

        assertThat(registry.requests()).hasSize(2);
        assertThat(registry.backing().subjects()).containsExactly(SUBJECT, "news.claims-value");
    }

    @Test
    void shouldMoveOnToTheNextInstanceWhenOneAnswersWithAServerError() throws IOException {
        try (FakeRegistryServer other = new FakeRegistryServer(registry.backing())) {
            registry.failNext(503, "<html>Service Unavailable</html>");
            RestSchemaRegistryClient failingOver = RestSchemaRegistryClient.forUrls(registry.url() + "," + other.url());

            assertThat(failingOver.register(SUBJECT, RawArticle.getClassSchema())).isEqualTo(1);
            assertThat(other.requests()).hasSize(1);
        }
    }

    @Test
    void shouldReportUnavailableWhenNoInstanceAnswers() throws IOException {
        int first = closedPort();
        int second = closedPort();
        RestSchemaRegistryClient nowhere = RestSchemaRegistryClient.forUrls(
                "http://localhost:" + first + ",http://localhost:" + second);

        assertThatThrownBy(() -> nowhere.schemaById(1))
                .isInstanceOf(SchemaRegistryUnavailableException.class)
                .hasMessageStartingWith("Schema registry unavailable for GET /schemas/ids/1: http://localhost:" + first)
                .hasMessageContaining("http://localhost:" + second + " failed: ConnectException");
    }

    @Test
    void shouldGiveUpOnAnInstanceThatDoesNotAnswerInTime() throws IOException {
        try (ServerSocket silent = new ServerSocket(0)) {
            RestSchemaRegistryClient impatient = new RestSchemaRegistryClient(
                    RegistryClientSettings.forUrls("http://localhost:" + silent.getLocalPort())
                            .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(300)));
            long started = System.nanoTime();

            assertThatThrownBy(() -> impatient.schemaById(1))
                    .isInstanceOf(SchemaRegistryUnavailableException.class)
                    .hasMessageContaining("HttpTimeoutException");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void shouldExplainRefusedCredentialsWithoutTryingElsewhere() {
        registry.failNext(401, "{\"error_code\":401,\"message\":\"Unauthorized\"}");

        assertThatThrownBy(() -> client.schemaById(1))
                .isExactlyInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("HTTP 401 error 401: Unauthorized (check the schema registry credentials: "
                        + "basic.auth.user.info)");
    }

    @Test
    void shouldSendBasicCredentials() {
        RestSchemaRegistryClient withCredentials = new RestSchemaRegistryClient(
                RegistryClientSettings.forUrls(registry.url()).withUserInfo("newsflow:hemmelig"));

        withCredentials.register(SUBJECT, RawArticle.getClassSchema());

        assertThat(registry.requests().get(0).authorization()).contains("Basic bmV3c2Zsb3c6aGVtbWVsaWc=");
        assertThat(client.settings().userInfo()).isEmpty();
    }

    @Test
    void shouldForgetTheLeastRecentlyUsedSchemaOnceItsCachesAreFull() {
        List<Integer> ids = List.of(
                registry.backing().register("a-value", RawArticle.getClassSchema()),
                registry.backing().register("b-value", Claim.getClassSchema()),
                registry.backing().register("c-value", RawArticleV2.getClassSchema()));
        RestSchemaRegistryClient small = new RestSchemaRegistryClient(
                RegistryClientSettings.forUrls(registry.url()).withCacheCapacity(2));

        ids.forEach(small::schemaById);
        small.schemaById(ids.get(2));
        small.schemaById(ids.get(0));

        assertThat(registry.requests()).extracting(FakeRegistryServer.Request::rawPathAndQuery).containsExactly(
                "/schemas/ids/1", "/schemas/ids/2", "/schemas/ids/3", "/schemas/ids/1");
    }

    @Test
    void shouldRefuseAnAnswerThatIsNotJson() {
        registry.failNext(200, "<html>login page</html>");

        assertThatThrownBy(() -> client.schemaById(1))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("with a body that is not JSON: <html>login page</html>");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
