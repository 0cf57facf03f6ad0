package io.newsflow.nlp.text;

import io.newsflow.nlp.model.ParagraphKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an article's HTML into paragraphs: one per block element, with the kind its element
 * declares (headings, captions). Scripts, styles, navigation and forms are dropped. jsoup's
 * traversal is iterative, so deeply nested markup cannot overflow the stack.
 */
public final class HtmlText {
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "li",
      "dd", "dt", "pre", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th",
      "tr", "table", "ul", "ol", "dl", "address", "body", "br", "hr", "caption");
  private static final Set<String> SKIPPED = Set.of(
      "script", "style", "noscript", "template", "nav", "form", "button", "svg", "iframe",
      "head", "select", "textarea", "object", "embed", "canvas");

  private HtmlText() {}

  public static List<TextBlock> blocks(String html) {
    Document document = Jsoup.parse(html);
    Collector collector = new Collector();
    NodeTraversor.traverse(collector, document.body() != null ? document.body() : document);
    collector.flush();
    return collector.blocks;
  }

  /** Only the text, paragraphs separated by blank lines: what the file ingest stores. */
  public static String plainText(String html) {
    StringBuilder out = new StringBuilder();
    for (TextBlock block : blocks(html)) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(block.text());
    }
    return out.toString();
  }

  private static final class Collector implements NodeVisitor {
    final List<TextBlock> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private Optional<ParagraphKind> currentKind = Optional.empty();
    private int skipDepth;
    private Node skipRoot;

    @Override
    public void head(Node node, int depth) {
      if (skipRoot != null) {
        return;
      }
      if (node instanceof Element element) {
        String tag = element.normalName();
        if (SKIPPED.contains(tag)) {
          skipRoot = node;
          skipDepth = depth;
          return;
        }
        if (BLOCKS.contains(tag)) {
          flush();
          declaredKind(tag).ifPresent(kind -> currentKind = Optional.of(kind));
        }
      } else if (node instanceof TextNode text) {
        appendCollapsed(text.getWholeText());
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (skipRoot != null) {
        if (node == skipRoot && depth == skipDepth) {
          skipRoot = null;
        }
        return;
      }
      if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
        flush();
      }
    }

    private void appendCollapsed(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00a0') {
          if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
            current.append(' ');
          }
        } else {
          current.append(c);
        }
      }
    }

    void flush() {
      String text = current.toString().strip();
      if (!text.isEmpty()) {
        blocks.add(new TextBlock(text, currentKind));
      }
      current.setLength(0);
      currentKind = Optional.empty();
    }

    private static Optional<ParagraphKind> declaredKind(String tag) {
      return switch (tag.toLowerCase(Locale.ROOT)) {
        case "h1", "h2", "h3", "h4", "h5", "h6" -> Optional.of(ParagraphKind.HEADING);
        case "figcaption", "caption" -> Optional.of(ParagraphKind.CAPTION);
        case "address" -> Optional.of(ParagraphKind.BYLINE);
        default -> Optional.empty();
      };
    }
  }
}
