package io.newsflow.nlp.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rest of a document says about a word: how a first tagging pass labelled the same word
 * in the other sentences nearby, and whether it is written with a capital in mid-sentence or in
 * lower case there. News repeats its names, and a name that opens a sentence, or stands where
 * its type is unclear, is usually plain elsewhere: "Baghdadi" at a sentence start is the
 * "al-Baghdadi" of the paragraph before. Counts are kept for a window of sentences that slides
 * over the document, without the sentence being tagged, whose own first-pass labels must not
 * vote for themselves.
 */
final class DocumentEvidence {
  /** Sentences before and after the tagged one that count as its document when no article bounds are known. */
  static final int WINDOW = 40;

  private final int types;
  /** Per lower-cased word: {@code [outside, type 0, type 1, ..., capitalised mid-sentence, lower case]}. */
  private final Map<String, int[]> counts = new HashMap<>();

  DocumentEvidence(int types) {
    this.types = types;
  }

  /** Adds ({@code sign} 1) or removes (-1) one sentence with its first-pass entity types (-1 outside). */
  void count(String[] words, String[] keys, int[] typeOf, int sign) {
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty()) {
        continue;
      }
      int[] c = counts.computeIfAbsent(keys[i], k -> new int[types + 3]);
      c[typeOf[i] + 1] += sign;
      if (Character.isUpperCase(w.codePointAt(0))) {
        if (i > 0 && !opensSentence(words[i - 1])) {
          c[types + 1] += sign;
        }
      } else {
        c[types + 2] += sign;
      }
    }
  }

  /** After quotes and dashes a capital opens a sentence as well. */
  private static boolean opensSentence(String previous) {
    return previous.equals("«") || previous.equals("\"") || previous.equals("-") || previous.equals("–")
        || previous.equals(":");
  }

  /**
   * The type a word mostly had elsewhere, "+" when it was a name more often than not; "O" when it
   * was never part of a name; "?" when it does not occur elsewhere.
   */
  int typeClass(String lower) {
    int[] c = counts.get(lower);
    if (c == null) {
      return -2;
    }
    int best = -1;
    int inNames = 0;
    for (int t = 0; t < types; t++) {
      inNames += c[t + 1];
      if (c[t + 1] > 0 && (best < 0 || c[t + 1] > c[best + 1])) {
        best = t;
      }
    }
    if (best < 0) {
      return c[0] > 0 ? -1 : -2;
    }
    return inNames > c[0] ? 1000 + best : best;
  }

  /** 0 not seen elsewhere, else 1 + 2 × (seen capitalised in mid-sentence) + (seen in lower case). */
  int capitalisation(String lower) {
    int[] c = counts.get(lower);
    if (c == null || !seen(c)) {
      return 0;
    }
    return 1 + (c[types + 1] > 0 ? 2 : 0) + (c[types + 2] > 0 ? 1 : 0);
  }

  private boolean seen(int[] c) {
    for (int t = 0; t <= types; t++) {
      if (c[t] > 0) {
        return true;
      }
    }
    return false;
  }

  /** Evidence for each sentence of a document, with the first pass's entity types of every word. */
  interface Visitor {
    void sentence(int index, DocumentEvidence evidence);
  }

  /** Slides the window over {@code sentences}, calling {@code visitor} with each sentence left out. */
  static void slide(List<String[]> sentences, List<int[]> typeOf, int types, int window, Visitor visitor) {
    DocumentEvidence evidence = new DocumentEvidence(types);
    int n = sentences.size();
    String[][] keys = new String[n][];
    for (int s = 0; s < n; s++) {
      String[] words = sentences.get(s);
      keys[s] = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        keys[s][i] = NerFeatures.key(words[i]);
      }
    }
    int added = Math.min(n, window + 1); // sentences [0, added) are counted
    for (int s = 0; s < added; s++) {
      evidence.count(sentences.get(s), keys[s], typeOf.get(s), 1);
    }
    for (int s = 0; s < n; s++) {
      if (s + window < n && s > 0) {
        evidence.count(sentences.get(s + window), keys[s + window], typeOf.get(s + window), 1);
      }
      if (s - window - 1 >= 0) {
        evidence.count(sentences.get(s - window - 1), keys[s - window - 1], typeOf.get(s - window - 1), -1);
      }
      evidence.count(sentences.get(s), keys[s], typeOf.get(s), -1);
      visitor.sentence(s, evidence);
      evidence.count(sentences.get(s), keys[s], typeOf.get(s), 1);
    }
  }
}
