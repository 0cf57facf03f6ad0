package io.newsflow.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingTest {
  private static final Setting<Integer> PORT =
      Setting.integer("NEWSFLOW_TEST_PORT", 8080, "port").between(0, 65535);
  private static final Setting<Duration> INTERVAL =
      Setting.duration("NEWSFLOW_TEST_INTERVAL", Duration.ofMillis(100), "commit interval");
  private static final Setting<Optional<String>> TOKEN =
      Setting.optionalString("NEWSFLOW_TEST_TOKEN", "API token").secret();
  private static final Setting<Long> MAX_BODY =
      Setting.size("NEWSFLOW_TEST_MAX_BODY", 1024 * 1024, "largest body");

  @Test
  void shouldUseTheDefaultWhenNothingIsSet() {
    ConfigSource source = ConfigSource.of(Map.of());
    assertThat(source.get(PORT)).isEqualTo(8080);
    assertThat(source.get(INTERVAL)).isEqualTo(Duration.ofMillis(100));
    assertThat(source.get(TOKEN)).isEmpty();
  }

  @Test
  void shouldPreferTheEnvironmentOverSystemProperties() {
    ConfigSource source = new ConfigSource(Map.of("NEWSFLOW_TEST_PORT", "9000"),
        Map.of("newsflow.test.port", "9001", "newsflow.test.interval", "5m"));
    assertThat(source.get(PORT)).isEqualTo(9000);
    assertThat(source.get(INTERVAL)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void shouldParseHumanDurationsAndSizes() {
    assertThat(Setting.parseDuration("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(Setting.parseDuration("7d")).isEqualTo(Duration.ofDays(7));
    assertThat(Setting.parseDuration("PT30S")).isEqualTo(Duration.ofSeconds(30));
    assertThat(Setting.parseSize("10MB")).isEqualTo(10L * 1024 * 1024);
    assertThat(Setting.parseSize("512")).isEqualTo(512);
  }

  @Test
  void shouldNameTheVariableAndTheRuleWhenAValueIsWrong() {
    assertThatThrownBy(() -> ConfigSource.of(Map.of("NEWSFLOW_TEST_PORT", "eighty")).get(PORT))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("NEWSFLOW_TEST_PORT must be a int, not 'eighty'");
    assertThatThrownBy(() -> ConfigSource.of(Map.of("NEWSFLOW_TEST_PORT", "70000")).get(PORT))
        .hasMessage("NEWSFLOW_TEST_PORT must be between 0 and 65535, not 70000");
    assertThatThrownBy(() -> ConfigSource.of(Map.of("NEWSFLOW_TEST_INTERVAL", "5 weeks")).get(INTERVAL))
        .hasMessageContaining("NEWSFLOW_TEST_INTERVAL must be a duration");
  }

  @Test
  void shouldNeverShowASecretValue() {
    ConfigSource source = ConfigSource.of(Map.of("NEWSFLOW_TEST_TOKEN", "s3cr3t"));
    assertThat(source.get(TOKEN)).contains("s3cr3t");
    assertThat(source.describe(java.util.List.of(PORT, TOKEN)))
        .isEqualTo("NEWSFLOW_TEST_PORT=8080 NEWSFLOW_TEST_TOKEN=******")
        .doesNotContain("s3cr3t");
  }

  @Test
  void shouldPassKafkaClientPropertiesThroughByPrefix() {
    ConfigSource source = new ConfigSource(
        Map.of("NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "NEWSFLOW_KAFKA_SASL_MECHANISM", "PLAIN",
            "NEWSFLOW_OTHER", "x"),
        Map.of("newsflow.kafka.ssl.truststore.location", "/etc/ts.jks"));
    assertThat(CommonSettings.kafkaClientProperties(source)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "security.protocol", "SASL_SSL", "sasl.mechanism", "PLAIN",
        "ssl.truststore.location", "/etc/ts.jks", "bootstrap.servers", "localhost:9092"));
  }

  @Test
  void shouldRenderTheReadmeTable() {
    assertThat(SettingsTable.markdown(java.util.List.of(PORT, MAX_BODY)))
        .contains("| `NEWSFLOW_TEST_PORT` | int | `8080` | port (between 0 and 65535) |")
        .contains("| `NEWSFLOW_TEST_MAX_BODY` | size | `1MB` | largest body |");
  }
}
