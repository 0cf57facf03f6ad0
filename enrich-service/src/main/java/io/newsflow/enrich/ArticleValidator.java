package io.newsflow.enrich;

import io.newsflow.avro.RawArticle;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a raw article is text worth analysing. What it refuses goes to the dead-letter
 * topic with the reason this returns, so that one bad record costs a line in the DLQ and not a
 * stream thread: an empty body, a body beyond the size limit, a run of characters without
 * whitespace too long to be words, HTML nested beyond any real page. All checks are one linear
 * pass, so a hostile record costs no more than its size.
 */
public final class ArticleValidator {
  private final int maxBodyChars;
  private final int maxWordChars;
  private final int maxHtmlDepth;

  public ArticleValidator(int maxBodyChars, int maxWordChars, int maxHtmlDepth) {
    this.maxBodyChars = maxBodyChars;
    this.maxWordChars = maxWordChars;
    this.maxHtmlDepth = maxHtmlDepth;
  }

  /** Why the article cannot be analysed, or empty when it can. */
  public Optional<String> rejection(RawArticle article) {
    String body = article.getBody();
    if (article.getId() == null || article.getId().isBlank()) {
      return Optional.of("the article has no id");
    }
    if (body == null || body.isBlank()) {
      return Optional.of("the body is empty");
    }
    if (body.length() > maxBodyChars) {
      return Optional.of("the body has " + body.length() + " characters; the limit is " + maxBodyChars
          + " (NEWSFLOW_ENRICH_MAX_BODY_CHARS)");
    }
    String type = article.getContentType() == null ? "" : article.getContentType().toLowerCase(Locale.ROOT);
    if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
      // Minified markup has long runs without spaces, so only the nesting is judged here.
      int depth = htmlDepth(body);
      if (depth > maxHtmlDepth) {
        return Optional.of("the HTML is nested " + depth + " elements deep; the limit is " + maxHtmlDepth
            + " (NEWSFLOW_ENRICH_MAX_HTML_DEPTH)");
      }
      return Optional.empty();
    }
    if (!type.isEmpty() && !type.startsWith("text/plain")) {
      return Optional.of("content type '" + article.getContentType() + "' is not text/plain or text/html");
    }
    int longestRun = longestNonSpaceRun(body);
    if (longestRun > maxWordChars) {
      return Optional.of("the body has a run of " + longestRun + " characters without whitespace; the limit is "
          + maxWordChars + " (NEWSFLOW_ENRICH_MAX_WORD_CHARS): this is not text");
    }
    return Optional.empty();
  }

  static int longestNonSpaceRun(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0') {
        run = 0;
      } else if (++run > longest) {
        longest = run;
      }
    }
    return longest;
  }

  /**
   * The deepest element nesting, counted from tags alone: opening tags go down a level, closing
   * tags come up. Void elements, self-closed tags and the elements whose end tag HTML lets authors
   * omit (p, li, td, …) are not counted, so ordinary pages are never overestimated.
   */
  static int htmlDepth(String html) {
    int depth = 0;
    int deepest = 0;
    int n = html.length();
    for (int i = 0; i < n; i++) {
      if (html.charAt(i) != '<' || i + 1 >= n) {
        continue;
      }
      char next = html.charAt(i + 1);
      if (next == '/') {
        depth = Math.max(0, depth - 1);
      } else if (Character.isLetter(next)) {
        int end = html.indexOf('>', i);
        if (end < 0) {
          break;
        }
        int nameEnd = i + 1;
        while (nameEnd < end && Character.isLetterOrDigit(html.charAt(nameEnd))) {
          nameEnd++;
        }
        String name = html.substring(i + 1, nameEnd).toLowerCase(Locale.ROOT);
        if (html.charAt(end - 1) != '/' && !NOT_NESTING.contains(name)) {
          deepest = Math.max(deepest, ++depth);
        }
        i = end;
      }
    }
    return deepest;
  }

  private static final java.util.Set<String> NOT_NESTING = java.util.Set.of(
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
      "p", "li", "option", "td", "th", "tr", "dt", "dd");
}
