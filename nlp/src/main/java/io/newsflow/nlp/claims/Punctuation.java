package io.newsflow.nlp.claims;

/**
 * Quotation marks, dashes and sentence ends among a sentence's lower-cased words: where a quotation
 * opens and closes, and where a sentence stops.
 */
final class Punctuation {
  private Punctuation() {}

  static int firstComma(String[] w, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (w[i].equals(",")) {
        return i;
      }
    }
    return limit;
  }

  /**
   * Where a quotation ending at {@code comma} starts: its opening mark, or the sentence start. A
   * title quoted inside it ("lese «Mein Kampf» nå") is skipped by counting closing marks.
   */
  static int quotedStart(String[] w, int comma) {
    int open = 0;
    for (int i = comma - 1; i >= 0; i--) {
      if (w[i].equals("»") || w[i].equals("”")) {
        open++;
      } else if (w[i].equals("«") || w[i].equals("“")) {
        if (open == 0) {
          return i + 1;
        }
        open--;
      } else if (w[i].equals(":") && open == 0) {
        return i + 1;
      }
    }
    return 0;
  }

  static int skipOpeners(String[] w, int i) {
    while (i < w.length && isOpener(w[i])) {
      i++;
    }
    return i;
  }

  static boolean isOpener(String token) {
    return token.equals("«") || token.equals("\"") || token.equals("“") || isDash(token);
  }

  static boolean isDash(String token) {
    return token.equals("–") || token.equals("—") || token.equals("-");
  }

  static boolean onlyTerminals(String[] w, int from) {
    for (int i = from; i < w.length; i++) {
      if (!isTerminal(w[i])) {
        return false;
      }
    }
    return true;
  }

  static boolean isTerminal(String token) {
    return token.equals(".") || token.equals("!") || token.equals("?") || token.equals("…")
        || token.equals("...");
  }

  /** How many quotations opened in the tokens are still open at their end. */
  static int openQuotations(String[] w, int from, int to) {
    int open = 0;
    for (int i = from; i < to && i < w.length; i++) {
      if (w[i].equals("«") || w[i].equals("“")) {
        open++;
      } else if ((w[i].equals("»") || w[i].equals("”")) && open > 0) {
        open--;
      }
    }
    return open;
  }

  static boolean isCloser(String token) {
    return token.equals("»") || token.equals("\"") || token.equals("”");
  }
}
