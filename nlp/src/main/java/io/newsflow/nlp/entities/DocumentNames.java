package io.newsflow.nlp.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the writer of an article tells the reader about its names, applied to a tagger's IOB2
 * output for the whole article:
 *
 * <ul>
 *   <li>An abbreviation defined in parentheses, either way round ("Islamsk stat i Irak (ISI)",
 *       "ISIL (Den islamske staten i Irak og Levanten)"), makes both the long form and the
 *       abbreviation one name each, of one type. A sequence tagger sees "stat i Irak" as a common
 *       noun and a country; the definition says it is one name. The long form is found the way
 *       Schwartz and Hearst (2003) find it: the abbreviation's letters in order, right to left,
 *       its first letter opening a word, within a few words of the parenthesis.
 *   <li>A name the article defined this way is that name wherever it recurs ("IS er snart drevet
 *       ut av Mosul", «al-Qaida i Irak» in a quotation), with the defined type.
 *   <li>A name of several words that the tagger found in one sentence is the same name where the
 *       same words recur nearby and the tagger split them or left them out: news repeats its
 *       names, and the tagger's evidence is strongest where the name stands in a clear context.
 *       Without article bounds (a corpus), "nearby" is {@link DocumentEvidence#WINDOW} sentences.
 *   <li>So is a person's last name standing alone near the full name.
 * </ul>
 *
 * Everything here is a pure function of the words and the tags; a tagger without such evidence
 * in the text gets its tags back unchanged.
 */
final class DocumentNames {
  /** Sentence-initial capitals say nothing; a capitalised determiner inside a sentence starts a name. */
  private static final List<String> NAME_DETERMINERS = List.of("Den", "Det", "De", "The");

  private DocumentNames() {}

  /** The tags of each sentence, revised; neither argument is changed. */
  static List<String[]> revise(List<String[]> sentences, List<String[]> tags) {
    if (sentences.size() != tags.size()) {
      throw new IllegalArgumentException(sentences.size() + " sentences but " + tags.size() + " tag rows");
    }
    List<String[]> out = new ArrayList<>(tags.size());
    tags.forEach(t -> out.add(t.clone()));
    for (int s = 0; s < sentences.size(); s++) {
      endDerivedWords(sentences.get(s), out.get(s));
    }
    Map<List<String>, String> defined = new LinkedHashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      define(sentences.get(s), out.get(s), defined);
    }
    // names of several words, with the sentences they were found in
    Map<List<String>, Found> found = new LinkedHashMap<>();
    Map<String, Found> surnames = new LinkedHashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      for (NerEvaluation.Span span : NerEvaluation.spans(List.of(out.get(s)))) {
        if (span.end() - span.start() > 1) {
          List<String> name = List.of(Arrays.copyOfRange(sentences.get(s), span.start(), span.end()));
          found.computeIfAbsent(name, k -> new Found(span.type(), new ArrayList<>())).sentences().add(s);
          if (span.type().equals("PER")) {
            String surname = sentences.get(s)[span.end() - 1];
            surnames.computeIfAbsent(surname, k -> new Found("PER", new ArrayList<>())).sentences().add(s);
          }
        }
      }
    }
    for (int s = 0; s < sentences.size(); s++) {
      Map<List<String>, String> near = new LinkedHashMap<>(defined);
      for (Map.Entry<List<String>, Found> name : found.entrySet()) {
        if (name.getValue().near(s)) {
          near.putIfAbsent(name.getKey(), name.getValue().type());
        }
      }
      propagate(sentences.get(s), out.get(s), near);
      tagSurnames(sentences.get(s), out.get(s), s, surnames);
    }
    return out;
  }

  /**
   * A person's last name alone, left out by the tagger, is that person when the full name stands
   * nearby: "Dette vet vi om al-Baghdadi" after "Abu Bakr al-Baghdadi".
   */
  private static void tagSurnames(String[] words, String[] tags, int sentence, Map<String, Found> surnames) {
    for (int i = 0; i < words.length; i++) {
      Found person = surnames.get(words[i]);
      if (person != null && person.near(sentence) && tags[i].equals("O")
          && (i + 1 >= words.length || !tags[i + 1].startsWith("I-"))) {
        tags[i] = "B-PER";
      }
    }
  }

  /** A name the tagger found, its type where first found, and the sentences it was found in. */
  private record Found(String type, List<Integer> sentences) {
    boolean near(int sentence) {
      return sentences.stream().anyMatch(s -> Math.abs(s - sentence) <= DocumentEvidence.WINDOW);
    }
  }

  /**
   * A word derived from a name ends its span: "IS-bastionen Raqqa" is the derived word and then a
   * name of its own, never one name. NorNE's derived spans of several words all end with the
   * derived word ("Stevie Wonder-sangen"). The name after it gets no type from this rule; the
   * article's other mentions of it can give it one.
   */
  private static void endDerivedWords(String[] words, String[] tags) {
    for (int i = 0; i + 1 < words.length; i++) {
      if (tags[i].endsWith("-DRV") && tags[i + 1].equals("I-DRV") && isDerivedWord(words[i])) {
        for (int j = i + 1; j < words.length && tags[j].equals("I-DRV"); j++) {
          tags[j] = "O";
        }
      }
    }
  }

  /** "IS-lederen", "Oslo-politiet": a name, a hyphen and a common word in lower case. */
  private static boolean isDerivedWord(String word) {
    int hyphen = word.lastIndexOf('-');
    return hyphen > 0 && hyphen + 1 < word.length() && Character.isLowerCase(word.charAt(hyphen + 1))
        && Character.isUpperCase(word.charAt(0));
  }

  /** Finds "long (SHORT)" and "SHORT (long)" in one sentence, tags both and remembers them. */
  private static void define(String[] words, String[] tags, Map<List<String>, String> defined) {
    for (int open = 1; open < words.length; open++) {
      if (!words[open].equals("(")) {
        continue;
      }
      int close = closing(words, open);
      if (close < 0) {
        continue;
      }
      int longStart;
      int longEnd;
      int abbreviation;
      if (close == open + 2 && isAbbreviation(words[open + 1])) {
        abbreviation = open + 1;
        longEnd = open;
        longStart = longFormBefore(words, open, words[abbreviation]);
      } else if (close - open > 2 && isAbbreviation(words[open - 1])) {
        abbreviation = open - 1;
        longStart = open + 1;
        longEnd = close;
        if (!coversInside(words, longStart, longEnd, words[abbreviation])) {
          longStart = -1;
        }
      } else {
        continue;
      }
      if (longStart < 0 || namesPerson(tags, longStart, longEnd)) {
        continue; // "Snorre Valen (SV)" gives a person's party, not the party's name
      }
      String type = typeOf(tags, abbreviation, longStart);
      mark(tags, longStart, longEnd, type);
      mark(tags, abbreviation, abbreviation + 1, type);
      defined.put(List.of(Arrays.copyOfRange(words, longStart, longEnd)), type);
      defined.put(List.of(words[abbreviation]), type);
    }
  }

  private static int closing(String[] words, int open) {
    for (int i = open + 1; i < words.length && i <= open + 12; i++) {
      if (words[i].equals(")")) {
        return i;
      }
      if (words[i].equals("(")) {
        return -1;
      }
    }
    return -1;
  }

  /** Two to eight capitals, digits allowed after the first letter: ISI, AQI, NTNU, G20. */
  static boolean isAbbreviation(String word) {
    if (word.length() < 2 || word.length() > 8 || !Character.isUpperCase(word.codePointAt(0))) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isUpperCase(c) && !Character.isDigit(c) && c != '&') {
        return false;
      }
    }
    return true;
  }

  /**
   * The first word of the shortest run of words ending at {@code end} whose letters spell the
   * abbreviation; -1 when there is none, or when it is not written as a name.
   */
  private static int longFormBefore(String[] words, int end, String abbreviation) {
    int letters = abbreviation.length();
    int maxWords = Math.min(letters + 5, letters * 2);
    for (int start = end - 1; start >= 0 && start >= end - maxWords; start--) {
      if (!isWord(words[start])) {
        return -1;
      }
      if (!spells(abbreviation, words, start, end)) {
        continue;
      }
      if (hasCapital(words[start])) {
        return start;
      }
      // "Den islamske staten (IS)": the capital is on the determiner in front
      if (start > 0 && NAME_DETERMINERS.contains(words[start - 1])) {
        return start - 1;
      }
      return -1;
    }
    return -1;
  }

  /** The parenthesised long form opens with a capital and its letters spell the abbreviation. */
  private static boolean coversInside(String[] words, int start, int end, String abbreviation) {
    for (int i = start; i < end; i++) {
      if (!isWord(words[i])) {
        return false;
      }
    }
    if (!hasCapital(words[start]) || end - start > Math.min(abbreviation.length() + 5, abbreviation.length() * 2)) {
      return false;
    }
    int from = NAME_DETERMINERS.contains(words[start]) && end - start > 1 ? start + 1 : start;
    return spells(abbreviation, words, from, end);
  }

  /**
   * Whether the letters of the abbreviation occur in order in the words from {@code start} to
   * {@code end}, the first letter opening the first word: matched right to left, each letter as
   * far right as it can be, which leaves the most room for the letters before it.
   */
  static boolean spells(String abbreviation, String[] words, int start, int end) {
    String text = String.join(" ", Arrays.copyOfRange(words, start, end)).toLowerCase(Locale.ROOT);
    String letters = abbreviation.toLowerCase(Locale.ROOT);
    int t = text.length() - 1;
    for (int a = letters.length() - 1; a >= 1; a--) {
      char c = letters.charAt(a);
      if (!Character.isLetterOrDigit(c)) {
        continue;
      }
      while (t > 0 && text.charAt(t) != c) {
        t--;
      }
      if (t <= 0) {
        return false;
      }
      t--;
    }
    return text.charAt(0) == letters.charAt(0);
  }

  private static boolean isWord(String word) {
    return !word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0)) || word.equals("&");
  }

  private static boolean hasCapital(String word) {
    return word.chars().anyMatch(Character::isUpperCase);
  }

  private static boolean namesPerson(String[] tags, int start, int end) {
    for (int i = start; i < end; i++) {
      if (tags[i].endsWith("-PER")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The tagger's type for the abbreviation, else its type for the long form's first word, else
   * ORG. The first word heads such names ("Islamsk stat i Irak"); a place inside them says where
   * the organisation is, not what it is. Never DRV, which marks one word derived from a name.
   */
  private static String typeOf(String[] tags, int abbreviation, int start) {
    for (String tag : List.of(tags[abbreviation], tags[start])) {
      if (!tag.equals("O") && !tag.endsWith("-DRV")) {
        return tag.substring(2);
      }
    }
    return "ORG";
  }

  /** Tags words {@code start..end} as one name, cutting any name that straddled its edges. */
  private static void mark(String[] tags, int start, int end, String type) {
    tags[start] = "B-" + type;
    for (int i = start + 1; i < end; i++) {
      tags[i] = "I-" + type;
    }
    if (end < tags.length && tags[end].startsWith("I-")) {
      tags[end] = "B-" + tags[end].substring(2);
    }
  }

  /** Tags each recurrence of a known name that the tagger left out or split; longer names first. */
  private static void propagate(String[] words, String[] tags, Map<List<String>, String> names) {
    List<Map.Entry<List<String>, String>> longestFirst = new ArrayList<>(names.entrySet());
    longestFirst.sort((a, b) -> Integer.compare(b.getKey().size(), a.getKey().size()));
    for (Map.Entry<List<String>, String> name : longestFirst) {
      List<String> parts = name.getKey();
      for (int i = 0; i + parts.size() <= words.length; i++) {
        if (!matchesAt(words, i, parts)) {
          continue;
        }
        int end = i + parts.size();
        boolean startsInside = tags[i].startsWith("I-");
        boolean runsOn = end < tags.length && tags[end].startsWith("I-");
        if (!startsInside && !runsOn) {
          mark(tags, i, end, name.getValue());
        }
        i = end - 1;
      }
    }
  }

  private static boolean matchesAt(String[] words, int at, List<String> parts) {
    for (int j = 0; j < parts.size(); j++) {
      if (!words[at + j].equals(parts.get(j))) {
        return false;
      }
    }
    return true;
  }
}
