package io.newsflow.localstack.registry;

import static io.newsflow.localstack.registry.ArticleSchemas.CLAIM;
import static io.newsflow.localstack.registry.ArticleSchemas.CLAIM_WITH_HEDGING;
import static io.newsflow.localstack.registry.ArticleSchemas.PARAGRAPH;
import static io.newsflow.localstack.registry.ArticleSchemas.V1;
import static io.newsflow.localstack.registry.ArticleSchemas.V1_REFORMATTED;
import static io.newsflow.localstack.registry.ArticleSchemas.V2_WITH_LANGUAGE;
import static io.newsflow.localstack.registry.ArticleSchemas.V2_WITH_REQUIRED_DATE;
import static io.newsflow.localstack.registry.RegistryClient.schemaBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.newsflow.localstack.kafka.EmbeddedKafka;
import io.newsflow.localstack.registry.RegistryClient.Response;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The REST API, endpoint by endpoint, against a registry backed by a real broker. Subjects are unique per test. */
class SchemaRegistryServerTest {

    private static EmbeddedKafka kafka;
    private static SchemaRegistryServer server;
    private static RegistryClient registry;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.builder().brokerPort(0).build().start();
        server = SchemaRegistryServer.builder(kafka.bootstrapServers()).port(0).maxRequestBytes(64 * 1024).build().start();
        registry = new RegistryClient(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
        kafka.close();
    }

    @Nested
    class Registration {

        @Test
        void shouldGiveTheFirstSchemaOfASubjectVersionOneAndReturnItsId() {
            int id = registry.register("reg-first-value", V1);

            Response latest = registry.get("/subjects/reg-first-value/versions/latest");

            assertThat(latest.status()).isEqualTo(200);
            assertThat(latest.json().get("subject").asText()).isEqualTo("reg-first-value");
            assertThat(latest.json().get("version").asInt()).isEqualTo(1);
            assertThat(latest.json().get("id").asInt()).isEqualTo(id);
            assertThat(latest.json().get("schema").asText()).isEqualTo(canonical(V1));
            assertThat(latest.json().has("schemaType")).isFalse();
        }

        @Test
        void shouldReturnTheExistingIdWithoutANewVersionWhenTheSameSchemaIsRegisteredAgainInAnotherFormatting() {
            int first = registry.register("reg-again-value", V1);

            int second = registry.register("reg-again-value", V1_REFORMATTED);

            assertThat(second).isEqualTo(first);
            assertThat(registry.get("/subjects/reg-again-value/versions").body()).isEqualTo("[1]");
        }

        @Test
        void shouldReuseTheGlobalIdWhenAnotherSubjectRegistersAnIdenticalSchema() {
            String paragraph = ArticleSchemas.renamed(PARAGRAPH, "Shared");
            int underArticles = registry.register("reg-shared-a-value", paragraph);

            int underArchive = registry.register("reg-shared-b-value", paragraph);

            assertThat(underArchive).isEqualTo(underArticles);
            assertThat(registry.get("/schemas/ids/" + underArticles + "/subjects").body())
                    .isEqualTo("[\"reg-shared-a-value\",\"reg-shared-b-value\"]");
        }

        @Test
        void shouldHandOutIncreasingIdsToNewSchemas() {
            int v1 = registry.register("reg-increasing-value", V1);

            int v2 = registry.register("reg-increasing-value", V2_WITH_LANGUAGE);

            assertThat(v2).isGreaterThan(v1);
            assertThat(registry.get("/subjects/reg-increasing-value/versions").body()).isEqualTo("[1,2]");
        }

