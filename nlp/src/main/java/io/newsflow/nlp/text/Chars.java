package io.newsflow.nlp.text;

/** Character classes the text stages agree on. */
public final class Chars {
  public static final int ZERO_WIDTH_JOINER = 0x200D;
  private static final int ZERO_WIDTH_NON_JOINER = 0x200C;

  private Chars() {}

  /**
   * Separators between tokens: Unicode spaces and line breaks, control characters, and the
   * invisible format characters (zero-width space, byte-order mark, bidirectional marks) that
   * copy-pasted web text is full of and that never belong to a word.
   */
  public static boolean isSpace(int cp) {
    if (cp == ZERO_WIDTH_JOINER || cp == ZERO_WIDTH_NON_JOINER) {
      return false;
    }
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT;
  }

  /** Letters, digits and the marks and joiners that combine with them. */
  public static boolean isWordChar(int cp) {
    if (cp < 0) {
      return false;
    }
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK || cp == ZERO_WIDTH_JOINER || cp == ZERO_WIDTH_NON_JOINER;
  }

  /** Code points that modify the symbol before them: combining marks, variation selectors, skin tones. */
  static boolean isModifier(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF)
        || (cp >= 0xE0020 && cp <= 0xE007F);
  }

  static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  /** Quotation marks and brackets that close a sentence's last word ("…»", "…)"). */
  public static boolean isCloser(String token) {
    return token.length() == 1 && "»\"\u201d\u2019')]}".indexOf(token.charAt(0)) >= 0;
  }

  /** Quotation marks and brackets that open a phrase. */
  public static boolean isOpener(String token) {
    return token.length() == 1 && "«\"\u201c\u201e\u2018([{".indexOf(token.charAt(0)) >= 0;
  }

  /** Dashes that open a line of dialogue ("– Vi er glade, sier han.") or set off a phrase. */
  public static boolean isDash(String token) {
    return token.equals("\u2013") || token.equals("\u2014") || token.equals("-") || token.equals("--");
  }
}
