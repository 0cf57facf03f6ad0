package io.newsflow.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentNamesTest {

  @Test
  void shouldMakeALongFormAndItsAbbreviationOneNameEach() {
    String[] words = words("Baghdadi ble i 2010 leder for Islamsk stat i Irak ( ISI ) , som tidligere het al-Qaida i Irak ( AQI ) .");
    String[] tags = tags(words.length, "Baghdadi", "B-PER", words);
    tag(tags, words, "Islamsk", "B-ORG");
    tag(tags, words, "Irak", "B-GPE_LOC");
    tag(tags, words, "al-Qaida", "B-DRV");

    String[] revised = reviseOne(words, tags);

    assertThat(spans(words, revised)).containsExactly(
        "PER Baghdadi", "ORG Islamsk stat i Irak", "ORG ISI", "ORG al-Qaida i Irak", "ORG AQI");
  }

  @Test
  void shouldReadTheAbbreviationFirstWithTheLongFormInParentheses() {
    String[] words = words("Da ISI ekspanderte til Syria i 2013 , tok den navnet ISIL ( Den islamske staten i Irak og Levanten ) .");
    String[] tags = tags(words.length, "Syria", "B-GPE_LOC", words);
    tag(tags, words, "ISIL", "B-ORG");
    tag(tags, words, "Levanten", "B-LOC");

    assertThat(spans(words, reviseOne(words, tags))).contains(
        "ORG ISIL", "ORG Den islamske staten i Irak og Levanten");
  }

  @Test
  void shouldTakeACapitalisedDeterminerInFrontIntoTheName() {
    String[] words = words("Senere forkortet gruppen navnet til Den islamske staten ( IS ) .");
    String[] tags = tags(words.length, "IS", "B-ORG", words);

    assertThat(spans(words, reviseOne(words, tags))).containsExactly("ORG Den islamske staten", "ORG IS");
  }

  @Test
  void shouldLeaveAPersonsPartyAndCommonNounsWithAbbreviationsAlone() {
    String[] party = words("Det mener Snorre Valen ( SV ) , som sitter i komiteen .");
    String[] partyTags = tags(party.length, "Snorre", "B-PER", party);
    tag(partyTags, party, "Valen", "I-PER");
    tag(partyTags, party, "SV", "B-ORG");
    assertThat(reviseOne(party, partyTags)).containsExactly(partyTags);

    String[] common = words("Hjelpen går til de minst utviklede landene ( MUL ) i Afrika .");
    String[] commonTags = tags(common.length, "Afrika", "B-LOC", common);
    assertThat(reviseOne(common, commonTags)).containsExactly(commonTags);
  }

  @Test
  void shouldTagADefinedNameWhereverItRecursInTheArticle() {
    String[] early = words("IS er snart drevet helt ut av millionbyen Mosul i Irak .");
    String[] quote = words("Han ledet en gruppe han kalte « al-Qaida i Irak » .");
    String[] definition = words("Baghdadi ble leder for Islamsk stat i Irak ( ISI ) , som tidligere het al-Qaida i Irak ( AQI ) .");
    String[] naming = words("Gruppen forkortet navnet til Den islamske staten ( IS ) .");
    List<String[]> sentences = List.of(early, quote, definition, naming);
    List<String[]> tags = new ArrayList<>(List.of(
        tags(early.length, "Mosul", "B-ORG", early),
        tags(quote.length, "Irak", "B-GPE_LOC", quote),
        tags(definition.length, "Islamsk", "B-ORG", definition),
        tags(naming.length, "IS", "B-ORG", naming)));

    List<String[]> revised = DocumentNames.revise(sentences, tags);

    assertThat(spans(early, revised.get(0))).containsExactly("ORG IS", "ORG Mosul");
    assertThat(spans(quote, revised.get(1))).containsExactly("ORG al-Qaida i Irak");
    assertThat(tags.get(0)[0]).as("the tagger's rows are not changed").isEqualTo("O");
  }

  @Test
  void shouldRepeatANameOfSeveralWordsWhereTheTaggerSplitIt() {
    String[] first = words("Statsminister Erna Solberg møtte Den norske kirke i Oslo .");
    String[] later = words("Den norske kirke svarte ikke .");
    String[] firstTags = tags(first.length, "Erna", "B-PER", first);
    tag(firstTags, first, "Solberg", "I-PER");
    tag(firstTags, first, "Den", "B-ORG");
    tag(firstTags, first, "norske", "I-ORG");
    tag(firstTags, first, "kirke", "I-ORG");
    tag(firstTags, first, "Oslo", "B-GPE_LOC");
    String[] laterTags = tags(later.length, "Den", "B-ORG", later);

    List<String[]> revised = DocumentNames.revise(List.of(first, later), List.of(firstTags, laterTags));

    assertThat(spans(later, revised.get(1))).containsExactly("ORG Den norske kirke");
  }

  @Test
  void shouldTagAPersonsLastNameAloneNearTheFullName() {
    String[] full = words("IS-lederen Abu Bakr al-Baghdadi kan være drept .");
    String[] teaser = words("Dette vet vi om al-Baghdadi");
    String[] fullTags = tags(full.length, "IS-lederen", "B-DRV", full);
    tag(fullTags, full, "Abu", "B-PER");
    tag(fullTags, full, "Bakr", "I-PER");
    tag(fullTags, full, "al-Baghdadi", "I-PER");

    List<String[]> revised = DocumentNames.revise(List.of(full, teaser), List.of(fullTags, tags(teaser.length, null, null, teaser)));

    assertThat(spans(teaser, revised.get(1))).containsExactly("PER al-Baghdadi");
  }

  @Test
  void shouldNotCarryANameFarBeyondItsDocumentWindow() {
    List<String[]> sentences = new ArrayList<>();
    List<String[]> tags = new ArrayList<>();
    String[] named = words("Den norske kirke svarte .");
    sentences.add(named);
    String[] namedTags = tags(named.length, "Den", "B-ORG", named);
    tag(namedTags, named, "norske", "I-ORG");
    tag(namedTags, named, "kirke", "I-ORG");
    tags.add(namedTags);
    for (int i = 0; i <= DocumentEvidence.WINDOW + 1; i++) {
      String[] filler = words("Det regnet i hele går .");
      sentences.add(filler);
      tags.add(tags(filler.length, null, null, filler));
    }
    String[] far = words("Den norske kirke svarte igjen .");
    sentences.add(far);
    tags.add(tags(far.length, null, null, far));

    List<String[]> revised = DocumentNames.revise(sentences, tags);

    assertThat(revised.get(revised.size() - 1)).containsOnly("O");
  }

  @Test
  void shouldEndADerivedWordsSpanAtTheDerivedWord() {
    String[] words = words("Styrkene har rykket inn i den syriske IS-bastionen Raqqa og Stevie Wonder-sangen spilles .");
    String[] tags = tags(words.length, "IS-bastionen", "B-DRV", words);
    tag(tags, words, "Raqqa", "I-DRV");
    tag(tags, words, "Stevie", "B-DRV");
    tag(tags, words, "Wonder-sangen", "I-DRV");

    assertThat(spans(words, reviseOne(words, tags))).containsExactly("DRV IS-bastionen", "DRV Stevie Wonder-sangen");
  }

  @Test
  void shouldFindTheLettersOfAnAbbreviationRightToLeft() {
    assertThat(DocumentNames.spells("PST", words("Politiets sikkerhetstjeneste"), 0, 2)).isTrue();
    assertThat(DocumentNames.spells("UD", words("Utenriksdepartementet"), 0, 1)).isTrue();
    assertThat(DocumentNames.spells("ISI", words("stat i Irak"), 0, 3)).as("first letter opens the form").isFalse();
    assertThat(DocumentNames.isAbbreviation("KrF")).as("mixed case party names are written out").isFalse();
    assertThat(DocumentNames.isAbbreviation("G20")).isTrue();
  }

  @Test
  void shouldRefuseRowsThatDoNotMatchTheSentences() {
    assertThatThrownBy(() -> DocumentNames.revise(List.<String[]>of(words("Oslo")), List.<String[]>of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 sentences but 0");
  }

  private static String[] reviseOne(String[] words, String[] tags) {
    return DocumentNames.revise(List.<String[]>of(words), List.<String[]>of(tags)).get(0);
  }

  private static String[] words(String text) {
    return text.split(" ");
  }

  private static String[] tags(int n, String word, String tag, String[] words) {
    String[] tags = new String[n];
    Arrays.fill(tags, "O");
    if (word != null) {
      tag(tags, words, word, tag);
    }
    return tags;
  }

  private static void tag(String[] tags, String[] words, String word, String tag) {
    tags[Arrays.asList(words).indexOf(word)] = tag;
  }

  private static List<String> spans(String[] words, String[] tags) {
    return NerEvaluation.spans(List.of(tags)).stream()
        .map(s -> s.type() + " " + String.join(" ", Arrays.copyOfRange(words, s.start(), s.end())))
        .toList();
  }
}