        @Test
        void shouldSerializeConcurrentRegistrationsIntoConsecutiveVersionsWithDistinctIds() throws Exception {
            registry.put("/config/reg-concurrent-value", "{\"compatibility\": \"NONE\"}");
            List<String> schemas = IntStream.rangeClosed(1, 16)
                    .mapToObj(n -> PARAGRAPH.replace("\"Paragraph\"", "\"Paragraph" + n + "\""))
                    .toList();
            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Integer> ids;
            try {
                List<Future<Integer>> futures = clients.invokeAll(schemas.stream()
                        .<Callable<Integer>>map(schema -> () -> registry.register("reg-concurrent-value", schema))
                        .toList());
                ids = new ArrayList<>();
                for (Future<Integer> future : futures) {
                    ids.add(future.get());
                }
            } finally {
                clients.shutdownNow();
            }

            assertThat(ids).doesNotHaveDuplicates();
            assertThat(strings(registry.get("/subjects/reg-concurrent-value/versions").json()))
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 16).mapToObj(String::valueOf).toList());
        }

        @Test
        void shouldRejectABackwardIncompatibleChangeUnderTheDefaultLevelWith409() {
            registry.register("reg-backward-value", V1);

            Response refused = registry.post("/subjects/reg-backward-value/versions", schemaBody(V2_WITH_REQUIRED_DATE));

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.errorCode()).isEqualTo(409);
            assertThat(refused.message())
                    .startsWith("Schema being registered is incompatible with an earlier schema for subject \"reg-backward-value\"")
                    .contains("READER_FIELD_MISSING_DEFAULT_VALUE", "{oldSchemaVersion: 1}");
            assertThat(registry.get("/subjects/reg-backward-value/versions").body()).isEqualTo("[1]");
        }

        @Test
        void shouldAcceptTheSameChangeOnceTheSubjectsLevelIsNone() {
            registry.register("reg-none-value", V1);
            registry.put("/config/reg-none-value", "{\"compatibility\": \"NONE\"}");

            Response accepted = registry.post("/subjects/reg-none-value/versions", schemaBody(V2_WITH_REQUIRED_DATE));

            assertThat(accepted.status()).isEqualTo(200);
            assertThat(registry.get("/subjects/reg-none-value/versions").body()).isEqualTo("[1,2]");
        }

        @Test
        void shouldRejectAnInvalidSchemaWith42201() {
            Response refused = registry.post("/subjects/reg-invalid-value/versions", schemaBody("{\"type\": \"record\", \"name\": \"Sentence\"}"));

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.errorCode()).isEqualTo(42201);
            assertThat(refused.message()).contains("Record has no fields");
        }

        @Test
        void shouldRejectOtherSchemaTypesAndReferencesWith42201() {
            Response protobuf = registry.post("/subjects/reg-protobuf-value/versions",
                    "{\"schemaType\": \"PROTOBUF\", \"schema\": \"syntax = \\\"proto3\\\";\"}");
            Response withReferences = registry.post("/subjects/reg-references-value/versions",
                    "{\"schema\": \"\\\"string\\\"\", \"references\": [{\"name\": \"Article\", \"subject\": \"a\", \"version\": 1}]}");

            assertThat(protobuf.errorCode()).isEqualTo(42201);
            assertThat(protobuf.message()).contains("supports AVRO only");
            assertThat(withReferences.errorCode()).isEqualTo(42201);
            assertThat(withReferences.message()).contains("references are not supported");
        }
    }

    @Nested
    class Reading {

        @Test
        void shouldServeASchemaByItsIdAndTheVersionsThatUseIt() {
            String article = ArticleSchemas.renamed(V1, "ById");
            int id = registry.register("read-ids-value", article);

            assertThat(registry.get("/schemas/ids/" + id).json().get("schema").asText()).isEqualTo(canonical(article));
            assertThat(registry.get("/schemas/ids/" + id + "/schema").body()).isEqualTo(canonical(article));
            assertThat(registry.get("/schemas/ids/" + id + "/versions").body()).isEqualTo("[{\"subject\":\"read-ids-value\",\"version\":1}]");
            assertThat(registry.get("/schemas/ids/" + id + "?fetchMaxId=true").json().get("maxId").asInt()).isGreaterThanOrEqualTo(id);
        }

        @Test
        void shouldServeTheSchemaAloneForAVersion() {
            registry.register("read-schema-only-value", V1);

            Response schemaOnly = registry.get("/subjects/read-schema-only-value/versions/1/schema");

            assertThat(schemaOnly.body()).isEqualTo(canonical(V1));
        }

        @Test
        void shouldLookUpWhichVersionOfASubjectHoldsASchema() {
            registry.register("read-lookup-value", V1);
            int id = registry.register("read-lookup-value", V2_WITH_LANGUAGE);

            Response found = registry.post("/subjects/read-lookup-value", schemaBody(V2_WITH_LANGUAGE));
            Response missing = registry.post("/subjects/read-lookup-value", schemaBody(PARAGRAPH));

            assertThat(found.json().get("version").asInt()).isEqualTo(2);
            assertThat(found.json().get("id").asInt()).isEqualTo(id);
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.errorCode()).isEqualTo(40403);
        }

        @Test
        void shouldListSubjectsAlphabetically() {
            registry.register("read-list-b-value", PARAGRAPH);
            registry.register("read-list-a-value", PARAGRAPH);

            Response listed = registry.get("/subjects?subjectPrefix=read-list-");

            assertThat(strings(listed.json())).containsExactly("read-list-a-value", "read-list-b-value");
        }

        @Test
        void shouldReportThatNoSchemaRefersToAVersionSinceReferencesAreNotSupported() {
            registry.register("read-referenced-value", V1);

            assertThat(registry.get("/subjects/read-referenced-value/versions/1/referencedby").body()).isEqualTo("[]");
            assertThat(registry.get("/subjects/read-referenced-value/versions/2/referencedby").errorCode()).isEqualTo(40402);
        }

        @Test
        void shouldListAvroAsTheOnlySchemaType() {
            assertThat(registry.get("/schemas/types").body()).isEqualTo("[\"AVRO\"]");
        }

        @Test
        void shouldAnswerTheRootWithAnEmptyObject() {
            assertThat(registry.get("/").body()).isEqualTo("{}");
        }
    }

    @Nested
    class Deletion {

        @Test
        void shouldSoftDeleteAVersionSoItDisappearsFromListingsButItsIdStillResolves() {
            int id = registry.register("del-version-value", V1);
            registry.register("del-version-value", V2_WITH_LANGUAGE);

            Response deleted = registry.delete("/subjects/del-version-value/versions/1");

            assertThat(deleted.body()).isEqualTo("1");
            assertThat(registry.get("/subjects/del-version-value/versions").body()).isEqualTo("[2]");
            assertThat(registry.get("/subjects/del-version-value/versions?deleted=true").body()).isEqualTo("[1,2]");
            assertThat(registry.get("/subjects/del-version-value/versions/1").errorCode()).isEqualTo(40402);
            assertThat(registry.get("/schemas/ids/" + id).status()).isEqualTo(200);
            assertThat(registry.delete("/subjects/del-version-value/versions/1").errorCode()).isEqualTo(40406);
        }

        @Test
        void shouldSoftDeleteASubjectAndAllowPermanentDeletionOnlyAfterwards() {
            int id = registry.register("del-subject-value", CLAIM);
            registry.register("del-subject-value", CLAIM_WITH_HEDGING);

            Response tooEarly = registry.delete("/subjects/del-subject-value?permanent=true");
            Response soft = registry.delete("/subjects/del-subject-value");
            Response permanent = registry.delete("/subjects/del-subject-value?permanent=true");

            assertThat(tooEarly.errorCode()).isEqualTo(40405);
            assertThat(soft.body()).isEqualTo("[1,2]");
            assertThat(permanent.body()).isEqualTo("[1,2]");
            assertThat(strings(registry.get("/subjects?deleted=true").json())).doesNotContain("del-subject-value");
            assertThat(registry.get("/schemas/ids/" + id).errorCode()).isEqualTo(40403);
        }

        @Test
        void shouldRefuseToDeleteASubjectThatDoesNotExist() {
            Response response = registry.delete("/subjects/del-unknown-value");

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.errorCode()).isEqualTo(40401);
            assertThat(response.message()).isEqualTo("Subject 'del-unknown-value' not found.");
        }
    }

    @Nested
    class Configuration {

        @Test
        void shouldReportBackwardAsTheGlobalDefaultAndAcceptChangesInAnyCase() {
            assertThat(registry.get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");

            Response changed;
            Response afterChange;
            Response reset;
            try {
                changed = registry.put("/config", "{\"compatibility\": \"full_transitive\"}");
                afterChange = registry.get("/config");
            } finally {
                // The other tests share this registry and expect the default.
                reset = registry.delete("/config");
            }

            assertThat(changed.body()).isEqualTo("{\"compatibility\":\"FULL_TRANSITIVE\"}");
            assertThat(afterChange.body()).isEqualTo("{\"compatibilityLevel\":\"FULL_TRANSITIVE\"}");
            assertThat(reset.body()).isEqualTo("{\"compatibilityLevel\":\"FULL_TRANSITIVE\"}");
            assertThat(registry.get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
        }

        @Test
        void shouldKeepSubjectLevelsApartFromTheGlobalOne() {
            Response notConfigured = registry.get("/config/cfg-subject-value");
            Response defaulted = registry.get("/config/cfg-subject-value?defaultToGlobal=true");
            registry.put("/config/cfg-subject-value", "{\"compatibility\": \"FORWARD\"}");
            Response configured = registry.get("/config/cfg-subject-value");
            Response removed = registry.delete("/config/cfg-subject-value");
            Response removedAgain = registry.delete("/config/cfg-subject-value");

            assertThat(notConfigured.status()).isEqualTo(404);
            assertThat(notConfigured.errorCode()).isEqualTo(40408);
            assertThat(defaulted.body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
            assertThat(configured.body()).isEqualTo("{\"compatibilityLevel\":\"FORWARD\"}");
            assertThat(removed.body()).isEqualTo("{\"compatibilityLevel\":\"FORWARD\"}");
            assertThat(removedAgain.errorCode()).isEqualTo(40401);
        }

        @Test
        void shouldRejectAnUnknownLevelWith42203() {
            Response refused = registry.put("/config/cfg-invalid-value", "{\"compatibility\": \"SIDEWAYS\"}");

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.errorCode()).isEqualTo(42203);
        }
    }

    @Nested
    class CompatibilityTests {

        @Test
        void shouldTestAgainstTheLatestVersionAndExplainWhenAskedToBeVerbose() {
            registry.register("compat-latest-value", V1);

            Response compatible = registry.post("/compatibility/subjects/compat-latest-value/versions/latest", schemaBody(V2_WITH_LANGUAGE));
            Response incompatible = registry.post("/compatibility/subjects/compat-latest-value/versions/latest?verbose=true",
                    schemaBody(V2_WITH_REQUIRED_DATE));

            assertThat(compatible.body()).isEqualTo("{\"is_compatible\":true}");
            assertThat(incompatible.json().get("is_compatible").asBoolean()).isFalse();
            assertThat(strings(incompatible.json().get("messages"))).contains("{oldSchemaVersion: 1}", "{compatibility: 'BACKWARD'}");
        }

        @Test
        void shouldCallAnythingCompatibleWithTheLatestVersionOfANewSubject() {
            Response response = registry.post("/compatibility/subjects/compat-new-value/versions/latest", schemaBody(V2_WITH_REQUIRED_DATE));

            assertThat(response.body()).isEqualTo("{\"is_compatible\":true}");
        }

        @Test
        void shouldNameAMissingVersionOrSubject() {
            registry.register("compat-missing-value", V1);

            assertThat(registry.post("/compatibility/subjects/compat-missing-value/versions/7", schemaBody(V1)).errorCode()).isEqualTo(40402);
            assertThat(registry.post("/compatibility/subjects/compat-nobody-value/versions/1", schemaBody(V1)).errorCode()).isEqualTo(40401);
        }
    }

    @Nested
    class Protocol {

        @Test
        void shouldServeTheRequestsConfluentsAvroSerializerAndDeserializerMake() {
            String schema = ArticleSchemas.renamed(V1, "FromSerializer");
            String body = "{\"schema\": " + new TextNode(schema) + ", \"schemaType\": \"AVRO\"}";

            Response registered = registry.post("/subjects/proto-serde-value/versions?normalize=false", body);
            Response lookedUp = registry.post("/subjects/proto-serde-value?normalize=false&deleted=false", body);
            Response fetched = registry.get("/schemas/ids/" + registered.json().get("id").asInt() + "?fetchMaxId=false&subject=proto-serde-value");
            Response latest = registry.get("/subjects/proto-serde-value/versions/latest?deleted=false");

            assertThat(registered.status()).isEqualTo(200);
            assertThat(lookedUp.json().get("id")).isEqualTo(registered.json().get("id"));
            assertThat(fetched.json().get("schema").asText()).isEqualTo(canonical(schema));
            assertThat(fetched.json().has("maxId")).isFalse();
            assertThat(latest.json().get("version").asInt()).isEqualTo(1);
        }

        @Test
        void shouldAnswerWithConfluentsContentType() {
            assertThat(registry.get("/subjects").contentType()).isEqualTo(RegistryClient.V1_JSON);
            assertThat(registry.get("/subjects/proto-nobody-value/versions").contentType()).isEqualTo(RegistryClient.V1_JSON);
        }

        @Test
        void shouldAcceptPlainJsonRequestsAndAnswerClientsThatOnlyAcceptPlainJson() {
            Response response = registry.send(registry.request("/subjects/proto-plain-value/versions")
                    .header("Content-Type", "application/json")
                    .setHeader("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(schemaBody(PARAGRAPH))));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.contentType()).isEqualTo("application/json");
        }

        @Test
        void shouldAnswerErrorsWithConfluentsErrorBody() {
            Response unknownSubject = registry.get("/subjects/proto-nobody-value/versions");
            Response badVersion = registry.get("/subjects/proto-nobody-value/versions/0");
            Response unknownId = registry.get("/schemas/ids/987654");

            assertThat(unknownSubject.status()).isEqualTo(404);
            assertThat(unknownSubject.body()).isEqualTo("{\"error_code\":40401,\"message\":\"Subject 'proto-nobody-value' not found.\"}");
            assertThat(badVersion.status()).isEqualTo(422);
            assertThat(badVersion.errorCode()).isEqualTo(42202);
            assertThat(unknownId.status()).isEqualTo(404);
            assertThat(unknownId.body()).isEqualTo("{\"error_code\":40403,\"message\":\"Schema 987654 not found\"}");
        }

        @Test
        void shouldAnswerUnknownPathsAndMethodsLikeConfluent() {
            Response unknownPath = registry.get("/subjekter");
            Response wrongMethod = registry.send(registry.request("/schemas/types").POST(HttpRequest.BodyPublishers.noBody()));

            assertThat(unknownPath.status()).isEqualTo(404);
            assertThat(unknownPath.errorCode()).isEqualTo(404);
            assertThat(wrongMethod.status()).isEqualTo(405);
            assertThat(wrongMethod.errorCode()).isEqualTo(405);
        }

        @Test
        void shouldRefuseBodiesOverTheLimitAndForeignContentTypes() {
            String huge = schemaBody("\"" + "x".repeat(70 * 1024) + "\"");
            Response tooLarge = registry.post("/subjects/proto-huge-value/versions", huge);
            Response xml = registry.send(registry.request("/subjects/proto-xml-value/versions")
                    .header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofString("<schema/>")));

            assertThat(tooLarge.status()).isEqualTo(413);
            assertThat(tooLarge.errorCode()).isEqualTo(413);
            assertThat(xml.status()).isEqualTo(415);
        }

        @Test
        void shouldReportMalformedJsonAsABadRequest() {
            Response response = registry.post("/subjects/proto-malformed-value/versions", "{\"schema\": ");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.message()).startsWith("Malformed JSON in the request body");
        }
    }

    private static String canonical(String schema) {
        return new Schema.Parser().parse(schema).toString();
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
