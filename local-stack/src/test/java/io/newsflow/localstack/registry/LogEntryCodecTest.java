package io.newsflow.localstack.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.localstack.registry.LogEntry.CompatibilityEntry;
import io.newsflow.localstack.registry.LogEntry.VersionEntry;
import org.junit.jupiter.api.Test;

class LogEntryCodecTest {

    private final LogEntryCodec codec = new LogEntryCodec(new ObjectMapper());
    private final SchemaVersion version = new SchemaVersion("news.articles.raw-value", 2, 7,
            AvroSchemas.canonical(AvroSchemas.parse(ArticleSchemas.V1)), false);

    @Test
    void shouldWriteConfluentShapedKeysWithAFixedFieldOrder() {
        assertThat(text(codec.key(VersionEntry.of(version))))
                .isEqualTo("{\"keytype\":\"SCHEMA\",\"subject\":\"news.articles.raw-value\",\"version\":2,\"magic\":1}");
        assertThat(text(codec.key(new CompatibilityEntry(Optional.empty(), Optional.of(CompatibilityLevel.FULL)))))
                .isEqualTo("{\"keytype\":\"CONFIG\",\"subject\":null,\"magic\":0}");
    }

    @Test
    void shouldReadBackWhatItWrites() {
        VersionEntry entry = VersionEntry.of(version.softDeleted());
        CompatibilityEntry setting = new CompatibilityEntry(Optional.of("news.articles.raw-value"), Optional.of(CompatibilityLevel.NONE));

        assertThat(codec.decode(codec.key(entry), codec.value(entry))).contains(entry);
        assertThat(codec.decode(codec.key(setting), codec.value(setting))).contains(setting);
    }

    @Test
    void shouldTurnTombstonesIntoRemovals() {
        VersionEntry tombstone = VersionEntry.tombstone(version);
        CompatibilityEntry cleared = new CompatibilityEntry(Optional.of("news.articles.raw-value"), Optional.empty());

        assertThat(codec.value(tombstone)).isNull();
        assertThat(codec.decode(codec.key(tombstone), null)).contains(tombstone);
        assertThat(codec.decode(codec.key(cleared), null)).contains(cleared);
    }

    @Test
    void shouldSkipKeyTypesItDoesNotKnow() {
        byte[] modeKey = "{\"keytype\":\"MODE\",\"subject\":null,\"magic\":0}".getBytes(StandardCharsets.UTF_8);

        assertThat(codec.decode(modeKey, "{\"mode\":\"READWRITE\"}".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void shouldNameWhatIsMissingFromAnUnreadableRecord() {
        byte[] key = codec.key(VersionEntry.of(version));

        assertThatThrownBy(() -> codec.decode(key, "{\"subject\":\"x\",\"version\":2}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Missing integer field 'id'");
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
