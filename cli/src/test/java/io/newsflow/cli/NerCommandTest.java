package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output formats of {@code ner --conllu} and {@code eval ner}: users' scripts parse them. */
class NerCommandTest {
  private static final Path SEED_GOLD = Path.of("../../shared/seeds/000_ed2e174162a10500.gold.json");

  @Test
  void shouldWriteTheConllUBackWithOnlyTheNameTagsOfEachDocumentSet(@TempDir Path dir) throws Exception {
    String in = "# newdoc id = t1\n"
        + "# text = Baghdadi ble leder for Islamsk stat i Irak (ISI).\n"
        + row(1, "Baghdadi", "SpaceAfter=No|name=O") + row(2, "ble", "_") + row(3, "leder", "_") + row(4, "for", "_")
        + row(5, "Islamsk", "_") + row(6, "stat", "_") + row(7, "i", "_") + row(8, "Irak", "_")
        + row(9, "(", "SpaceAfter=No") + row(10, "ISI", "SpaceAfter=No") + row(11, ")", "SpaceAfter=No")
        + row(12, ".", "_") + "\n";
    Path input = Files.writeString(dir.resolve("in.conllu"), in);
    Path output = dir.resolve("out.conllu");

    Output result = run("ner", "--conllu", input.toString(), "--out", output.toString());

    assertThat(result.exit()).as(result.text()).isZero();
    List<String> rows = Files.readAllLines(output).stream().filter(l -> l.matches("\\d+\t.*")).toList();
    assertThat(rows).hasSize(12);
    List<String> misc = rows.stream().map(l -> l.split("\t")[9]).toList();
    assertThat(misc.get(0)).as("other MISC attributes kept").matches("SpaceAfter=No\\|name=(O|B-[A-Z_]+)");
    // the abbreviation defined in parentheses makes the whole long form one name
    assertThat(misc.subList(4, 12)).containsExactly("name=B-ORG", "name=I-ORG", "name=I-ORG", "name=I-ORG",
        "SpaceAfter=No|name=O", "SpaceAfter=No|name=B-ORG", "SpaceAfter=No|name=O", "name=O");
    assertThat(rows.get(4).split("\t")).startsWith("5", "Islamsk", "Islamsk", "PROPN");
  }

  @Test
  void shouldScoreTheSeedsMentionsAndLinks() {
    Output result = run("eval", "ner", "--gold", SEED_GOLD.toString());

    assertThat(result.exit()).as(result.text()).isZero();
    assertThat(result.text()).containsPattern(
        "entities: gold 58, found \\d+, exact \\d+; precision 0\\.\\d{3} recall 0\\.\\d{3} f1 0\\.\\d{3}");
    assertThat(result.text()).containsPattern(
        "links: (\\d+) of \\1 gold pairs linked, \\d+ of \\d+ found pairs right; precision 1\\.000 recall 1\\.000");
  }

  private static String row(int id, String form, String misc) {
    return id + "\t" + form + "\t" + form + "\tPROPN\t_\t_\t0\tdep\t_\t" + misc + "\n";
  }

  private record Output(int exit, String text) {}

  private static Output run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      int exit = Main.run(args);
      return new Output(exit, captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }
}
