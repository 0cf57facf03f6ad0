package io.newsflow.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NerLexiconTest {
  @Test
  void shouldReadTheProperNounKindsFromTheAnalysersOutput() {
    // lt-proc output of Debian's apertium-nno-nob for "Bergen .", "Norges .", "Statoil ." and "Raqqa ."
    String output = "^Bergen/Bergen<np><cog>/Bergen<np><top>/Bergen<np><cog><compound-R>$ ^./.<sent><clb>$\n"
        + "^Norges/Norge<np><top><gen>/Norges<n><m><sg><ind><cmp><compound-only-L>$ ^./.<sent><clb>$\n"
        + "^Statoil/Statoil<np><org>/Statoil<np><org><compound-R>$ ^./.<sent><clb>$\n"
        + "^Raqqa/*Raqqa$ ^./.<sent><clb>$\n";
    assertThat(ProperNouns.parse(output))
        .containsExactlyInAnyOrderEntriesOf(Map.of("Bergen", "cog+top", "Norges", "topG", "Statoil", "org"));
  }

  @Test
  void shouldAskTheAnalyserOnlyAboutCapitalisedWordsItCanRead() {
    assertThat(ProperNouns.candidates(List.of("Oslo-budsjett", "budsjett", "Bergen", "Bergen", "C++", "Ål")))
        .containsExactly("Bergen", "Oslo-budsjett", "Ål");
  }

  @Test
  void shouldKnowEveryWordOfItsWordListAndFewOthers() {
    List<String> words = List.of("statsminister", "regjering", "fylke", "kommune", "avis", "stortingsvalg");
    WordFilter filter = WordFilter.of(words);
    assertThat(words).allMatch(filter::mightContain);
    assertThat(List.of("tillersen", "baghdadi", "raqqa")).noneMatch(filter::mightContain);
    assertThat(WordFilter.empty().mightContain("avis")).isFalse();
  }

  @Test
  void shouldTellHowTheRestOfTheDocumentTaggedAWordButNotTheSentenceItself() {
    List<String[]> sentences = List.of(
        "IS er snart drevet helt ut av millionbyen Mosul i Irak .".split(" "),
        "Mosul var IS' største by .".split(" "));
    int placeType = 2;
    List<int[]> types = List.of(
        new int[] {0, -1, -1, -1, -1, -1, -1, -1, placeType, -1, placeType, -1},
        new int[] {-1, -1, -1, -1, -1, -1});
    int[][] mosul = new int[2][];
    DocumentEvidence.slide(sentences, types, 5, DocumentEvidence.WINDOW, (s, evidence) ->
        mosul[s] = new int[] {evidence.typeClass("mosul"), evidence.capitalisation("mosul"),
            evidence.typeClass("irak")});
    // seen from the second sentence, Mosul was a place (a name more often than not) in mid-sentence
    assertThat(mosul[1]).containsExactly(1000 + placeType, 1 + 2, 1000 + placeType);
    // seen from the first, Mosul opened a sentence untagged, and Irak occurs nowhere else
    assertThat(mosul[0]).containsExactly(-1, 1, -2);
  }
}
