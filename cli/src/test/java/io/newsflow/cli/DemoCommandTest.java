package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoCommandTest {
  @Test
  void shouldPrintTheEnrichedSeedAndTheSummaryLineThenExit() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    int exit;
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      exit = Main.run("demo", "--once", "--free-ports");
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(out).isZero();
    assertThat(out).containsPattern("ingest token: \\S{20,}");
    assertThat(out).contains("  5 teaser", "  6 heading", "  9 caption");
    String last = out.strip().lines().reduce((a, b) -> b).orElse("");
    assertThat(last).matches("enriched 1 article: 24 paragraphs, \\d+ entities, \\d+ claims in \\d+ ms");
  }
}
