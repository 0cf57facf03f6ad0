package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README documents what the code does. */
class ReadmeTest {
  @Test
  void shouldShowTheSettingsTableTheCodeDeclares() throws Exception {
    Path readme = SeedArticle.locate().text().getParent().getParent().resolve("README.md");
    String text = Files.readString(readme);
    String start = "<!-- settings-table:start -->\n";
    String table = text.substring(text.indexOf(start) + start.length(), text.indexOf("<!-- settings-table:end -->"));
    assertThat(table.strip())
        .as("README settings table; regenerate it with ./newsflow config")
        .isEqualTo(ConfigCommand.markdown().strip());
  }
}
