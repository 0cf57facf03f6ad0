package io.newsflow.nlp.model;

/** A stretch of a paragraph's text; {@code text} is {@code paragraphText.substring(start, end)}. */
public record TextSpan(int start, int end, String text) {
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span offsets " + start + ".." + end);
    }
  }

  public static TextSpan of(String paragraphText, int start, int end) {
    return new TextSpan(start, end, paragraphText.substring(start, end));
  }

  public boolean overlaps(TextSpan other) {
    return start < other.end && other.start < end;
  }
}
