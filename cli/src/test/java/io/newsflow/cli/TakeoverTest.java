package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Two enrich JVMs share the partitions; when one goes, the other takes them all, and how fast. */
class TakeoverTest {
  @Test
  void shouldHandAllPartitionsToTheRemainingInstanceQuickly() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    TakeoverRun.Result result = new TakeoverRun(new PrintStream(log, true, StandardCharsets.UTF_8)).run();
    System.out.print(log.toString(StandardCharsets.UTF_8)); // the measured times, in the test report
    assertThat(result.afterStop()).as("after a graceful stop").isLessThan(Duration.ofSeconds(10));
    assertThat(result.afterKill()).as("after SIGKILL")
        .isLessThan(TakeoverRun.SESSION_TIMEOUT.plus(Duration.ofSeconds(10)));
  }
}
