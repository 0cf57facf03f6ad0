package io.newsflow.ingest.feeds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article text of a web page, found the way readability tools do: page furniture (scripts,
 * navigation, asides, footers, share and comment blocks) is dropped, every paragraph of real prose
 * scores its parent by its length (and its grandparent by half), and the text of the best-scoring
 * block is kept, paragraph by paragraph, headings included.
 */
public final class MainText {
  /** A paragraph shorter than this is a caption, a byline or a button, not prose. */
  static final int MIN_PARAGRAPH_CHARS = 40;
  /** Less text than this is not an article; the caller keeps the feed's summary. */
  static final int MIN_ARTICLE_CHARS = 200;

  private static final String FURNITURE = "script, style, noscript, template, iframe, form, button, svg, nav, aside, "
      + "footer, header, menu, [role=navigation], [role=complementary], [role=banner], [role=contentinfo], "
      + "[aria-hidden=true], [hidden]";
  private static final Pattern FURNITURE_NAMES = Pattern.compile(
      "(?i)\\b(comment|share|social|related|promo|advert|ad-|cookie|consent|newsletter|subscribe|paywall|sidebar|"
          + "breadcrumb|teaser-list|most-read|mestlest)");

  private MainText() {}

  /** The main text, paragraphs separated by a blank line, or empty when the page has no article. */
  public static Optional<String> of(Document page) {
    Document doc = page.clone();
    doc.select(FURNITURE).remove();
    for (Element e : doc.body().select("[class], [id]")) {
      if (FURNITURE_NAMES.matcher(e.className() + " " + e.id()).find() && e.parent() != null
          && !e.tagName().equals("body") && !e.tagName().equals("article")) {
        e.remove();
      }
    }
    Map<Element, Integer> scores = new HashMap<>();
    for (Element p : doc.body().select("p")) {
      int length = p.text().strip().length();
      if (length < MIN_PARAGRAPH_CHARS) {
        continue;
      }
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, length, Integer::sum);
        if (parent.parent() != null) {
          scores.merge(parent.parent(), length / 2, Integer::sum);
        }
      }
    }
    Optional<Element> best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    if (best.isEmpty()) {
      return Optional.empty();
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element block : best.get().select("h1, h2, h3, h4, p, blockquote, li")) {
      // A list item or quote holding paragraphs is read through those paragraphs.
      if (!block.select("p").isEmpty() && !block.tagName().equals("p")) {
        continue;
      }
      String text = block.text().strip();
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    String text = String.join("\n\n", paragraphs);
    return text.length() < MIN_ARTICLE_CHARS ? Optional.empty() : Optional.of(text);
  }
}
