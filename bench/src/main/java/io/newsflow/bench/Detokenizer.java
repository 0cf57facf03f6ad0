package io.newsflow.bench;

import java.util.List;

/**
 * Turns the space-separated word forms of a treebank sentence back into running text as a newspaper
 * prints it: no space before closing punctuation, none after an opening bracket or guillemet, and
 * straight double quotes paired as opening and closing. The treebank's headline marker {@code |} is
 * dropped.
 */
final class Detokenizer {
  private static final String NO_SPACE_BEFORE = ",.;:!?)]}%»”…";
  private static final String NO_SPACE_AFTER = "([{«“";

  private Detokenizer() {}

  static String join(List<String> forms) {
    List<String> words = forms.stream().filter(f -> !f.equals("|")).toList();
    StringBuilder out = new StringBuilder(words.size() * 7);
    boolean insideQuote = false;
    boolean glueNext = true;
    for (int i = 0; i < words.size(); i++) {
      String form = words.get(i);
      boolean straightQuote = form.equals("\"");
      // A quotation can span treebank sentences, so counting alone misreads a quote whose other
      // half is in the next sentence: last in the sentence or right after a period, it closes.
      boolean closesQuote = straightQuote && i > 0
          && (insideQuote || i == words.size() - 1 || isOneOf(words.get(i - 1), ".!?,"));
      boolean closes = isOneOf(form, NO_SPACE_BEFORE) || form.equals("...") || closesQuote;
      if (!glueNext && !closes) {
        out.append(' ');
      }
      out.append(form);
      glueNext = isOneOf(form, NO_SPACE_AFTER) || (straightQuote && !closesQuote);
      if (straightQuote) {
        insideQuote = !closesQuote;
      }
    }
    return out.toString();
  }

  private static boolean isOneOf(String form, String characters) {
    return form.length() == 1 && characters.indexOf(form.charAt(0)) >= 0;
  }
}
