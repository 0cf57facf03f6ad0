package io.newsflow.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.nlp.lang.nb.NorwegianPack;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameHeadsTest {
  private final NameHeads heads = NameHeads.load(NorwegianPack.class, "ner-name-heads.txt");

  @Test
  void shouldMakeACompoundOnAnEventHeadAnEventNotADerivedWord() {
    String[] words = "Han ble radikalisert av Irak-krigen og Kings Bay-saken .".split(" ");
    String[] tags = {"O", "O", "O", "O", "B-DRV", "O", "B-DRV", "I-DRV", "O"};

    assertThat(spans(words, retype(words, tags))).containsExactly("EVT Irak-krigen", "EVT Kings Bay-saken");
  }

  @Test
  void shouldTypeDocumentsAndGovernmentsByTheirHeadEvenInTheGenitive() {
    String[] words = "EØS-avtalens regler og Jan Mayen-loven ble vedtatt av Gerhardsen-regjeringen .".split(" ");
    String[] tags = {"B-DRV", "O", "O", "B-DRV", "I-DRV", "O", "O", "O", "B-DRV", "O"};

    assertThat(spans(words, retype(words, tags)))
        .containsExactly("PROD EØS-avtalens", "PROD Jan Mayen-loven", "ORG Gerhardsen-regjeringen");
  }

  @Test
  void shouldLeaveWordsDerivedFromANameOnOtherHeadsDerived() {
    String[] words = "IS-lederen og Ap-regjering gikk , og irak-krigen ble glemt .".split(" ");
    String[] tags = {"B-DRV", "O", "B-DRV", "O", "O", "O", "O", "O", "O", "O"};

    assertThat(spans(words, retype(words, tags))).containsExactly("DRV IS-lederen", "DRV Ap-regjering");
  }

  @Test
  void shouldNotTakeALetterLabelForAPerson() {
    String[] words = "Det er like skummelt å nevne plan B som vitamin D , sier B .".split(" ");
    String[] tags = {"O", "O", "O", "O", "O", "O", "O", "B-PER", "O", "O", "B-PER", "O", "O", "B-PER", "O"};

    assertThat(spans(words, retype(words, tags))).containsExactly("PER B");
  }

  @Test
  void shouldChangeNothingForALanguageWithoutAList() {
    String[] words = {"Irak-krigen"};
    String[] tags = {"B-DRV"};

    assertThat(NameHeads.NONE.retype(List.<String[]>of(words), List.<String[]>of(tags)).get(0))
        .containsExactly("B-DRV");
  }

  private String[] retype(String[] words, String[] tags) {
    return heads.retype(List.<String[]>of(words), List.<String[]>of(tags.clone())).get(0);
  }

  private static List<String> spans(String[] words, String[] tags) {
    List<String> out = new ArrayList<>();
    for (NerEvaluation.Span span : NerEvaluation.spans(List.of(tags))) {
      out.add(span.type() + " " + String.join(" ", java.util.Arrays.copyOfRange(words, span.start(), span.end())));
    }
    return out;
  }
}
