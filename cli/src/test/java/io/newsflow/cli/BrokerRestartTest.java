package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Scenario 2 of {@code ./newsflow chaos}, short: articles POSTed to ingest while the broker process
 * is killed with SIGKILL and restarted on the same port and data.
 */
class BrokerRestartTest {
  @Test
  void shouldAnswer202OnlyForArticlesThatAreThenEnrichedExactlyOnceAcrossABrokerRestart() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    ScenarioResult result = new BrokerRestartRun(90, new PrintStream(log, true, StandardCharsets.UTF_8)).run();
    String context = log.toString(StandardCharsets.UTF_8);

    assertThat(context).as("the broker was killed mid-stream").contains("killing the broker with SIGKILL");
    assertThat(result.summary()).as(context).isEqualTo("articles 90, enriched 90, lost 0, duplicated 0");
    assertThat(result.refused()).as("articles never accepted").isZero();
  }
}
