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
    StringBuilder out = new StringBuilder(forms.size() * 7);
    boolean insideQuote = false;
    boolean glueNext = true;
    for (String form : forms) {
      if (form.equals("|")) {
        continue;
      }
      boolean straightQuote = form.equals("\"");
      boolean opensQuote = straightQuote && !insideQuote;
      boolean closes = isOneOf(form, NO_SPACE_BEFORE) || form.equals("...") || (straightQuote && insideQuote);
      if (!glueNext && !closes) {
        out.append(' ');
      }
      out.append(form);
      glueNext = isOneOf(form, NO_SPACE_AFTER) || opensQuote;
      if (straightQuote) {
        insideQuote = !insideQuote;
      }
    }
    return out.toString();
  }

  private static boolean isOneOf(String form, String characters) {
    return form.length() == 1 && characters.indexOf(form.charAt(0)) >= 0;
  }
}
