package io.newsflow.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.avro.RawArticle;
import io.newsflow.serde.registry.FakeRegistryServer;
import io.newsflow.serde.registry.RegistryClientSettings;
import io.newsflow.testing.SeedRecords;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

/** Confluent's configuration keys mean the same here; bad values fail at configuration, naming the key. */
class AvroSerdeConfigTest {

    @Test
    void shouldDefaultToConfluentsBehaviour() {
        assertThat(new AvroSerdeConfig(Map.of()).serdeSettings()).isEqualTo(SerdeSettings.DEFAULTS);
    }

    @Test
    void shouldReadConfluentsKeys() {
        SerdeSettings settings = new AvroSerdeConfig(Map.of(
                "auto.register.schemas", "false",
                "use.latest.version", true,
                "latest.compatibility.strict", "false",
                "value.subject.name.strategy", "io.confluent.kafka.serializers.subject.RecordNameStrategy",
                "key.subject.name.strategy", "TopicRecordNameStrategy",
                "avro.remove.java.properties", "true",
                "max.schemas.per.subject", "50")).serdeSettings();

        assertThat(settings).isEqualTo(new SerdeSettings(false, true, false, SubjectNameStrategy.TOPIC_RECORD_NAME,
                SubjectNameStrategy.RECORD_NAME, true, 50));
    }

    @Test
    void shouldReadHowToReachTheRegistry() {
        RegistryClientSettings settings = new AvroSerdeConfig(Map.of(
                "schema.registry.url", "http://sr1:8081, http://sr2:8081/",
                "http.connect.timeout.ms", "2000",
                "http.read.timeout.ms", "4000",
                "latest.cache.ttl.sec", "60",
                "basic.auth.credentials.source", "USER_INFO",
                "basic.auth.user.info", "newsflow:hemmelig")).registryClientSettings();

        assertThat(settings.urls()).containsExactly(URI.create("http://sr1:8081"), URI.create("http://sr2:8081"));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.latestTtl()).contains(Duration.ofMinutes(1));
        assertThat(settings.userInfo()).contains("newsflow:hemmelig");
        assertThat(settings.toString()).contains("newsflow:[hidden]").doesNotContain("hemmelig");
    }

    @Test
    void shouldTakeCredentialsOutOfTheUrl() {
        RegistryClientSettings settings = RegistryClientSettings.forUrls("https://newsflow:hemmelig@sr.example.no:443");

        assertThat(settings.urls()).containsExactly(URI.create("https://sr.example.no:443"));
        assertThat(settings.userInfo()).contains("newsflow:hemmelig");
        assertThat(settings.latestTtl()).isEqualTo(Optional.empty());
    }

    @Test
    void shouldRequireARegistryUrlToBuildAClient() {
        assertThatThrownBy(() -> new AvroSerdeConfig(Map.of()).registryClientSettings())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url");
    }

    @Test
    void shouldPointMockUrlsToTheMockClient() {
        assertThatThrownBy(() -> new AvroSerdeConfig(Map.of("schema.registry.url", "mock://tests")).registryClientSettings())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url")
                .hasMessageContaining("pass a MockSchemaRegistryClient to the serde instead");
    }

    @Test
    void shouldNameTheKeyOfABadValue() {
        assertThatThrownBy(() -> new AvroSerdeConfig(Map.of("value.subject.name.strategy", "ByPhaseOfMoonStrategy")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("value.subject.name.strategy")
                .hasMessageContaining("ByPhaseOfMoonStrategy");
        assertThatThrownBy(() -> new AvroSerdeConfig(Map.of("auto.register.schemas", "kanskje")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("auto.register.schemas");
    }

    @Test
    void shouldRefuseUserInfoWithoutAPasswordWithoutShowingIt() {
        assertThatThrownBy(() -> new AvroSerdeConfig(Map.of("schema.registry.url", "http://sr1:8081",
                "basic.auth.credentials.source", "USER_INFO", "basic.auth.user.info", "hemmelig")).registryClientSettings())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("basic.auth.user.info")
                .hasMessageNotContaining("hemmelig");
    }

    @Test
    void shouldRefuseAReaderTypeThatIsNotAGeneratedRecord() {
        assertThatThrownBy(() -> new AvroSerdeConfig(Map.of("specific.avro.value.type", String.class.getName()))
                .specificType(false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("specific.avro.value.type");
    }

    @Test
    void shouldWorkWhenCreatedByClassNameAndConfiguredLikeConfluentsSerde() throws Exception {
        try (FakeRegistryServer registry = new FakeRegistryServer(); AvroSerde<RawArticle> serde = new AvroSerde<>()) {
            serde.configure(Map.of("schema.registry.url", registry.url(),
                    "specific.avro.value.type", RawArticle.class.getName()), false);

            byte[] bytes = serde.serializer().serialize("news.articles.raw", SeedRecords.rawArticle());
            RawArticle read = serde.deserializer().deserialize("news.articles.raw", bytes);

            assertThat(read).isEqualTo(SeedRecords.rawArticle());
            assertThat(registry.backing().subjects()).containsExactly("news.articles.raw-value");
            assertThat(registry.requests()).extracting(FakeRegistryServer.Request::method).containsExactly("POST");
        }
    }

    @Test
    void shouldKeepAGivenClientWhenConfigured() {
        io.newsflow.serde.registry.MockSchemaRegistryClient mock = new io.newsflow.serde.registry.MockSchemaRegistryClient();
        AvroSerde<RawArticle> serde = AvroSerde.forValues(RawArticle.class, mock, SerdeSettings.DEFAULTS);

        serde.configure(Map.of("schema.registry.url", "http://nowhere.invalid:8081"), false);
        serde.serializer().serialize("news.articles.raw", SeedRecords.rawArticle());

        assertThat(mock.subjects()).isEqualTo(List.of("news.articles.raw-value"));
    }
}
