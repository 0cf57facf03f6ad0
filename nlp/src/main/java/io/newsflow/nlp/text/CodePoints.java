package io.newsflow.nlp.text;

/**
 * Converts UTF-16 offsets (what Java strings index by) into Unicode code point offsets (what the
 * published formats promise, so that consumers in any language can slice the text). For text
 * without characters outside the Basic Multilingual Plane both are the same and nothing is counted.
 */
public final class CodePoints {
  private final int[] codePointAt;

  public CodePoints(String text) {
    int n = text.length();
    if (text.codePointCount(0, n) == n) {
      codePointAt = null;
      return;
    }
    codePointAt = new int[n + 1];
    int cp = 0;
    for (int i = 0; i < n; i++) {
      codePointAt[i] = cp;
      // the low half of a surrogate pair maps to the same code point as its high half
      if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1)))) {
        cp++;
      }
    }
    codePointAt[n] = cp;
  }

  public int of(int utf16Offset) {
    return codePointAt == null ? utf16Offset : codePointAt[utf16Offset];
  }
}
