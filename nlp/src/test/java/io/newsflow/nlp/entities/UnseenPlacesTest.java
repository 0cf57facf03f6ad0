package io.newsflow.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.nlp.lang.nb.NorwegianPack;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnseenPlacesTest {
  private static final NerLexicon LEXICON =
      ((PerceptronEntityRecognizer) NorwegianPack.create().entityRecognizer()).model().lexicon();

  @Test
  void shouldMakeAForeignTownTheTaggerCalledAnOrganisationAPlace() {
    assertThat(retype("Hæren rykket inn i Mosul og Samarra i går .", "Mosul", "B-ORG", "Samarra", "B-PROD"))
        .containsExactly("O", "O", "O", "O", "B-GPE_LOC", "O", "B-GPE_LOC", "O", "O", "O");
  }

  @Test
  void shouldMakeAnUnknownPlaceThatIsNoTownDivisionOrCountryALocation() {
    assertThat(retype("Turistene strømmet til Tafjord og Kreml .", "Tafjord", "B-GPE_LOC", "Kreml", "B-GPE_LOC"))
        .containsExactly("O", "O", "O", "B-LOC", "O", "B-LOC", "O");
  }

  @Test
  void shouldLeaveCountriesTownsPersonsAndNamesTheTrainingTextKnows() {
    // Kroatia is a country, Bergen a town, Helland a person, Oslo known from training
    assertThat(retype("Kroatia slo Bergen , sa Helland i Oslo .", "Kroatia", "B-GPE_LOC", "Bergen", "B-GPE_LOC",
        "Helland", "B-PER", "Oslo", "B-ORG"))
        .containsExactly("B-GPE_LOC", "O", "B-GPE_LOC", "O", "O", "B-PER", "O", "B-ORG", "O");
  }

  @Test
  void shouldLeaveHyphenatedRegionsAndAcronymsAlone() {
    assertThat(retype("Sentral-Asia og NAVO møttes .", "Sentral-Asia", "B-GPE_LOC", "NAVO", "B-GPE_LOC"))
        .containsExactly("B-GPE_LOC", "O", "B-GPE_LOC", "O", "O");
  }

  private static String[] retype(String sentence, String... wordTags) {
    String[] words = sentence.split(" ");
    String[] tags = new String[words.length];
    java.util.Arrays.fill(tags, "O");
    for (int k = 0; k < wordTags.length; k += 2) {
      tags[List.of(words).indexOf(wordTags[k])] = wordTags[k + 1];
    }
    return UnseenPlaces.retype(List.<String[]>of(words), List.<String[]>of(tags), LEXICON).get(0);
  }
}
