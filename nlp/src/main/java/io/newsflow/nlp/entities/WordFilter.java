package io.newsflow.nlp.entities;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Collection;

/**
 * A Bloom filter over words: whether a word is in a large word list (Debian's Bokmål list has
 * close to a million forms) in a few megabytes instead of a hash set's hundred. A false "yes" is
 * rare (about 1 in 100 at the sizes used) and only nudges a feature.
 */
final class WordFilter {
  private static final int HASHES = 4;

  private final long[] bits;
  private final int mask;

  private WordFilter(long[] bits) {
    this.bits = bits;
    this.mask = bits.length * 64 - 1;
  }

  static WordFilter empty() {
    return new WordFilter(new long[1]);
  }

  /** A filter sized at about ten bits per word. */
  static WordFilter of(Collection<String> words) {
    int size = Integer.highestOneBit(Math.max(64, words.size() * 10 - 1)) * 2;
    WordFilter filter = new WordFilter(new long[size / 64]);
    for (String word : words) {
      filter.add(word);
    }
    return filter;
  }

  private void add(String word) {
    int h1 = word.hashCode();
    int h2 = mix(h1);
    for (int i = 0; i < HASHES; i++) {
      int bit = (h1 + i * h2) & mask;
      bits[bit >>> 6] |= 1L << bit;
    }
  }

  boolean mightContain(String word) {
    if (bits.length == 1) {
      return false;
    }
    int h1 = word.hashCode();
    int h2 = mix(h1);
    for (int i = 0; i < HASHES; i++) {
      int bit = (h1 + i * h2) & mask;
      if ((bits[bit >>> 6] & (1L << bit)) == 0) {
        return false;
      }
    }
    return true;
  }

  private static int mix(int h) {
    h ^= h >>> 15;
    h *= 0x2c1b3c6d;
    h ^= h >>> 12;
    return h | 1; // odd, so the probes never repeat
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(bits.length);
    for (long word : bits) {
      out.writeLong(word);
    }
  }

  static WordFilter read(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length <= 0 || Integer.bitCount(length) != 1) {
      throw new IOException("corrupt word filter: " + length + " words of bits");
    }
    long[] bits = new long[length];
    for (int i = 0; i < length; i++) {
      bits[i] = in.readLong();
    }
    return new WordFilter(bits);
  }
}
