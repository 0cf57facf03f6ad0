package io.newsflow.nlp.claims;

import io.newsflow.nlp.model.TextSpan;
import io.newsflow.nlp.model.Token;
import java.util.List;

/**
 * Token ranges of a sentence, and stretches of a paragraph, as spans of the paragraph's text.
 */
final class TextSpans {
  private TextSpans() {}

  /** Earlier text of the paragraph without its dash, quotation marks and final stop. */
  static TextSpan priorSpan(String text, int from, int to) {
    int start = from;
    int end = to;
    while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ".!…»”\"".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    while (start < end && (Character.isWhitespace(text.charAt(start)) || "–—-«“\"".indexOf(text.charAt(start)) >= 0)) {
      start++;
    }
    return TextSpan.of(text, start, end);
  }

  static TextSpan span(String text, List<Token> tokens, int from, int to) {
    int start = tokens.get(Math.min(from, tokens.size() - 1)).start();
    int end = tokens.get(Math.max(Math.min(from, tokens.size() - 1), Math.min(to, tokens.size()) - 1)).end();
    return TextSpan.of(text, start, Math.max(start, end));
  }
}
