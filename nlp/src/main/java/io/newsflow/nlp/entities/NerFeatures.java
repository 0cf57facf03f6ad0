package io.newsflow.nlp.entities;

import java.util.Locale;
import java.util.Set;

/**
 * The features of the named-entity tagger, hashed into a fixed number of buckets. Observation
 * features of a token (its form, shape, affixes, neighbours, the parts of a hyphenated word, whether
 * the word is a common lower-case word or a country name) are computed once per sentence; the
 * label-history features are added during decoding.
 */
final class NerFeatures {
  /** Observation features per token; the rest of the slots are label-history features. */
  static final int OBSERVATION_FEATURES = 28;
  static final int HISTORY_FEATURES = 3;
  static final int FEATURES = OBSERVATION_FEATURES + HISTORY_FEATURES;

  private final int bucketMask;
  private final Set<String> commonWords;
  private final Set<String> places;

  NerFeatures(int buckets, Set<String> commonWords, Set<String> places) {
    if (Integer.bitCount(buckets) != 1) {
      throw new IllegalArgumentException("buckets must be a power of two");
    }
    this.bucketMask = buckets - 1;
    this.commonWords = commonWords;
    this.places = places;
  }

  /** Observation features of every token: {@code [token][feature]} bucket indices. */
  int[][] observations(String[] words) {
    int n = words.length;
    String[] lower = new String[n];
    String[] shapes = new String[n];
    for (int i = 0; i < n; i++) {
      lower[i] = words[i].toLowerCase(Locale.ROOT);
      shapes[i] = shape(words[i]);
    }
    int[][] out = new int[n][FEATURES];
    for (int i = 0; i < n; i++) {
      String w = words[i];
      String lw = lower[i];
      int[] f = out[i];
      int k = 0;
      f[k++] = hash("b", "");
      f[k++] = hash("w", w);
      f[k++] = hash("lw", lw);
      f[k++] = hash("lw-1", i > 0 ? lower[i - 1] : "<s>");
      f[k++] = hash("lw+1", i + 1 < n ? lower[i + 1] : "</s>");
      f[k++] = hash("lw-2", i > 1 ? lower[i - 2] : "<s>");
      f[k++] = hash("lw+2", i + 2 < n ? lower[i + 2] : "</s>");
      f[k++] = hash("sh", shapes[i]);
      f[k++] = hash("sh-1", i > 0 ? shapes[i - 1] : "<s>");
      f[k++] = hash("sh+1", i + 1 < n ? shapes[i + 1] : "</s>");
      f[k++] = hash("sh-1,sh,sh+1", (i > 0 ? shapes[i - 1] : "<s>") + "," + shapes[i] + "," + (i + 1 < n ? shapes[i + 1] : "</s>"));
      f[k++] = hash("p1", affix(lw, 1, true));
      f[k++] = hash("p2", affix(lw, 2, true));
      f[k++] = hash("p3", affix(lw, 3, true));
      f[k++] = hash("s1", affix(lw, 1, false));
      f[k++] = hash("s2", affix(lw, 2, false));
      f[k++] = hash("s3", affix(lw, 3, false));
      f[k++] = hash("s4", affix(lw, 4, false));
      f[k++] = hash("lw-1,lw", (i > 0 ? lower[i - 1] : "<s>") + " " + lw);
      f[k++] = hash("lw,lw+1", lw + " " + (i + 1 < n ? lower[i + 1] : "</s>"));
      boolean capital = !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
      f[k++] = hash("cap,first", (capital ? "C" : "c") + (i == 0 ? "0" : "n"));
      f[k++] = hash("common", capital ? (commonWords.contains(lw) ? "yes" : "no") : "-");
      f[k++] = hash("common-1", i > 0 && commonWords.contains(lower[i - 1]) ? "yes" : "no");
      f[k++] = hash("place", places.contains(lw) ? "yes" : places.contains(stripGenitive(lw)) ? "gen" : "no");
      int hyphen = w.indexOf('-');
      f[k++] = hash("hy-head", hyphen > 0 ? w.substring(0, hyphen) : "-");
      f[k++] = hash("hy-tail", hyphen > 0 ? lower(w.substring(w.lastIndexOf('-') + 1)) : "-");
      f[k++] = hash("hy-headshape", hyphen > 0 ? shape(w.substring(0, hyphen)) : "-");
      // "al-Baghdadi", "bin-Laden": a lower-case particle before a capitalised name
      f[k++] = hash("hy-tailshape", hyphen > 0 ? shape(w.substring(w.lastIndexOf('-') + 1)) : "-");
      assert k == OBSERVATION_FEATURES;
    }
    return out;
  }

  /** Fills the label-history slots of token {@code features} for the labels before it. */
  void history(int[] features, String word, int previous, int beforePrevious) {
    int k = OBSERVATION_FEATURES;
    features[k++] = hash("y-1", Integer.toString(previous));
    features[k++] = hash("y-2,y-1", beforePrevious + "," + previous);
    features[k] = hash("y-1,w", previous + "," + word);
  }

  private int hash(String template, String value) {
    int h = template.hashCode() * 31 + value.hashCode();
    h ^= (h >>> 16);
    h *= 0x85ebca6b;
    h ^= (h >>> 13);
    return h & bucketMask;
  }

  static String shape(String w) {
    StringBuilder out = new StringBuilder(Math.min(w.length(), 6));
    char last = 0;
    int repeats = 0;
    for (int i = 0; i < w.length() && out.length() < 6; i++) {
      char c = w.charAt(i);
      char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
          : c == '-' ? '-' : c == '.' ? '.' : Character.isLetter(c) ? 'l' : 'p';
      if (s == last) {
        if (++repeats > 1) {
          continue; // "Xxxxxxx" and "Xxx" look alike: collapse long runs
        }
      } else {
        repeats = 0;
      }
      out.append(s);
      last = s;
    }
    return out.toString();
  }

  private static String affix(String w, int length, boolean prefix) {
    if (w.length() < length) {
      return w;
    }
    return prefix ? w.substring(0, length) : w.substring(w.length() - length);
  }

  static String stripGenitive(String lower) {
    return lower.length() > 3 && lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
