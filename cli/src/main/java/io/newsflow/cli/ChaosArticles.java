package io.newsflow.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles the chaos scenarios send: three to six body paragraphs of the seed each, in an order
 * that differs from one article to the next, so that every article is real Norwegian news text and
 * its paragraph count is known in advance.
 */
final class ChaosArticles {
  private final List<String> paragraphs;

  private ChaosArticles(List<String> paragraphs) {
    if (paragraphs.isEmpty()) {
      throw new IllegalStateException("the seed article has no body paragraphs to build chaos articles from");
    }
    this.paragraphs = List.copyOf(paragraphs);
  }

  /** Body paragraphs of the seed, so that every generated paragraph is classified as body text. */
  static ChaosArticles fromSeed() throws IOException {
    String text = Files.readString(SeedArticle.locate().text());
    List<String> out = new ArrayList<>();
    for (String p : text.split("\n\\s*\n")) {
      String t = p.strip();
      if (t.endsWith(".") && t.split("\\s+").length > 12 && !t.contains(":")) {
        out.add(t);
      }
    }
    return new ChaosArticles(out);
  }

  /** How many paragraphs article number {@code i} has. */
  int paragraphCount(int i) {
    return 3 + i % 4;
  }

  /** The body of article number {@code i}: its paragraphs separated by blank lines. */
  String body(int i) {
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < paragraphCount(i); p++) {
      if (p > 0) {
        body.append("\n\n");
      }
      body.append(paragraphs.get((i * 7 + p) % paragraphs.size()));
    }
    return body.toString();
  }
}
