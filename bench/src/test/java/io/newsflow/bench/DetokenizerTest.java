package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DetokenizerTest {
  @Test
  void shouldPrintCommasAndPeriodsAgainstTheWordBefore() {
    List<String> forms = List.of("Kamskjell", ",", "piggvar", "og", "lammefilet", "sto", "på", "menyen", "under",
        "den", "kongelige", "gallamiddagen", ".");
    assertThat(Detokenizer.join(forms))
        .isEqualTo("Kamskjell, piggvar og lammefilet sto på menyen under den kongelige gallamiddagen.");
  }

  @Test
  void shouldPairStraightQuotesAroundTheirWords() {
    List<String> forms = List.of("Deretter", "fulgte", "\"", "Turbot", "au", "Four", "-", "purée", "de",
        "chou-fleur", "\"", ".");
    assertThat(Detokenizer.join(forms)).isEqualTo("Deretter fulgte \"Turbot au Four - purée de chou-fleur\".");
  }

  @Test
  void shouldCloseGuillemetsAndBracketsTightAndDropTheHeadlineMarker() {
    List<String> forms = List.of("Han", "kalte", "seg", "«", "kalif", "»", "(", "2014", ")", "|");
    assertThat(Detokenizer.join(forms)).isEqualTo("Han kalte seg «kalif» (2014)");
  }

  @Test
  void shouldCloseAQuoteOpenedInTheSentenceBefore() {
    List<String> forms = List.of("La", "oss", "håpe", "det", "vil", "fortsette", "i", "minst", "hundre", "år", "til",
        ".", "\"");
    assertThat(Detokenizer.join(forms)).isEqualTo("La oss håpe det vil fortsette i minst hundre år til.\"");
  }
}
