package io.newsflow.nlp.text;

import io.newsflow.nlp.model.ParagraphKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tells body text from the layout around it: headings, teasers (links to other stories),
 * captions and bylines. News pages mark these by shape more than by words, so the rules look at
 * shape first (length, final punctuation, a short "label:" prefix, capitals) and use the
 * language's {@link ParagraphCues} for the labels. Markup, when there was any, wins.
 */
public final class ParagraphClassifier {
  /** Headings are short; body paragraphs this short nearly always end with a period. */
  private static final int MAX_HEADING_WORDS = 10;
  /** A label ("Les også", "VG +", "ET AV FÅ BILDER") is a few words before a colon. */
  private static final int MAX_LABEL_WORDS = 5;
  /** Without a known label word, only a very short label before a headline marks a teaser. */
  private static final int MAX_HEADLINE_LABEL_WORDS = 3;
  private static final int MAX_HEADLINE_WORDS = 20;

  public ParagraphKind classify(TextBlock block, ParagraphCues cues) {
    if (block.declaredKind().isPresent()) {
      return block.declaredKind().get();
    }
    String text = block.text().strip();
    List<String> words = words(text);
    if (words.isEmpty() || isBareLink(text)) {
      return ParagraphKind.OTHER;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (hasCredit(lower, cues)) {
      return ParagraphKind.CAPTION;
    }
    if (isByline(words, text, cues)) {
      return ParagraphKind.BYLINE;
    }
    String label = label(text);
    if (label != null) {
      String rest = text.substring(label.length() + 1).strip();
      boolean quotation = !rest.isEmpty() && "«\"\u201c\u201e".indexOf(rest.charAt(0)) >= 0;
      if (!quotation && (isTeaserLabel(label, cues) || isLabelledHeadline(label, rest))) {
        return ParagraphKind.TEASER;
      }
      if (!quotation && isShouted(label) && words(label).size() >= 2) {
        return ParagraphKind.CAPTION; // "ET AV FÅ BILDER: Et udatert bilde av …"
      }
    }
    if (looksLikeHeading(text, words)) {
      return ParagraphKind.HEADING;
    }
    return ParagraphKind.BODY;
  }

  /** The text before a colon near the start, if it is short enough to be a label. */
  private static String label(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon > 60) {
      return null;
    }
    String label = text.substring(0, colon);
    return words(label).size() <= MAX_LABEL_WORDS ? label : null;
  }

  /**
   * "Stor spesial: Slik ble … drept": a short label before a headline (no final period) is how
   * layouts link to other stories, whatever the label says. Body text puts a colon before a
   * quotation or after a longer lead-in, and ends with a period.
   */
  private static boolean isLabelledHeadline(String label, String rest) {
    int restWords = words(rest).size();
    return words(label).size() <= MAX_HEADLINE_LABEL_WORDS && restWords >= 2
        && restWords <= MAX_HEADLINE_WORDS && !rest.endsWith(".") && !rest.endsWith(":");
  }

  private static boolean isTeaserLabel(String label, ParagraphCues cues) {
    String trimmed = label.strip();
    if (trimmed.endsWith("+")) {
      return true; // paywall brands: "VG +", "A+", "BT+"
    }
    String normalized = " " + String.join(" ", words(trimmed.toLowerCase(Locale.ROOT))) + " ";
    for (String cue : cues.teaserLabels()) {
      if (normalized.contains(" " + cue + " ")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCredit(String lower, ParagraphCues cues) {
    if (lower.contains("\u00a9")) {
      return true;
    }
    for (String credit : cues.creditLabels()) {
      int at = lower.indexOf(credit);
      while (at >= 0) {
        boolean wordStart = at == 0 || !Character.isLetter(lower.charAt(at - 1));
        int after = at + credit.length();
        while (after < lower.length() && lower.charAt(after) == ' ') {
          after++;
        }
        if (wordStart && after < lower.length() && lower.charAt(after) == ':') {
          return true;
        }
        at = lower.indexOf(credit, at + 1);
      }
    }
    return false;
  }

  private static boolean isByline(List<String> words, String text, ParagraphCues cues) {
    if (words.size() > 12 || text.endsWith(".") && !endsWithInitial(text)) {
      return false;
    }
    String first = lettersOf(words.get(0)).toLowerCase(Locale.ROOT);
    if (cues.datelineLabels().contains(first)) {
      return true;
    }
    return cues.bylinePrefixes().contains(first) && words.size() >= 2
        && Character.isUpperCase(words.get(1).codePointAt(0));
  }

  private static boolean looksLikeHeading(String text, List<String> words) {
    if (words.size() > MAX_HEADING_WORDS) {
      return false;
    }
    char first = text.charAt(0);
    if ("«\"\u201c\u201e\u2013\u2014-".indexOf(first) >= 0) {
      return false; // quotations and dialogue lines are body text
    }
    int end = text.length();
    while (end > 1 && "»\"\u201d\u2019')]".indexOf(text.charAt(end - 1)) >= 0) {
      end--; // «… unge.» ends the way its quotation ends
    }
    return ".:,;".indexOf(text.charAt(end - 1)) < 0;
  }

  private static String lettersOf(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        out.append(word.charAt(i));
      }
    }
    return out.toString();
  }

  private static boolean isShouted(String label) {
    boolean anyLetter = false;
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (Character.isLetter(c)) {
        anyLetter = true;
        if (Character.isLowerCase(c)) {
          return false;
        }
      }
    }
    return anyLetter;
  }

  private static boolean endsWithInitial(String text) {
    int n = text.length();
    return n >= 2 && Character.isUpperCase(text.charAt(n - 2))
        && (n == 2 || !Character.isLetter(text.charAt(n - 3)));
  }

  private static boolean isBareLink(String text) {
    return (text.startsWith("http://") || text.startsWith("https://") || text.startsWith("www."))
        && text.indexOf(' ') < 0;
  }

  /** Whitespace-separated chunks that contain a letter or digit. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String chunk : text.split("\\s+")) {
      for (int i = 0; i < chunk.length(); i++) {
        if (Character.isLetterOrDigit(chunk.charAt(i))) {
          out.add(chunk);
          break;
        }
      }
    }
    return out;
  }
}
