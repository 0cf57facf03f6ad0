package io.newsflow.nlp.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.nlp.Seeds;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionWordLanguageIdentifierTest {
  private static final LanguageSamples SAMPLES = LanguageSamples.load();
  private final FunctionWordLanguageIdentifier identifier = FunctionWordLanguageIdentifier.standard();

  @Test
  void shouldServeNorwegianItsNeighboursAndEnglish() {
    assertThat(identifier.languages()).containsExactly("nb", "nn", "da", "sv", "de", "en");
  }

  @Test
  void shouldIdentifyTheSeedArticleAsBokmaal() {
    assertThat(identifier.identifyConfidently(Seeds.seedText())).contains("nb");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nb", "nn", "da", "sv", "de", "en"})
  void shouldIdentifyArticleLengthTextWithoutFallingBack(String language) {
    assertThat(identifier.identifyConfidently(SAMPLES.article(language))).contains(language);
  }

  @Test
  void shouldNeverAnswerWrongForAnySampleSentenceOrHeading() {
    for (LanguageSamples.Sample sample : SAMPLES.all()) {
      String answer = identifier.identify(sample.text());
      assertThat(answer).as(sample.toString()).isIn(sample.language(), LanguageIdentifier.UNDETERMINED);
    }
  }

  @Test
  void shouldAnswerEveryGermanAndEnglishSentenceWithoutFallingBack() {
    // German and English share few frequent words with the others; the Scandinavian languages
    // share many, so a single sentence of theirs is often left to the fallback
    for (LanguageSamples.Sample sample : SAMPLES.sentences(List.of("de", "en"))) {
      assertThat(identifier.identify(sample.text())).as(sample.toString()).isEqualTo(sample.language());
    }
  }

  @Test
  void shouldTellNynorskFromBokmaalInTheSameSentence() {
    assertThat(identifier.identify("Mange av dei tilsette seier at dei ikkje har fått nokon informasjon om korleis omorganiseringa skal gjennomførast."))
        .isEqualTo("nn");
    assertThat(identifier.identify("Mange av de ansatte sier at de ikke har fått noen informasjon om hvordan omorganiseringen skal gjennomføres."))
        .isEqualTo("nb");
  }

  @Test
  void shouldNotTakeNorwegianWithEnglishNamesAndQuotesForEnglish() {
    String mixed = "Donald Trump sa at «America first» gjelder også for handelsavtalene, "
        + "og at han ikke vil skrive under på noe som svekker amerikanske arbeidsplasser.";
    assertThat(identifier.identify(mixed)).isIn("nb", LanguageIdentifier.UNDETERMINED);
    assertThat(identifier.identify(mixed + " " + SAMPLES.article("nb"))).isEqualTo("nb");
  }

  @Test
  void shouldLeaveOtherLanguagesAndHeadingsToTheFallback() {
    for (LanguageSamples.Sample sample : SAMPLES.otherLanguages(identifier.languages())) {
      assertThat(identifier.identify(sample.text())).as(sample.toString()).isEqualTo(LanguageIdentifier.UNDETERMINED);
    }
    assertThat(identifier.identify("Statsministeren går av")).isEqualTo(LanguageIdentifier.UNDETERMINED);
    assertThat(identifier.identify("")).isEqualTo(LanguageIdentifier.UNDETERMINED);
    assertThat(identifier.identify("2017 – 3–1 – 12:30")).isEqualTo(LanguageIdentifier.UNDETERMINED);
  }

  @Test
  void shouldNotAnswerALanguageListedOnlyToBeDeferred() {
    FunctionWordLanguageIdentifier withDutch = new FunctionWordLanguageIdentifier(
        Map.of("en", List.of("the", "of", "and", "is"), "nl", List.of("de", "het", "een", "en", "van", "is")),
        Set.of("nl"));
    assertThat(withDutch.identify("De regering wil de gemeenten dit jaar geen extra geld geven, zei de minister van Financiën."))
        .isEqualTo(LanguageIdentifier.UNDETERMINED);
    assertThat(withDutch.languages()).containsExactly("en");
    assertThatThrownBy(() -> new FunctionWordLanguageIdentifier(Map.of("en", List.of("the")), Set.of("nl")))
        .hasMessageContaining("deferred languages [nl] need word lists");
  }
}
