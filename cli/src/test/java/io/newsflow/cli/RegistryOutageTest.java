package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Scenario 3 of {@code ./newsflow chaos}, short: the registry stops mid-stream; ingest goes on with
 * its cached schema id, a fresh ingest answers 503, enrich (restarted meanwhile) waits and catches up.
 */
class RegistryOutageTest {
  @Test
  void shouldKeepAcceptingWithCachedIdsAndEnrichEverythingOnceTheRegistryIsBack() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    RegistryOutageRun run = new RegistryOutageRun(60, new PrintStream(log, true, StandardCharsets.UTF_8));
    ScenarioResult result = run.run();
    String context = log.toString(StandardCharsets.UTF_8);

    assertThat(context).as("accepted during the outage").contains("20 of 20 accepted with the cached schema id");
    assertThat(run.outage().coldIngestStatus()).as("a fresh ingest service cannot register: " + context)
        .isEqualTo(503);
    assertThat(run.outage().enrichedWhileAway()).as("enrich waits instead of guessing").isZero();
    assertThat(run.outage().deadLetters()).as("no record skipped to the DLQ").isZero();
    // 60 articles and the fresh service's one, accepted once the registry was back
    assertThat(result.summary()).as(context).isEqualTo("articles 61, enriched 61, lost 0, duplicated 0");
  }
}
