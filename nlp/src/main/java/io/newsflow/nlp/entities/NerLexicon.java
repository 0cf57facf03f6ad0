package io.newsflow.nlp.entities;

import io.newsflow.nlp.conllu.ConlluSentence;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the tagger knows of words beyond their letters: words written in lower case in the
 * training text (so a capitalised one is probably a sentence start, not a name), the name type
 * each word most often belongs to in the training names, country names (from the JDK), and a
 * general word list (Debian's Bokmål list, when training had it): whether a capitalised word is
 * also an ordinary word, and whether the list spells it with a capital.
 */
final class NerLexicon {
  /** A word written in lower case this often is a common word, even when capitalised at a sentence start. */
  private static final int COMMON_WORD_MIN_COUNT = 3;
  private static final String NONE = "-";

  private final Set<String> commonWords;
  private final Map<String, String> nameClasses;
  private final WordFilter dictionaryWords;
  private final Set<String> dictionaryNames;
  private final Map<String, String> properNouns;
  private final Set<String> places;

  NerLexicon(Set<String> commonWords, Map<String, String> nameClasses, WordFilter dictionaryWords,
      Set<String> dictionaryNames, Map<String, String> properNouns) {
    this.commonWords = Set.copyOf(commonWords);
    this.nameClasses = Map.copyOf(nameClasses);
    this.dictionaryWords = dictionaryWords;
    this.dictionaryNames = Set.copyOf(dictionaryNames);
    this.properNouns = Map.copyOf(properNouns);
    this.places = Places.names();
  }

  /** The lexicon of {@code sentences}, with {@code dictionary} (one word a line, as written) when not empty. */
  static NerLexicon of(List<ConlluSentence> sentences, Dictionary dictionary) {
    return new NerLexicon(commonWords(sentences), nameClasses(sentences), dictionary.words(), dictionary.names(),
        dictionary.properNouns());
  }

  /** The same lexicon with the name classes learnt from other sentences only. */
  NerLexicon withNameClassesOf(List<ConlluSentence> sentences) {
    return new NerLexicon(commonWords, nameClasses(sentences), dictionaryWords, dictionaryNames, properNouns);
  }

  boolean isCommonWord(String lower) {
    return commonWords.contains(lower);
  }

  boolean isPlace(String lower) {
    return places.contains(lower);
  }

  /** "PER+" when the word is mostly part of person names, "ORG" when sometimes, "-" when never. */
  String nameClass(String lower) {
    return nameClasses.getOrDefault(lower, NONE);
  }

  /** 0 unknown, 1 an ordinary word, 2 a listed name, 3 both ("Finn", "Bergen"). */
  int dictionaryClass(String word, String lower) {
    return (dictionaryWords.mightContain(lower) ? 1 : 0) + (dictionaryNames.contains(word) ? 2 : 0);
  }

  /** The kinds of proper noun a morphological lexicon gives a word as written ("top", "ant+cog"), or "-". */
  String properNounClass(String word) {
    return properNouns.getOrDefault(word, NONE);
  }

  static Set<String> commonWords(List<ConlluSentence> sentences) {
    Map<String, Integer> counts = new HashMap<>();
    for (ConlluSentence s : sentences) {
      for (String form : s.forms()) {
        if (!form.isEmpty() && Character.isLowerCase(form.codePointAt(0))) {
          counts.merge(form.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
      }
    }
    Set<String> common = new HashSet<>();
    counts.forEach((word, count) -> {
      if (count >= COMMON_WORD_MIN_COUNT) {
        common.add(word);
      }
    });
    return common;
  }

  /** Each word seen inside a name: its most frequent name type, with "+" when it is inside a name more often than not. */
  static Map<String, String> nameClasses(List<ConlluSentence> sentences) {
    Map<String, Map<String, Integer>> byType = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (ConlluSentence s : sentences) {
      List<String> forms = s.forms();
      List<String> tags = s.nameTags();
      for (int i = 0; i < forms.size(); i++) {
        String lower = NerFeatures.key(forms.get(i));
        seen.merge(lower, 1, Integer::sum);
        if (!tags.get(i).equals("O")) {
          byType.computeIfAbsent(lower, w -> new TreeMap<>()).merge(tags.get(i).substring(2), 1, Integer::sum);
        }
      }
    }
    Map<String, String> classes = new HashMap<>();
    byType.forEach((word, types) -> {
      String top = null;
      int best = 0;
      for (Map.Entry<String, Integer> type : types.entrySet()) { // alphabetical, so ties break the same way
        if (type.getValue() > best) {
          top = type.getKey();
          best = type.getValue();
        }
      }
      int inNames = types.values().stream().mapToInt(Integer::intValue).sum();
      classes.put(word, top + (2 * inNames > seen.get(word) ? "+" : ""));
    });
    return classes;
  }

  void write(DataOutputStream out) throws IOException {
    writeStrings(out, commonWords);
    writeMap(out, nameClasses);
    writeStrings(out, dictionaryNames);
    writeMap(out, properNouns);
    dictionaryWords.write(out);
  }

  static NerLexicon read(DataInputStream in) throws IOException {
    Set<String> common = readStrings(in);
    Map<String, String> nameClasses = readMap(in);
    Set<String> names = readStrings(in);
    Map<String, String> properNouns = readMap(in);
    return new NerLexicon(common, nameClasses, WordFilter.read(in), names, properNouns);
  }

  private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
    out.writeInt(map.size());
    for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
  }

  private static Map<String, String> readMap(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, String> map = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      map.put(in.readUTF(), in.readUTF());
    }
    return map;
  }

  private static void writeStrings(DataOutputStream out, Collection<String> strings) throws IOException {
    out.writeInt(strings.size());
    for (String s : strings.stream().sorted().toList()) {
      out.writeUTF(s);
    }
  }

  private static Set<String> readStrings(DataInputStream in) throws IOException {
    int n = in.readInt();
    Set<String> out = new HashSet<>(n * 2);
    for (int i = 0; i < n; i++) {
      out.add(in.readUTF());
    }
    return out;
  }

  /** A general word list: its words in lower case (filtered) and the ones it spells with a capital. */
  record Dictionary(WordFilter words, Set<String> names, Map<String, String> properNouns) {
    static final Dictionary NONE = new Dictionary(WordFilter.empty(), Set.of(), Map.of());

    static Dictionary of(Collection<String> lines, Map<String, String> properNouns) {
      Set<String> lower = new HashSet<>();
      Set<String> names = new HashSet<>();
      for (String line : lines) {
        String word = line.strip();
        if (word.isEmpty()) {
          continue;
        }
        if (Character.isUpperCase(word.codePointAt(0))) {
          names.add(word);
        } else {
          lower.add(word.toLowerCase(Locale.ROOT));
        }
      }
      return new Dictionary(WordFilter.of(lower), names, properNouns);
    }
  }
}
