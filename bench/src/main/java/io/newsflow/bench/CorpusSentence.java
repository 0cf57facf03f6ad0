package io.newsflow.bench;

/**
 * A sentence of the source treebank as running text.
 *
 * @param text the sentence as printed
 * @param words its word count in the treebank
 * @param headline whether the treebank marks it as a headline (it ends in {@code |} there)
 */
record CorpusSentence(String text, int words, boolean headline) {
  /** Short enough to serve as a heading or a title once its final punctuation is gone. */
  boolean headingLike() {
    return headline || (words >= 3 && words <= 8);
  }

  /** The text without its final period, as headings are printed. */
  String asHeading() {
    String t = text.strip();
    while (!t.isEmpty() && ".:;,".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }
}
