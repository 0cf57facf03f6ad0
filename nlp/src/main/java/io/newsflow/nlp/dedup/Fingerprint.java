package io.newsflow.nlp.dedup;

import java.util.HexFormat;

/**
 * A 64-bit SimHash of a text. Texts that share most of their shingles have fingerprints a few
 * bits apart; unrelated texts differ in about half of the 64 bits.
 */
public record Fingerprint(long bits) {

  /** Number of bits in which the two fingerprints differ (0 to 64). */
  public int distance(Fingerprint other) {
    return Long.bitCount(bits ^ other.bits);
  }

  /** Sixteen lower-case hex digits, the form fingerprints are stored in. */
  public String hex() {
    return HexFormat.of().toHexDigits(bits);
  }

  /**
   * The fingerprint written by {@link #hex()}.
   *
   * @throws IllegalArgumentException when {@code hex} is not sixteen hex digits
   */
  public static Fingerprint parse(String hex) {
    if (hex.length() != 16) {
      throw new IllegalArgumentException("a fingerprint is 16 hex digits, not '" + hex + "'");
    }
    try {
      return new Fingerprint(HexFormat.fromHexDigitsToLong(hex));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a fingerprint is 16 hex digits, not '" + hex + "'", e);
    }
  }
}
