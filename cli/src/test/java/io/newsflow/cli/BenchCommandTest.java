package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code ./newsflow bench --quick}: every phase runs on a small corpus and the figures come out in
 * the documented shape. How fast is not asserted (the machine is shared); that there is a figure is.
 */
class BenchCommandTest {
  private static final Pattern SUMMARY = Pattern.compile(
      "pipeline (\\d+) articles/s = (\\d+\\.\\d\\d) of nlp-only; p99 (\\d+) ms at 50% load; heap (\\d+) MB");

  @Test
  void shouldPrintEveryPhaseAndEndWithTheSummaryLine() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    int status;
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      status = Main.run("bench", "--quick", "--articles", "120", "--paced-seconds", "4");
    } finally {
      System.setOut(original);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    List<String> lines = output.lines().toList();

    assertThat(status).as(output).isZero();
    assertThat(output).contains("nlp-only (in-process analysis)", "pass-through (Kafka, Avro, EOS)",
        "full pipeline (raw -> enriched)", "latency produce -> enriched", "peak RSS");
    Matcher summary = SUMMARY.matcher(lines.get(lines.size() - 1));
    assertThat(summary.matches()).as(output).isTrue();
    assertThat(Integer.parseInt(summary.group(1))).as("pipeline articles/s").isPositive();
    assertThat(Double.parseDouble(summary.group(2))).as("share of nlp-only").isPositive();
    assertThat(Integer.parseInt(summary.group(3))).as("p99 ms").isPositive();
    assertThat(Integer.parseInt(summary.group(4))).as("heap MB").isPositive().isLessThanOrEqualTo(512);
    assertThat(output).contains("corpus: 120 articles");
  }
}
