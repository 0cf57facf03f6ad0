package io.newsflow.nlp.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.nlp.ArticleAnalyzer;
import io.newsflow.nlp.ArticleInput;
import io.newsflow.nlp.Seeds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainedLanguageIdentifierTest {
  private static final LanguageSamples SAMPLES = LanguageSamples.load();

  @Test
  void shouldAskTheNextIdentifierOnlyWhenTheFirstCannotTell() {
    List<String> asked = new ArrayList<>();
    LanguageIdentifier sure = text -> {
      asked.add("sure");
      return text.contains("ikke") ? "nb" : LanguageIdentifier.UNDETERMINED;
    };
    LanguageIdentifier broad = text -> {
      asked.add("broad");
      return "fr";
    };
    ChainedLanguageIdentifier chain = new ChainedLanguageIdentifier(List.of(sure, broad));

    assertThat(chain.identify("Det er ikke sant")).isEqualTo("nb");
    assertThat(asked).containsExactly("sure");
    assertThat(chain.identify("C'est vrai")).isEqualTo("fr");
    assertThat(asked).containsExactly("sure", "sure", "broad");
    assertThatThrownBy(() -> new ChainedLanguageIdentifier(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldIdentifyEverySampleSentenceInAnyLanguage() {
    ChainedLanguageIdentifier chain = ChainedLanguageIdentifier.standard();
    for (LanguageSamples.Sample sample : SAMPLES.all()) {
      if (!sample.isShort()) {
        assertThat(chain.identify(sample.text())).as(sample.toString()).isEqualTo(sample.language());
      }
    }
  }

  @Test
  void shouldKeepNorwegianWithEnglishNamesAndQuotesNorwegian() {
    assertThat(ChainedLanguageIdentifier.standard().identify(
        "Donald Trump sa at «America first» gjelder også for handelsavtalene, "
            + "og at han ikke vil skrive under på noe som svekker amerikanske arbeidsplasser."))
        .isEqualTo("nb");
  }

  @Test
  void shouldMakeTheAnalyzerReadTheSeedAsBokmaalWithoutAHint() {
    assertThat(ArticleAnalyzer.standard().analyze(ArticleInput.plainText(Seeds.seedText())).language())
        .isEqualTo("nb");
  }
}
