package io.newsflow.nlp;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the analysis needs of an article.
 *
 * @param body the article text, plain (paragraphs separated by blank lines) or HTML
 * @param contentType {@code text/plain} or {@code text/html} (parameters such as charset ignored)
 * @param languageHint the language the publisher declared, trusted over identification
 * @param published the publication date that relative dates ("i fjor", "28. mai") resolve against
 */
public record ArticleInput(
    String body, String contentType, Optional<String> languageHint, Optional<LocalDate> published) {

  public static ArticleInput plainText(String body) {
    return new ArticleInput(body, "text/plain", Optional.empty(), Optional.empty());
  }

  public ArticleInput withLanguage(String language) {
    return new ArticleInput(body, contentType, Optional.of(language), published);
  }

  public ArticleInput publishedOn(LocalDate date) {
    return new ArticleInput(body, contentType, languageHint, Optional.of(date));
  }

  public boolean isHtml() {
    String type = contentType.toLowerCase(java.util.Locale.ROOT);
    return type.startsWith("text/html") || type.startsWith("application/xhtml");
  }
}
