package io.newsflow.nlp.text;

import io.newsflow.nlp.model.ParagraphKind;
import java.util.Optional;

/**
 * A paragraph's text before analysis, with the kind its markup declared when it came from HTML
 * ({@code <h2>} is a heading, {@code <figcaption>} a caption); plain text declares nothing.
 */
public record TextBlock(String text, Optional<ParagraphKind> declaredKind) {
  public static TextBlock plain(String text) {
    return new TextBlock(text, Optional.empty());
  }
}
