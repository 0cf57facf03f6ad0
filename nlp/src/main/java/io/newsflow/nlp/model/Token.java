package io.newsflow.nlp.model;

/** A token of a paragraph: {@code text} is exactly {@code paragraphText.substring(start, end)}. */
public record Token(int start, int end, String text) {
  public Token {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad token offsets " + start + ".." + end);
    }
  }

  public int length() {
    return end - start;
  }
}
