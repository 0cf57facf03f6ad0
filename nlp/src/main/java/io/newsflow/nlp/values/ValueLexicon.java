package io.newsflow.nlp.values;

import io.newsflow.nlp.text.Lexicon;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The words of one language that dates and amounts are made of (months, seasons, weekdays,
 * relative expressions, scale words, currencies), read from a {@code values.txt} lexicon with
 * {@code [section]} headers and {@code phrase = value} lines. Phrases may span several tokens
 * ("i fjor", "svenske kroner").
 */
public final class ValueLexicon {
  /**
   * Section, then first word, then the entries starting with it, longest first: the extractor
   * asks every section at every token, so a scan of the section per question was its main cost.
   */
  private final Map<String, Map<String, List<Entry>>> byFirstWord;

  private record Entry(String[] words, String value) {}

  /** A phrase found in the text: how many tokens it covers and what it means. */
  record Phrase(int length, int offset) {}

  /** A currency or percent sign found in the text: its code and how many tokens it covers. */
  record Coded(int length, String code) {}

  private ValueLexicon(Map<String, List<Entry>> sections) {
    Map<String, Map<String, List<Entry>>> index = new HashMap<>();
    sections.forEach((section, entries) -> {
      Map<String, List<Entry>> words = new HashMap<>();
      for (Entry e : entries) {
        words.computeIfAbsent(e.words[0], k -> new ArrayList<>()).add(e);
      }
      index.put(section, words);
    });
    this.byFirstWord = index;
  }

  public static ValueLexicon load(Class<?> anchor, String resource) {
    Map<String, List<Entry>> sections = new HashMap<>();
    List<Entry> current = null;
    for (String line : Lexicon.lines(anchor, resource)) {
      if (line.startsWith("[") && line.endsWith("]")) {
        current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
        continue;
      }
      if (current == null) {
        throw new IllegalStateException(resource + ": entry before the first [section]: " + line);
      }
      int eq = line.lastIndexOf(" = ");
      String phrase = (eq >= 0 ? line.substring(0, eq) : line).strip().toLowerCase(Locale.ROOT);
      current.add(new Entry(phrase.split("\\s+"), eq >= 0 ? line.substring(eq + 3).strip() : ""));
    }
    // longest phrases first, so "svenske kroner" wins over "kroner"
    sections.values().forEach(list -> list.sort((a, b) -> b.words.length - a.words.length));
    return new ValueLexicon(sections);
  }

  OptionalInt month(String word) {
    return single("month", word).map(v -> OptionalInt.of(Integer.parseInt(v))).orElse(OptionalInt.empty());
  }

  Optional<String> season(String word) {
    return single("season", word);
  }

  Optional<Integer> weekday(String word) {
    return single("weekday", word).map(Integer::parseInt);
  }

  Optional<Long> number(String word) {
    return single("number", word).map(Long::parseLong);
  }

  Optional<BigDecimal> scale(String word) {
    return single("scale", word).map(BigDecimal::new);
  }

  Phrase relativeDay(String[] words, int at) {
    return offsetPhrase("relative-day", words, at);
  }

  Phrase relativeYear(String[] words, int at) {
    return offsetPhrase("relative-year", words, at);
  }

  Phrase relativeWeek(String[] words, int at) {
    return offsetPhrase("relative-week", words, at);
  }

  Phrase relativeMonth(String[] words, int at) {
    return offsetPhrase("relative-month", words, at);
  }

  /** The length of a date-introducing phrase at {@code at} ("i", "fram til"), or 0. */
  int datePreposition(String[] words, int at) {
    Entry e = phrase("date-preposition", words, at);
    return e == null ? 0 : e.words.length;
  }

  Optional<Coded> currency(String[] words, int at) {
    Entry e = phrase("currency", words, at);
    return e == null ? Optional.empty() : Optional.of(new Coded(e.words.length, e.value));
  }

  Optional<Coded> percent(String[] words, int at) {
    Entry e = phrase("percent", words, at);
    return e == null ? Optional.empty() : Optional.of(new Coded(e.words.length, e.value));
  }

  private Optional<String> single(String section, String word) {
    for (Entry e : entries(section, word)) {
      if (e.words.length == 1 && e.words[0].equals(word)) {
        return Optional.of(e.value);
      }
    }
    return Optional.empty();
  }

  private Phrase offsetPhrase(String section, String[] words, int at) {
    Entry e = phrase(section, words, at);
    return e == null ? null : new Phrase(e.words.length, Integer.parseInt(e.value));
  }

  private Entry phrase(String section, String[] words, int at) {
    if (at >= words.length) {
      return null;
    }
    for (Entry e : entries(section, words[at])) {
      if (at + e.words.length > words.length) {
        continue;
      }
      boolean same = true;
      for (int k = 0; k < e.words.length && same; k++) {
        same = e.words[k].equals(words[at + k]);
      }
      if (same) {
        return e;
      }
    }
    return null;
  }

  private List<Entry> entries(String section, String firstWord) {
    return byFirstWord.getOrDefault(section, Map.of()).getOrDefault(firstWord, List.of());
  }
}
