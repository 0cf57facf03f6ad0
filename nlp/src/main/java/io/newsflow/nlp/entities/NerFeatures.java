package io.newsflow.nlp.entities;

import java.util.Locale;

/**
 * The observation features of the named-entity tagger, hashed into a fixed number of buckets: a
 * token's form, shape and affixes, its neighbours within two words, the parts of a hyphenated
 * word, whether it stands in quotes, and what the {@link NerLexicon} knows of it and of its
 * neighbours. Hashing combines the hash codes of the parts instead of building strings, which
 * keeps tagging allocation-light.
 */
final class NerFeatures {
  private final int bucketMask;
  private final NerLexicon lexicon;

  NerFeatures(int buckets, NerLexicon lexicon) {
    if (Integer.bitCount(buckets) != 1) {
      throw new IllegalArgumentException("buckets must be a power of two, not " + buckets);
    }
    this.bucketMask = buckets - 1;
    this.lexicon = lexicon;
  }

  /** Observation features of every token with the model's own lexicon: {@code [token][feature]} buckets. */
  int[][] observations(String[] words) {
    return observations(words, lexicon);
  }

  /**
   * Observation features with a given lexicon; the trainer passes one built without the
   * sentence's own fold, so that the weights learn how far a lexicon hit can be trusted on
   * unseen text.
   */
  int[][] observations(String[] words, NerLexicon lex) {
    int n = words.length;
    String[] lower = new String[n];
    int[] lowerHash = new int[n];
    int[] shapes = new int[n];
    int[] shortShapes = new int[n];
    boolean[] capital = new boolean[n];
    int[] known = new int[n];
    int[] proper = new int[n];
    boolean[] quoted = new boolean[n];
    boolean open = false;
    for (int i = 0; i < n; i++) {
      String w = words[i];
      lower[i] = key(w);
      lowerHash[i] = lower[i].hashCode();
      shapes[i] = shapeHash(w, 6);
      shortShapes[i] = shapeHash(w, 2);
      capital[i] = !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
      known[i] = lex.nameClass(lower[i]).hashCode();
      proper[i] = lex.properNounClass(w).hashCode();
      if (w.equals("«") || w.equals("\"") && !open) {
        open = true;
      } else if (w.equals("»") || w.equals("\"")) {
        open = false;
      } else {
        quoted[i] = open;
      }
    }
    int[][] out = new int[n][];
    int[] f = new int[64];
    for (int i = 0; i < n; i++) {
      String w = words[i];
      String lw = lower[i];
      int k = 0;
      int prev = i > 0 ? lowerHash[i - 1] : START;
      int next = i + 1 < n ? lowerHash[i + 1] : END;
      int prevShape = i > 0 ? shapes[i - 1] : START;
      int nextShape = i + 1 < n ? shapes[i + 1] : END;
      f[k++] = hash(1, 0);
      f[k++] = hash(2, w.hashCode());
      f[k++] = hash(3, lowerHash[i]);
      f[k++] = hash(4, prev);
      f[k++] = hash(5, next);
      f[k++] = hash(6, i > 1 ? lowerHash[i - 2] : START);
      f[k++] = hash(7, i + 2 < n ? lowerHash[i + 2] : END);
      f[k++] = hash(8, shapes[i]);
      f[k++] = hash(9, prevShape);
      f[k++] = hash(10, nextShape);
      f[k++] = hash(11, hash(prevShape, shapes[i]), nextShape);
      for (int length = 1; length <= 4; length++) {
        f[k++] = hash(12 + length, affixHash(lw, length, true));
        f[k++] = hash(16 + length, affixHash(lw, length, false));
      }
      f[k++] = hash(21, prev, lowerHash[i]);
      f[k++] = hash(22, lowerHash[i], next);
      f[k++] = hash(23, capital[i] ? 1 : 0, i == 0 ? 1 : 0);
      f[k++] = hash(24, !capital[i] ? 0 : lex.isCommonWord(lw) ? 1 : 2);
      f[k++] = hash(25, i > 0 && lex.isCommonWord(lower[i - 1]) ? 1 : 0);
      f[k++] = hash(26, lex.isPlace(lw) ? 1 : lex.isPlace(stripGenitive(lw)) ? 2 : 0);
      int hyphen = w.indexOf('-');
      if (hyphen > 0) {
        int last = w.lastIndexOf('-') + 1;
        String head = w.substring(0, hyphen);
        String tail = w.substring(last).toLowerCase(Locale.ROOT);
        f[k++] = hash(27, head.hashCode());
        f[k++] = hash(28, tail.hashCode());
        f[k++] = hash(29, shape(head, 6).hashCode());
        // "al-Baghdadi", "bin-Laden": a lower-case particle before a capitalised name
        f[k++] = hash(30, shape(w.substring(last), 6).hashCode());
        f[k++] = hash(31, lex.nameClass(key(head)).hashCode());
      }
      f[k++] = hash(32, shortShapes[i], quoted[i] ? 1 : 0);
      f[k++] = hash(33, i > 0 ? shortShapes[i - 1] : START, shortShapes[i], i + 1 < n ? shortShapes[i + 1] : END);
      f[k++] = hash(34, Math.min(i, 3));
      f[k++] = hash(35, known[i]);
      f[k++] = hash(36, i > 0 ? known[i - 1] : START, known[i]);
      f[k++] = hash(37, known[i], i + 1 < n ? known[i + 1] : END);
      f[k++] = hash(38, w.hashCode(), prev);
      f[k++] = hash(39, capital[i] ? lex.dictionaryClass(w, lw) : -1);
      f[k++] = hash(40, known[i], stripGenitive(lw).equals(lw) ? 0 : 1);
      f[k++] = hash(41, proper[i], capital[i] ? 1 : 0, i == 0 ? 1 : 0);
      f[k++] = hash(42, i > 0 ? proper[i - 1] : START, proper[i]);
      f[k++] = hash(43, proper[i], i + 1 < n ? proper[i + 1] : END);
      out[i] = java.util.Arrays.copyOf(f, k);
    }
    return out;
  }

