package io.newsflow.nlp.dedup;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MinHash signatures over the word 3-shingles of a normalised text (NFKC, lower case, words of
 * letters and digits only, so punctuation, quotes and layout do not count).
 *
 * <p>Why MinHash and not SimHash: the share of agreeing signature positions estimates the Jaccard
 * similarity directly, with an error that depends on the signature size only (±0.03 around 0.95
 * with 64 values), not on the length of the text. A 64-bit SimHash of a 130-word story moves 6 bits
 * when one word is replaced and a byline added (measured), as far as unrelated texts may come
 * close, so short syndicated copies, the common case, slipped through.
 */
public final class MinHash {
  /** Values per signature; also the resolution of the similarity estimate (1/64). */
  public static final int SIZE = 64;
  /** Three words per shingle: short enough that an edit spoils few, long enough to carry word order. */
  public static final int SHINGLE_WORDS = 3;
  /**
   * Texts with fewer distinct shingles than this get no signature: two short notices ("Saken
   * oppdateres.") share most of their few shingles without being copies of one another.
   */
  public static final int MIN_SHINGLES = 8;
  /**
   * Texts at least this similar are copies of one another: an edited sentence in a 500-word article
   * leaves about 0.97, a replaced word and a byline in a 130-word story about 0.94, while different
   * articles on one story share almost no shingles (under 0.1).
   */
  public static final double NEAR_DUPLICATE_SIMILARITY = 0.8;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private MinHash() {}

  /** The signature of {@code text}, or empty when it is too short to judge. */
  public static Optional<Signature> of(String text) {
    Set<String> shingles = new HashSet<>(shingles(text));
    if (shingles.size() < MIN_SHINGLES) {
      return Optional.empty();
    }
    int[] mins = new int[SIZE];
    Arrays.fill(mins, Integer.MAX_VALUE);
    for (String shingle : shingles) {
      long base = hash(shingle);
      for (int i = 0; i < SIZE; i++) {
        // SplitMix64 of the shingle hash offset by i: 64 independent-looking hash functions from one.
        int h = (int) (mix(base + (i + 1) * 0x9e3779b97f4a7c15L) >>> 32);
        if (h < mins[i]) {
          mins[i] = h;
        }
      }
    }
    return Optional.of(new Signature(mins));
  }

  /** The normalised words of {@code text}. */
  static List<String> words(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(normal);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** Every run of {@link #SHINGLE_WORDS} consecutive words, joined by a space, in text order. */
  static List<String> shingles(String text) {
    List<String> words = words(text);
    List<String> shingles = new ArrayList<>(Math.max(0, words.size() - SHINGLE_WORDS + 1));
    for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
      shingles.add(String.join(" ", words.subList(i, i + SHINGLE_WORDS)));
    }
    return shingles;
  }

  /** FNV-1a over the UTF-8 bytes, then mixed: FNV alone leaves the high bits of short strings poorly spread. */
  static long hash(String shingle) {
    long h = 0xcbf29ce484222325L;
    for (byte b : shingle.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
