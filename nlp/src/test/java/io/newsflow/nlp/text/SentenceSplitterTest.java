package io.newsflow.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.nlp.lang.nb.NorwegianPack;
import io.newsflow.nlp.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter(NorwegianPack.abbreviations());

  private List<String> sentences(String text) {
    return splitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void shouldSplitTheSeedLeadIntoItsTwoSentences() {
    String lead = "IS-lederen har gått fra å være «kalif» til å være rømling. Den russiske "
        + "forsvarsministeren sier de nå undersøker om ett av deres angrep kan ha drept Abu Bakr "
        + "al-Baghdadi.";
    assertThat(sentences(lead)).containsExactly(
        "IS-lederen har gått fra å være «kalif» til å være rømling.",
        "Den russiske forsvarsministeren sier de nå undersøker om ett av deres angrep kan ha drept "
            + "Abu Bakr al-Baghdadi.");
  }

  @Test
  void shouldNotSplitAtDatesAbbreviationsOrInitials() {
    assertThat(sentences("Angrepet skal ha funnet sted den 28. mai i år, bl.a. i Raqqa. Det sa "
        + "Jens E. Hansen."))
        .containsExactly("Angrepet skal ha funnet sted den 28. mai i år, bl.a. i Raqqa.",
            "Det sa Jens E. Hansen.");
  }

  @Test
  void shouldKeepAQuestionInsideAQuotationInItsSentence() {
    assertThat(sentences("«Hvor er han nå?» spurte reporteren. Ingen svarte."))
        .containsExactly("«Hvor er han nå?» spurte reporteren.", "Ingen svarte.");
  }

  @Test
  void shouldCloseTheSentenceAfterTheQuoteThatEndsIt() {
    assertThat(sentences("Han sa: «Vi kommer tilbake.» Så gikk han."))
        .containsExactly("Han sa: «Vi kommer tilbake.»", "Så gikk han.");
  }

  @Test
  void shouldEndASentenceAtAListAbbreviationBeforeACapital() {
    assertThat(sentences("De solgte fisk, kjøtt osv. Neste dag var alt borte."))
        .containsExactly("De solgte fisk, kjøtt osv.", "Neste dag var alt borte.");
  }

  @Test
  void shouldStartANewSentenceAtADialogueLine() {
    assertThat(sentences("– Vi er klare, sier hun.\n– Og vi vinner"))
        .containsExactly("– Vi er klare, sier hun.", "– Og vi vinner");
  }

  @Test
  void shouldKeepAHeadingWithoutFinalPunctuationAsOneSentence() {
    List<Sentence> s = splitter.split("Radikalisert av Irak-krigen");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).tokens()).extracting(t -> t.text())
        .containsExactly("Radikalisert", "av", "Irak-krigen");
  }
}
