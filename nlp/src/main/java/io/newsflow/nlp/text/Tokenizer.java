package io.newsflow.nlp.text;

import io.newsflow.nlp.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers and punctuation, the way news text needs it.
 *
 * <p>What stays one token: hyphenated compounds and names ("IS-lederen", "al-Baghdadi"), a
 * compound's dangling hyphen ("al-", "hjelpe-"), decimals and grouped digits ("2,5", "3.5",
 * "1.000"), times ("12:30"), the language's abbreviations with their period ("f.eks.", "bl.a."),
 * initials ("E."), a day's ordinal before a lower-case word ("28." in "28. mai"), URLs, e-mail
 * addresses, hashtags and handles, runs of the same punctuation ("...", "?!"), and an emoji with
 * its modifiers. Everything else that is not a letter or digit is a token of its own.
 *
 * <p>Scanning is a single pass over code points without regular expressions, so the cost is linear
 * in the text, also for adversarial input such as a megabyte without spaces.
 */
public final class Tokenizer {
  private final Abbreviations abbreviations;

  public Tokenizer(Abbreviations abbreviations) {
    this.abbreviations = abbreviations;
  }

  public List<Token> tokenize(String text) {
    return tokenize(text, 0, text.length());
  }

  /** Tokens of {@code text[from, to)}, with offsets into the whole {@code text}. */
  public List<Token> tokenize(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>(Math.max(4, (to - from) / 5));
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (Chars.isSpace(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int end = scanToken(text, i, to, cp);
      tokens.add(new Token(i, end, text.substring(i, end)));
      i = end;
    }
    return tokens;
  }

  private int scanToken(String text, int start, int to, int first) {
    if (Chars.isWordChar(first)) {
      int urlEnd = scanUrl(text, start, to);
      return urlEnd > start ? urlEnd : scanWord(text, start, to);
    }
    if ((first == '#' || first == '@') && start + 1 < to && Chars.isWordChar(text.codePointAt(start + 1))) {
      return scanWordChars(text, start + 1, to);
    }
    if (first == '.' || first == '!' || first == '?' || first == '-') {
      return scanPunctuationRun(text, start, to, first);
    }
    return scanSymbol(text, start, to, first);
  }

  /** A word or number with the joiners that keep it whole; see the class comment. */
  private int scanWord(String text, int start, int to) {
    int i = scanWordChars(text, start, to);
    boolean dotted = false;
    while (i < to) {
      char c = text.charAt(i);
      int next = i + 1 < to ? text.codePointAt(i + 1) : -1;
      char prev = text.charAt(i - 1);
      if (isHyphen(c)) {
        if (Chars.isWordChar(next)) {
          i = scanWordChars(text, i + 1, to);
          continue;
        }
        // "al- Zarqawi", "hjelpe- og redningsarbeid": the hyphen belongs to the word before it.
        if (Character.isLetter(prev) && (next == -1 || Chars.isSpace(next))) {
          return i + 1;
        }
        return i;
      }
      if ((c == '\'' || c == '\u2019') && Character.isLetter(prev) && next != -1 && Character.isLetter(next)) {
        i = scanWordChars(text, i + 1, to);
        continue;
      }
      if ((c == ',' || c == ':' || c == '/') && Character.isDigit(prev) && next != -1 && Character.isDigit(next)) {
        i = scanWordChars(text, i + 1, to);
        continue;
      }
      if (c == '&' && Character.isUpperCase(prev) && next != -1 && Character.isUpperCase(next)) {
        i = scanWordChars(text, i + 1, to);
        continue;
      }
      if (c == '@' && next != -1 && Chars.isWordChar(next)) {
        return scanEmailDomain(text, i + 1, to);
      }
      if (c == '.') {
        if (next != -1 && Chars.isWordChar(next)) {
          // "3.5", "1.000", "f.eks", "vg.no": keep going, decide about the final period below.
          dotted = true;
          i = scanWordChars(text, i + 1, to);
          continue;
        }
        return attachesFinalPeriod(text, start, i, to, dotted) ? i + 1 : i;
      }
      return i;
    }
    return i;
  }

  /** Whether the period at {@code dot} ends the word {@code text[start, dot)} rather than a sentence. */
  private boolean attachesFinalPeriod(String text, int start, int dot, int to, boolean dotted) {
    int length = dot - start;
    if (abbreviations.contains(text.subSequence(start, dot + 1))) {
      return true;
    }
    if (length == 1 && Character.isUpperCase(text.charAt(start))) {
      return true; // an initial: "Jens E. Hansen"
    }
    if (dotted && singleLetterSegments(text, start, dot)) {
      return true; // "t.o.m.", "U.S.A."
    }
    if (length <= 3 && allDigits(text, start, dot)) {
      // "28. mai", "2. verdenskrig": an ordinal, when the sentence plainly goes on.
      int next = skipSpaces(text, dot + 1, to);
      return next < to && Character.isLowerCase(text.codePointAt(next));
    }
    return false;
  }

  private static boolean singleLetterSegments(String text, int start, int end) {
    int segment = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        segment = 0;
      } else if (!Character.isLetter(c) || ++segment > 1) {
        return false;
      }
    }
    return true;
  }

  private static boolean allDigits(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return end > start;
  }

  private static int skipSpaces(String text, int i, int to) {
    while (i < to) {
      int cp = text.codePointAt(i);
      if (!Chars.isSpace(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  private static int scanWordChars(String text, int i, int to) {
    while (i < to) {
      int cp = text.codePointAt(i);
      if (!Chars.isWordChar(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  private static int scanEmailDomain(String text, int i, int to) {
    int end = i;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (Chars.isWordChar(cp)) {
        i += Character.charCount(cp);
        end = i;
      } else if ((cp == '.' || cp == '-') && i + 1 < to && Chars.isWordChar(text.codePointAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return end;
  }

  /** A URL starting at {@code start}, without the punctuation that closes the sentence around it. */
  private static int scanUrl(String text, int start, int to) {
    if (!(text.startsWith("http://", start) || text.startsWith("https://", start)
        || text.startsWith("www.", start))) {
      return start;
    }
    int i = start;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (Chars.isSpace(cp) || cp == '«' || cp == '»' || cp == '"' || cp == '<' || cp == '>') {
        break;
      }
      i += Character.charCount(cp);
    }
    while (i > start && ".,;:!?)]}'\u201d\u2019".indexOf(text.charAt(i - 1)) >= 0) {
      i--;
    }
    return i;
  }

  /** "...", "?!", "!!", "--": a run of sentence punctuation is one token. */
  private static int scanPunctuationRun(String text, int start, int to, int first) {
    int i = start + 1;
    if (first == '-') {
      while (i < to && text.charAt(i) == '-') {
        i++;
      }
      return i;
    }
    if (first == '.') {
      while (i < to && text.charAt(i) == '.') {
        i++;
      }
      return i;
    }
    while (i < to && (text.charAt(i) == '!' || text.charAt(i) == '?')) {
      i++;
    }
    return i;
  }

  /** One symbol, keeping an emoji's skin tone, variation selector and joined parts with it. */
  private static int scanSymbol(String text, int start, int to, int first) {
    int i = start + Character.charCount(first);
    boolean regionalIndicator = Chars.isRegionalIndicator(first);
    while (i < to) {
      int cp = text.codePointAt(i);
      if (Chars.isModifier(cp)) {
        i += Character.charCount(cp);
      } else if (cp == Chars.ZERO_WIDTH_JOINER && i + 1 < to) {
        i += 1;
        int joined = text.codePointAt(i);
        i += Character.charCount(joined);
      } else if (regionalIndicator && Chars.isRegionalIndicator(cp)) {
        regionalIndicator = false; // a flag is exactly two
        i += Character.charCount(cp);
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }
}
