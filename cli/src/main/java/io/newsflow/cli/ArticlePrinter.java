package io.newsflow.cli;

import io.newsflow.avro.CanonicalEntity;
import io.newsflow.avro.Claim;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.EnrichedParagraph;
import io.newsflow.avro.Mention;
import io.newsflow.avro.Value;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints an enriched article for people: paragraphs with their kinds, entities, values and claims. */
final class ArticlePrinter {
  private static final int WIDTH = 100;
  private static final String INDENT = "             ";
  /** Dates are shown as the newsroom saw them, as the analysis resolves them (see ArticleEnricher). */
  private static final java.time.ZoneId NEWSROOM_ZONE = java.time.ZoneId.of("Europe/Oslo");

  private final PrintStream out;

  ArticlePrinter(PrintStream out) {
    this.out = out;
  }

  void print(EnrichedArticle article) {
    out.printf("%s  [%s · %s · %s]%n", article.getTitle(),
        article.getOutlet() == null ? "?" : article.getOutlet(),
        article.getPublishedAt() == null ? "undated"
            : java.time.LocalDate.ofInstant(article.getPublishedAt(), NEWSROOM_ZONE).toString(),
        article.getLanguage());
    out.println("=".repeat(Math.min(WIDTH, article.getTitle().length() + 30)));
    for (EnrichedParagraph p : article.getParagraphs()) {
      paragraph(p);
    }
    out.println();
    out.println("Entities (" + article.getEntities().size() + "):");
    wrap(article.getEntities().stream().map(ArticlePrinter::entity).collect(Collectors.joining(" · ")), "  ");
  }

  private void paragraph(EnrichedParagraph p) {
    out.println();
    String head = String.format("%3d %-8s ", p.getIndex(), p.getKind().name().toLowerCase(Locale.ROOT));
    List<String> lines = lines(p.getText(), WIDTH - INDENT.length());
    for (int i = 0; i < lines.size(); i++) {
      out.println((i == 0 ? head : INDENT) + lines.get(i));
    }
    if (!p.getEntities().isEmpty()) {
      wrap("entities: " + p.getEntities().stream().map(ArticlePrinter::mention).collect(Collectors.joining(", ")), INDENT);
    }
    if (!p.getValues().isEmpty()) {
      wrap("values:   " + p.getValues().stream().map(ArticlePrinter::value).collect(Collectors.joining(", ")), INDENT);
    }
    for (Claim c : p.getClaims()) {
      wrap("claim " + claim(c), INDENT);
    }
  }

  private static String mention(Mention m) {
    String canonical = m.getCanonicalName().equals(m.getText()) ? "" : " → " + m.getCanonicalName();
    return m.getText() + " [" + m.getType() + canonical + "]";
  }

  private static String value(Value v) {
    return v.getText() + " [" + v.getType() + (v.getNormalized() == null ? "" : " " + v.getNormalized()) + "]";
  }

  private static String entity(CanonicalEntity e) {
    return e.getName() + " (" + e.getType() + ", " + e.getMentions() + ")";
  }

  static String claim(Claim c) {
    StringBuilder s = new StringBuilder();
    s.append(c.getId()).append(' ').append(c.getKind().name().toLowerCase(Locale.ROOT));
    if (c.getParentId() != null) {
      s.append(" in ").append(c.getParentId());
    }
    s.append(": ");
    if (c.getSource() != null) {
      s.append(c.getSource().getText());
      if (c.getSourceResolved() != null && !c.getSourceResolved().getName().equals(c.getSource().getText())) {
        s.append(" (= ").append(c.getSourceResolved().getName()).append(')');
      }
      s.append(' ');
    }
    if (c.getCue() != null) {
      s.append("—").append(c.getCue().getText()).append("→ ");
    }
    s.append('«').append(c.getContent().getText()).append('»');
    List<String> flags = new ArrayList<>();
    if (c.getHedged()) {
      flags.add("hedged");
    }
    if (c.getDisputed()) {
      flags.add("disputed");
    }
    if (c.getCheckworthiness() != null) {
      flags.add(String.format(Locale.ROOT, "check-worthy %.2f", c.getCheckworthiness()));
    }
    if (!flags.isEmpty()) {
      s.append(" (").append(String.join(", ", flags)).append(')');
    }
    return s.toString();
  }

  private void wrap(String text, String indent) {
    for (String line : lines(text, WIDTH - indent.length())) {
      out.println(indent + line);
    }
  }

  private static List<String> lines(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
