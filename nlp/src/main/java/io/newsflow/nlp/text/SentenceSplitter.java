package io.newsflow.nlp.text;

import io.newsflow.nlp.model.Sentence;
import io.newsflow.nlp.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizes a paragraph and groups its tokens into sentences.
 *
 * <p>A sentence ends at terminal punctuation ("." "!" "?" "…" and runs of them), together with the
 * quotation marks and brackets that close around it, when the next token starts a sentence: a
 * capital letter, a digit, an opening quote or bracket, or a dialogue dash. A lower-case word after
 * "?" or "!" continues the sentence («Hva nå?» spurte han). Periods the tokenizer kept inside a
 * token (abbreviations, initials, ordinals) do not end sentences, except abbreviations that may
 * close one ("osv.", "m.m.") before a capital. A line break before a dialogue dash also ends one.
 */
public final class SentenceSplitter {
  private final Tokenizer tokenizer;
  private final Abbreviations abbreviations;

  public SentenceSplitter(Abbreviations abbreviations) {
    this.tokenizer = new Tokenizer(abbreviations);
    this.abbreviations = abbreviations;
  }

  public Tokenizer tokenizer() {
    return tokenizer;
  }

  public List<Sentence> split(String text) {
    List<Token> tokens = tokenizer.tokenize(text);
    List<Sentence> sentences = new ArrayList<>();
    int first = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int last = endOfSentenceAt(text, tokens, i);
      if (last >= 0) {
        sentences.add(sentence(tokens, first, last));
        first = last + 1;
        i = last;
      }
    }
    if (first < tokens.size()) {
      sentences.add(sentence(tokens, first, tokens.size() - 1));
    }
    return sentences;
  }

  /** If a sentence ends with token {@code i}, the index of its last token (closers included), else -1. */
  private int endOfSentenceAt(String text, List<Token> tokens, int i) {
    Token token = tokens.get(i);
    boolean terminal = isTerminal(token.text());
    boolean closingAbbreviation = !terminal && token.text().endsWith(".")
        && abbreviations.maySentenceEnd(token.text());
    if (!terminal && !closingAbbreviation) {
      return i + 1 < tokens.size() && lineBreakBeforeDialogue(text, token, tokens.get(i + 1)) ? i : -1;
    }
    int last = i;
    while (last + 1 < tokens.size() && Chars.isCloser(tokens.get(last + 1).text())
        && tokens.get(last + 1).start() == tokens.get(last).end()) {
      last++;
    }
    if (last + 1 >= tokens.size()) {
      return last;
    }
    Token next = tokens.get(last + 1);
    if (closingAbbreviation) {
      return startsWithUpperCase(next.text()) ? last : -1;
    }
    return startsSentence(next.text()) ? last : -1;
  }

  private static boolean isTerminal(String token) {
    if (token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (".!?\u2026".indexOf(token.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsSentence(String token) {
    int cp = token.codePointAt(0);
    return Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp)
        || Chars.isOpener(token) || Chars.isDash(token)
        || (Character.isLetter(cp) && !Character.isLowerCase(cp)); // scripts without case
  }

  private static boolean startsWithUpperCase(String token) {
    int cp = token.codePointAt(0);
    return Character.isUpperCase(cp) || Character.isTitleCase(cp);
  }

  private static boolean lineBreakBeforeDialogue(String text, Token token, Token next) {
    if (!Chars.isDash(next.text())) {
      return false;
    }
    for (int i = token.end(); i < next.start(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028') {
        return true;
      }
    }
    return false;
  }

  private static Sentence sentence(List<Token> tokens, int first, int last) {
    List<Token> part = tokens.subList(first, last + 1);
    return Sentence.untagged(part.get(0).start(), part.get(part.size() - 1).end(), part);
  }
}
