package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Exactly-once under a crash, the short form of {@code ./newsflow chaos}: two enrich JVMs, one
 * killed with SIGKILL after a third of the articles and restarted.
 */
class ChaosTest {
  @Test
  void shouldEnrichEveryArticleExactlyOnceThroughAKilledInstance() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    ChaosRun.Result result = new ChaosRun(300, new PrintStream(log, true, StandardCharsets.UTF_8)).run();
    String context = log.toString(StandardCharsets.UTF_8);
    assertThat(context).as("the instance was killed mid-stream").contains("killing instance 1 with SIGKILL");
    assertThat(result.summary()).as(context).isEqualTo("articles 300, enriched 300, lost 0, duplicated 0");
    assertThat(result.paragraphsFound()).as("paragraph records").isEqualTo(result.paragraphsExpected());
  }
}
