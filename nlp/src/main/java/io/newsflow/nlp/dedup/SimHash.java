package io.newsflow.nlp.dedup;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Charikar's SimHash over word 3-shingles of a normalised text (NFKC, lower case, words of letters
 * and digits only, so punctuation, quotes and layout do not count). Each shingle votes on each of
 * the 64 bits with its hash; the fingerprint keeps the majority. An edit changes only the
 * shingles around it, so few votes move and few bits flip.
 */
public final class SimHash {
  /** Three words per shingle: short enough that an edit spoils few, long enough to carry word order. */
  public static final int SHINGLE_WORDS = 3;
  /**
   * Texts with fewer shingles than this get no fingerprint: with a handful of votes a one-word
   * change flips many bits, and two short notices ("Saken oppdateres.") are not copies of one another.
   */
  public static final int MIN_SHINGLES = 8;

  /**
   * Fingerprints at most this many bits apart are taken as copies of one text. An edited sentence
   * in a 500-word article moves about 3 bits, dropping one of its 24 paragraphs 3 to 8; unrelated
   * texts differ in about 32, and two random fingerprints come this close once in 10^11 pairs.
   */
  public static final int NEAR_DUPLICATE_BITS = 6;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private SimHash() {}

  /** The fingerprint of {@code text}, or empty when it is too short to judge. */
  public static Optional<Fingerprint> of(String text) {
    List<String> shingles = shingles(text);
    if (shingles.size() < MIN_SHINGLES) {
      return Optional.empty();
    }
    int[] votes = new int[64];
    for (String shingle : shingles) {
      long hash = hash(shingle);
      for (int bit = 0; bit < 64; bit++) {
        votes[bit] += ((hash >>> bit) & 1L) == 1L ? 1 : -1;
      }
    }
    long bits = 0;
    for (int bit = 0; bit < 64; bit++) {
      if (votes[bit] > 0) {
        bits |= 1L << bit;
      }
    }
    return Optional.of(new Fingerprint(bits));
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

  /**
   * FNV-1a over the UTF-8 bytes, then MurmurHash3's finaliser: FNV alone leaves the high bits of
   * short strings poorly mixed, and SimHash needs every bit to be a fair coin.
   */
  static long hash(String shingle) {
    long h = 0xcbf29ce484222325L;
    for (byte b : shingle.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
