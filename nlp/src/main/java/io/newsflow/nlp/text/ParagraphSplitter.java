package io.newsflow.nlp.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into paragraphs. Paragraphs are separated by blank lines; text that has no
 * blank line at all but several lines (a common export format of news systems) has one paragraph
 * per line. Each paragraph is its source text with surrounding whitespace removed, so offsets into
 * it match the original exactly.
 */
public final class ParagraphSplitter {

  public List<TextBlock> split(String text) {
    List<String> paragraphs = hasBlankLine(text) ? splitAt(text, true) : splitAt(text, false);
    List<TextBlock> blocks = new ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      blocks.add(TextBlock.plain(p));
    }
    return blocks;
  }

  private static List<String> splitAt(String text, boolean blankLinesOnly) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int lineEnd = lineBreakEnd(text, i);
      if (lineEnd < 0) {
        i++;
        continue;
      }
      if (!blankLinesOnly || text.charAt(i) == '\u2029' || isBlankLineAt(text, lineEnd)) {
        addTrimmed(text, start, i, out);
        start = lineEnd;
      }
      i = lineEnd;
    }
    addTrimmed(text, start, n, out);
    return out;
  }

  /** If a line break starts at {@code i}, the index after it ("\r\n" counts as one), else -1. */
  private static int lineBreakEnd(String text, int i) {
    char c = text.charAt(i);
    if (c == '\r') {
      return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
    }
    if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C' || c == '\u0085') {
      return i + 1;
    }
    return -1;
  }

  /** Whether the line starting at {@code i} holds nothing but whitespace (or the text ends). */
  private static boolean isBlankLineAt(String text, int i) {
    for (int j = i; j < text.length(); j++) {
      if (lineBreakEnd(text, j) >= 0) {
        return true;
      }
      if (!Chars.isSpace(text.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasBlankLine(String text) {
    for (int i = 0; i < text.length(); i++) {
      int end = lineBreakEnd(text, i);
      if (end >= 0) {
        if (text.charAt(i) == '\u2029' || (isBlankLineAt(text, end) && hasTextAfter(text, end))) {
          return true;
        }
        i = end - 1;
      }
    }
    return false;
  }

  private static boolean hasTextAfter(String text, int i) {
    for (int j = i; j < text.length(); j++) {
      if (!Chars.isSpace(text.charAt(j))) {
        return true;
      }
    }
    return false;
  }

  private static void addTrimmed(String text, int start, int end, List<String> out) {
    while (start < end && Chars.isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && Chars.isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      out.add(text.substring(start, end));
    }
  }
}
