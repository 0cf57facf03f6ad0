package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BenchCorpusTest {
  static final BenchArticle SEED = new BenchArticle("vg-000_ed2e174162a10500",
      "IS-lederen har gått fra å være «kalif» til å være rømling",
      "Verdens mest etterlyste mann, den lyssky IS-lederen Abu Bakr al-Baghdadi, er jaktet på fra alle kanter.",
      LocalDate.of(2017, 6, 16));

  static BenchCorpus corpus;

  @BeforeAll
  static void loadTreebank() throws IOException {
    corpus = BenchCorpus.fromConllu(List.of(norneDev()), SEED);
  }

  static Path norneDev() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path dev = dir.resolve("shared/data/norne/nob-dev.conllu");
      if (Files.exists(dev)) {
        return dev;
      }
    }
    throw new IllegalStateException("NorNE dev not found above " + Path.of("").toAbsolutePath());
  }

  @Test
  void shouldStartWithTheSeedArticle() {
    assertThat(corpus.articles(3, 1).get(0)).isEqualTo(SEED);
  }

  @Test
  void shouldBuildTheSameArticlesFromTheSameSeed() {
    assertThat(corpus.articles(50, 42)).isEqualTo(corpus.articles(50, 42));
    assertThat(corpus.articles(50, 42).subList(1, 50)).doesNotContainAnyElementsOf(corpus.articles(50, 43));
  }

  @Test
  void shouldGiveEveryArticleTenToThirtyParagraphsAndAUniqueId() {
    List<BenchArticle> articles = corpus.articles(200, 5).subList(1, 200);
    assertThat(articles).allSatisfy(a -> assertThat(a.body().split("\n\n"))
        .hasSizeBetween(BenchCorpus.MIN_PARAGRAPHS, BenchCorpus.MAX_PARAGRAPHS));
    assertThat(articles.stream().map(BenchArticle::id).distinct()).hasSize(199);
  }

  @Test
  void shouldMixHeadingsWithoutFinalPunctuationIntoTheBody() {
    List<String> paragraphs = corpus.articles(200, 5).subList(1, 200).stream()
        .flatMap(a -> Arrays.stream(a.body().split("\n\n"))).toList();
    long headings = paragraphs.stream().filter(p -> !p.matches("(?s).*[.!?:»\"”)]$")).count();
    // About one in eight paragraphs reads like a heading; allow a wide band around it.
    assertThat((double) headings / paragraphs.size()).isBetween(0.04, 0.25);
    assertThat(paragraphs).noneMatch(p -> p.isBlank() || p.contains(" |") || p.contains(" ,") || p.contains(" ."));
  }

  @Test
  void shouldRefuseAnEmptyCorpus() {
    assertThatThrownBy(() -> corpus.articles(0, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one article");
  }
}
