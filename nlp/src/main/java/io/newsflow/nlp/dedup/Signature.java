package io.newsflow.nlp.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * A MinHash signature of a text: for each of {@link MinHash#SIZE} hash functions, the smallest hash
 * of any of the text's shingles. The share of positions where two signatures agree estimates the
 * Jaccard similarity of the two shingle sets (shared shingles over all shingles).
 */
public record Signature(int[] mins) {
  public Signature {
    if (mins.length != MinHash.SIZE) {
      throw new IllegalArgumentException("a signature has " + MinHash.SIZE + " values, not " + mins.length);
    }
    mins = mins.clone();
  }

  @Override
  public int[] mins() {
    return mins.clone();
  }

  /** Estimated Jaccard similarity of the two texts' shingle sets, 0 to 1. */
  public double similarity(Signature other) {
    int same = 0;
    for (int i = 0; i < mins.length; i++) {
      if (mins[i] == other.mins[i]) {
        same++;
      }
    }
    return (double) same / mins.length;
  }

  /** The value at position {@code i}. */
  public int min(int i) {
    return mins[i];
  }

  /** Base64 of the values, big-endian: the form signatures are stored in (344 characters). */
  public String encode() {
    ByteBuffer bytes = ByteBuffer.allocate(mins.length * Integer.BYTES);
    for (int min : mins) {
      bytes.putInt(min);
    }
    return Base64.getEncoder().encodeToString(bytes.array());
  }

  /**
   * The signature written by {@link #encode()}.
   *
   * @throws IllegalArgumentException when {@code text} is not such a signature
   */
  public static Signature decode(String text) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a signature is Base64, not '" + abbreviate(text) + "'", e);
    }
    if (bytes.length != MinHash.SIZE * Integer.BYTES) {
      throw new IllegalArgumentException("a signature has " + MinHash.SIZE * Integer.BYTES + " bytes, not "
          + bytes.length);
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    int[] mins = new int[MinHash.SIZE];
    for (int i = 0; i < mins.length; i++) {
      mins[i] = buffer.getInt();
    }
    return new Signature(mins);
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature other && Arrays.equals(mins, other.mins);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(mins);
  }

  @Override
  public String toString() {
    return "Signature[" + encode() + "]";
  }
}
