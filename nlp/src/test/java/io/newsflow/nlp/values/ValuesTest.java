package io.newsflow.nlp.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.nlp.ArticleAnalyzer;
import io.newsflow.nlp.ArticleInput;
import io.newsflow.nlp.Seeds;
import io.newsflow.nlp.eval.GoldArticle;
import io.newsflow.nlp.model.AnalyzedArticle;
import io.newsflow.nlp.model.Paragraph;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {
  private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.standard();
  private static final LocalDate PUBLISHED = LocalDate.of(2017, 6, 16);

  private static List<String> values(String text, String language) {
    AnalyzedArticle article = ANALYZER.analyze(ArticleInput.plainText(text).withLanguage(language).publishedOn(PUBLISHED));
    return article.paragraphs().stream().flatMap(p -> p.values().stream())
        .map(v -> v.text() + "|" + v.type() + "|" + v.normalized().orElse("")).toList();
  }

  @Test
  void shouldFindEveryGoldValueOfTheSeedWithItsSpanAndNormalisation() {
    GoldArticle gold = Seeds.gold();
    AnalyzedArticle article = ANALYZER.analyze(ArticleInput.plainText(Seeds.seedText()).withLanguage("nb")
        .publishedOn(gold.published().orElseThrow()));
    List<String> found = article.paragraphs().stream().flatMap((Paragraph p) -> p.values().stream()
        .map(v -> p.index() + ":" + v.start() + ":" + v.end() + ":" + v.type() + ":" + v.normalized().orElse("")))
        .toList();
    assertThat(found).containsExactlyElementsOf(gold.values().stream()
        .map(v -> v.paragraph() + ":" + v.start() + ":" + v.end() + ":" + v.type() + ":" + v.normalized()).toList());
  }

  @Test
  void shouldReadNorwegianAmountsAndPercentages() {
    assertThat(values("Regjeringen bevilger 1,5 mrd. kroner og kr 250 000 til tiltaket.", "nb"))
        .containsExactly("1,5 mrd. kroner|MONEY|NOK 1500000000", "kr 250 000|MONEY|NOK 250000");
    assertThat(values("Ledigheten steg til 4,2 prosent, opp 0,3 prosentpoeng fra i fjor.", "nb"))
        .containsExactly("4,2 prosent|PERCENT|4.2%", "0,3 prosentpoeng|PERCENT|0.3pp", "i fjor|DATE|2016");
  }

  @Test
  void shouldResolveRelativeAndNumericDatesAgainstThePublicationDate() {
    assertThat(values("Avtalen ble signert i går, og møtet 16.06.2017 ble utsatt til forrige uke.", "nb"))
        .containsExactly("i går|DATE|2017-06-15", "16.06.2017|DATE|2017-06-16", "forrige uke|DATE|2017-W23");
    assertThat(values("Han kom til Norge i desember og har bodd her siden 2003.", "nb"))
        .containsExactly("desember|DATE|2016-12", "2003|DATE|2003");
  }

  @Test
  void shouldLeaveNumbersWithoutAUnitAlone() {
    assertThat(values("Over 2003 personer og to hunder deltok, og 30 skoler stengte.", "nb")).isEmpty();
  }

  @Test
  void shouldReadEnglishTooWithTheEnglishLexicon() {
    assertThat(values("The ministry said on January 5, 2017 that it would spend $5 million, up 3 percent.", "en"))
        .containsExactly("January 5, 2017|DATE|2017-01-05", "$5 million|MONEY|USD 5000000", "3 percent|PERCENT|3%");
  }
}