  /**
   * The observation features of a second pass: those of the first, then those of
   * {@link #evidence}.
   */
  int[][] withEvidence(int[][] base, String[] words, DocumentEvidence evidence) {
    int[][] extra = evidence(words, evidence);
    int[][] out = new int[words.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = java.util.Arrays.copyOf(base[i], base[i].length + extra[i].length);
      System.arraycopy(extra[i], 0, out[i], base[i].length, extra[i].length);
    }
    return out;
  }

  /**
   * What the rest of the document says of each word, of its genitive-less form, of the head of a
   * hyphenated word and of its neighbours: the features a second pass adds to the first's.
   */
  int[][] evidence(String[] words, DocumentEvidence evidence) {
    int n = words.length;
    int[] typeClass = new int[n];
    int[] capitalisation = new int[n];
    String[] lower = new String[n];
    for (int i = 0; i < n; i++) {
      lower[i] = key(words[i]);
      typeClass[i] = evidence.typeClass(lower[i]);
      capitalisation[i] = evidence.capitalisation(lower[i]);
    }
    int[][] out = new int[n][];
    for (int i = 0; i < n; i++) {
      int[] f = new int[7];
      int k = 0;
      String w = words[i];
      boolean capital = !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
      String bare = stripGenitive(lower[i]);
      f[k++] = hash(50, typeClass[i]);
      f[k++] = hash(51, typeClass[i], capital ? 1 : 0, i == 0 ? 1 : 0);
      f[k++] = hash(52, bare.equals(lower[i]) ? -3 : evidence.typeClass(bare));
      f[k++] = hash(53, capitalisation[i], capital ? 1 : 0, i == 0 ? 1 : 0);
      int hyphen = w.indexOf('-');
      f[k++] = hash(54, hyphen > 0 ? evidence.typeClass(key(w.substring(0, hyphen))) : -3);
      f[k++] = hash(55, i > 0 ? typeClass[i - 1] : -3, typeClass[i]);
      f[k++] = hash(56, typeClass[i], i + 1 < n ? typeClass[i + 1] : -3);

      out[i] = f;
    }
    return out;
  }

  private static final int START = 0x5f3759df;
  private static final int END = 0x1b873593;

  private int hash(int template, int value) {
    return finish(template * 0x9e3779b9 + value);
  }

  private int hash(int template, int a, int b) {
    return finish((template * 0x9e3779b9 + a) * 31 + b);
  }

  private int hash(int template, int a, int b, int c) {
    return finish(((template * 0x9e3779b9 + a) * 31 + b) * 31 + c);
  }

  private int finish(int h) {
    h ^= (h >>> 16);
    h *= 0x85ebca6b;
    h ^= (h >>> 13);
    h *= 0xc2b2ae35;
    h ^= (h >>> 16);
    return h & bucketMask;
  }

  /** The hash {@code w.substring(...).hashCode()} would give, without the substring. */
  private static int affixHash(String w, int length, boolean prefix) {
    int from = prefix || w.length() < length ? 0 : w.length() - length;
    int to = !prefix || w.length() < length ? w.length() : length;
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + w.charAt(i);
    }
    return h;
  }

  /** "Xx" for Oslo, "X" for NRK, "Xx-Xx" for Nord-Norge; runs longer than {@code keep} collapse. */
  static String shape(String w, int maxLength) {
    StringBuilder out = new StringBuilder(maxLength * 2);
    for (int i = 0, state = 0; i < w.length() && out.length() < maxLength * 2; i++) {
      state = shapeStep(w.charAt(i), state, maxLength);
      if ((state & APPEND) != 0) {
        out.append((char) (state & 0xff));
      }
    }
    return out.toString();
  }

  /** {@code shape(w, maxLength).hashCode()} without building the string: tagging computes it for every word. */
  static int shapeHash(String w, int maxLength) {
    int h = 0;
    int length = 0;
    for (int i = 0, state = 0; i < w.length() && length < maxLength * 2; i++) {
      state = shapeStep(w.charAt(i), state, maxLength);
      if ((state & APPEND) != 0) {
        h = 31 * h + (state & 0xff);
        length++;
      }
    }
    return h;
  }

  private static final int APPEND = 1 << 16;

  /** One character of a shape: state holds the last shape character (low byte) and its repeats (bits 8-15). */
  private static int shapeStep(char c, int state, int maxLength) {
    char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
        : c == '-' ? '-' : c == '.' ? '.' : Character.isLetter(c) ? 'l' : 'p';
    int keep = maxLength == 2 ? 0 : 1;
    int last = state & 0xff;
    int repeats = (state >>> 8) & 0xff;
    if (s == last) {
      repeats = Math.min(repeats + 1, 0xff);
      if (repeats > keep) {
        return s | repeats << 8; // "Xxxxxxx" and "Xxx" look alike: collapse long runs
      }
    } else {
      repeats = 0;
    }
    return s | repeats << 8 | APPEND;
  }

  /**
   * The form a word is known by: lower case, except for an acronym, which keeps its capitals
   * because "IS" (the group) and "is" (ice) are different words.
   */
  static String key(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return word.toLowerCase(Locale.ROOT);
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2 ? word : word.toLowerCase(Locale.ROOT);
  }

  static String stripGenitive(String lower) {
    return lower.length() > 3 && lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
