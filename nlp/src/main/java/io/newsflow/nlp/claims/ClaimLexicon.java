package io.newsflow.nlp.claims;

import io.newsflow.nlp.text.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A language's words of claims (reporting verbs, "according to", hearsay markers, hedges,
 * disputes, pronouns), read from a {@code claims.txt} lexicon with {@code [section]} headers.
 * Entries may be phrases of several words; look-ups match the longest phrase first.
 *
 * <p>The verb tables {@code [speech]} and {@code [belief]} list one verb per line as
 * {@code infinitive | present | past | participle} (alternatives split by "/"); every form becomes
 * an entry of {@code cue} or {@code belief-cue}, the infinitives also of {@code infinitive} and the
 * participles of {@code cue-participle}; the verbs of {@code [postposed]} are also entries of
 * {@code postposed-cue}. A line {@code include FILE} reads the sections of another
 * resource next to it (long word lists, such as given names, live in files of their own).
 */
public final class ClaimLexicon {
  /**
   * Section, then first word, then the entries starting with it, longest first: matching at a
   * position costs one look-up instead of a scan of the section (the extractor matches every
   * section at every token, which made the scan the claims stage's main cost).
   */
  private final Map<String, Map<String, List<String[]>>> byFirstWord;
  /**
   * Section, then length, then the one-word entries of that length: whether a word ends with an
   * entry costs one look-up per length instead of a scan (check-worthiness asks it of most tokens).
   */
  private final Map<String, Map<Integer, java.util.Set<String>>> endingsByLength;

  private ClaimLexicon(Map<String, List<String[]>> sections) {
    Map<String, Map<String, List<String[]>>> index = new HashMap<>();
    Map<String, Map<Integer, java.util.Set<String>>> endings = new HashMap<>();
    sections.forEach((section, entries) -> {
      Map<String, List<String[]>> words = new HashMap<>();
      Map<Integer, java.util.Set<String>> byLength = new java.util.TreeMap<>();
      for (String[] entry : entries) {
        words.computeIfAbsent(entry[0], k -> new ArrayList<>()).add(entry);
        if (entry.length == 1) {
          byLength.computeIfAbsent(entry[0].length(), k -> new java.util.HashSet<>()).add(entry[0]);
        }
      }
      index.put(section, words);
      endings.put(section, byLength);
    });
    this.byFirstWord = index;
    this.endingsByLength = endings;
  }

  public static ClaimLexicon load(Class<?> anchor, String resource) {
    Map<String, List<String[]>> sections = new HashMap<>();
    List<String[]> current = null;
    List<String> lines = new ArrayList<>();
    for (String line : Lexicon.lines(anchor, resource)) {
      if (line.startsWith("include ")) {
        lines.addAll(Lexicon.lines(anchor, line.substring("include ".length()).strip()));
      } else {
        lines.add(line);
      }
    }
    for (String line : lines) {
      if (line.startsWith("[") && line.endsWith("]")) {
        current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
      } else if (current == null) {
        throw new IllegalStateException(resource + ": entry before the first [section]: " + line);
      } else if (line.contains("|")) {
        addVerb(sections, line, current == sections.get("belief") ? "belief-cue" : "cue");
        if (current == sections.get("postposed")) {
          addVerb(sections, line, "postposed-cue");
        }
      } else {
        current.add(phrase(line));
      }
    }
    sections.values().forEach(list -> list.sort((a, b) -> b.length - a.length));
    return new ClaimLexicon(sections);
  }

  private static void addVerb(Map<String, List<String[]>> sections, String line, String cueSection) {
    String[] columns = line.split("\\|");
    for (int c = 0; c < columns.length; c++) {
      for (String form : columns[c].split("/")) {
        String f = form.strip();
        if (f.isEmpty() || f.equals("-")) {
          continue;
        }
        sections.computeIfAbsent(cueSection, k -> new ArrayList<>()).add(phrase(f));
        if (c == 0) {
          sections.computeIfAbsent("infinitive", k -> new ArrayList<>()).add(phrase(f));
        }
        if (c == 3) {
          sections.computeIfAbsent("cue-participle", k -> new ArrayList<>()).add(phrase(f));
        }
      }
    }
  }

  // ", og" is two tokens: the comma and the word
  private static String[] phrase(String line) {
    return line.toLowerCase(Locale.ROOT).replace(",", " , ").strip().split("\\s+");
  }

  /** The length in tokens of the longest entry of {@code section} starting at {@code at}, or 0. */
  int match(String section, String[] words, int at) {
    if (at >= words.length) {
      return 0;
    }
    for (String[] entry : entries(section, words[at])) {
      if (at + entry.length > words.length) {
        continue;
      }
      boolean same = true;
      for (int k = 0; k < entry.length && same; k++) {
        same = entry[k].equals(words[at + k]);
      }
      if (same) {
        return entry.length;
      }
    }
    return 0;
  }

  /** The second words of the two-word entries of {@code section} that begin with {@code first} ("slår" → "fast"). */
  List<String> secondWords(String section, String first) {
    List<String> out = new ArrayList<>();
    for (String[] entry : entries(section, first)) {
      if (entry.length == 2) {
        out.add(entry[1]);
      }
    }
    return out;
  }

  /**
   * What follows the first word in the entries of {@code section} of two words or more that begin
   * with {@code first}, longest first ("var" → "overbevist om", "gjorde" → "det klart", "klart").
   */
  List<String[]> rests(String section, String first) {
    List<String[]> out = new ArrayList<>();
    for (String[] entry : entries(section, first)) {
      if (entry.length >= 2) {
        out.add(java.util.Arrays.copyOfRange(entry, 1, entry.length));
      }
    }
    return out;
  }

  /** Whether {@code word} is, or ends with (as a compound does), a one-word entry of {@code section}. */
  boolean endsWithAny(String section, String word) {
    for (Map.Entry<Integer, java.util.Set<String>> e : endingsByLength.getOrDefault(section, Map.of()).entrySet()) {
      int length = e.getKey();
      if (length > word.length()) {
        break; // lengths ascend
      }
      if (e.getValue().contains(word.substring(word.length() - length))) {
        return true;
      }
    }
    return false;
  }

  boolean contains(String section, String word) {
    for (String[] entry : entries(section, word)) {
      if (entry.length == 1 && entry[0].equals(word)) {
        return true;
      }
    }
    return false;
  }

  private List<String[]> entries(String section, String firstWord) {
    return byFirstWord.getOrDefault(section, Map.of()).getOrDefault(firstWord, List.of());
  }
}
