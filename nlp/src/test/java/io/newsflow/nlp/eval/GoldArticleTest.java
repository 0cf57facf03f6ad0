package io.newsflow.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldArticleTest {
  private static final String GOLD = "{\"article\":\"x\",\"language\":\"nb\",\"published_assumed\":\"%s\","
      + "\"paragraphs\":[{\"index\":1,\"kind\":\"body\",\"text\":\"Hei.\"}],\"entities\":[],\"values\":[],\"claims\":[]}";

  @Test
  void shouldReadTheAssumedPublicationDate(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a.gold.json"), GOLD.formatted("2023-10-06"));
    assertThat(GoldArticle.read(file).published()).contains(LocalDate.of(2023, 10, 6));
  }

  @Test
  void shouldNameTheFieldWhenTheDateIsNotAFullDate(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a.gold.json"), GOLD.formatted("2023-10"));
    assertThatThrownBy(() -> GoldArticle.read(file).published())
        .hasMessageContaining("published_assumed").hasMessageContaining("2023-10");
  }
}
