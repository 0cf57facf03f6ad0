package io.newsflow.nlp.claims;

import static io.newsflow.nlp.claims.Punctuation.isOpener;
import static io.newsflow.nlp.claims.TextSpans.span;

import io.newsflow.nlp.model.Sentence;
import io.newsflow.nlp.model.TextSpan;
import io.newsflow.nlp.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a word of a sentence is, by the lexicon and its shape: a pronoun, a finite verb, a participle,
 * a negation, a hedge.
 */
final class WordClasses {
  private final ClaimLexicon lexicon;

  WordClasses(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
  }

  static String[] lower(Sentence s) {
    String[] w = new String[s.tokens().size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = s.tokens().get(i).text().toLowerCase(Locale.ROOT);
    }
    return w;
  }

  /** Whether the token is the language's complementiser, the "at" or "that" that opens a reported clause. */
  boolean isThat(String token) {
    return lexicon.contains("complementiser", token);
  }

  /** Where the clause holding token {@code at} starts: after the complementiser, a comma, a colon or a dash. */
  int clauseStart(String[] w, int at) {
    boolean closed = false; // "Kari Nordmann (H) sier": a parenthesis closed before the verb is the subject's
    for (int i = at - 1; i >= 0; i--) {
      closed |= w[i].equals(")");
      if (w[i].equals(",") || w[i].equals(":") || isThat(w[i]) || w[i].equals(";")
          || isOpener(w[i]) || w[i].equals("(") && !closed) {
        return i + 1; // "(meglerne tror at …)": a parenthesis still open is a clause of its own
      }
    }
    return 0;
  }

  /** The start of the clause an inserted ", som …," clause hangs on: the sentence's or the last complementiser's. */
  int clauseStartBefore(String[] w, int comma) {
    for (int i = comma - 1; i >= 0; i--) {
      if (isThat(w[i]) || w[i].equals(":") || w[i].equals(";")) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * Whether the comma at {@code i} ends a fronted subordinate clause: a finite verb follows with its
   * pronoun subject after it (", vil det", ", må vi", ", mener jeg"), the main clause's V2 order.
   */
  boolean opensInvertedMainClause(String[] w, int i) {
    if (i + 2 >= w.length || !w[i].equals(",")) {
      return false;
    }
    boolean verb = lexicon.contains("verb-stop", w[i + 1]) || lexicon.match("cue", w, i + 1) > 0
        || lexicon.match("belief-cue", w, i + 1) > 0 || lexicon.contains("finite-verb", w[i + 1]);
    return verb && (isSubjectPronoun(w[i + 2]) || w[i + 2].equals("det") || w[i + 2].equals("man"));
  }

  boolean isPronoun(String token) {
    return lexicon.contains("pronoun-person", token) || lexicon.contains("pronoun-group", token)
        || lexicon.contains("first-person", token) || lexicon.contains("pronoun-other", token);
  }

  boolean isSubjectPronoun(String token) {
    return lexicon.contains("pronoun-person", token) || lexicon.contains("pronoun-group", token)
        || lexicon.contains("first-person", token);
  }

  boolean isSpeakerOrHearer(String word) {
    return lexicon.contains("first-person", word) || lexicon.contains("second-person", word);
  }

  boolean isPrepositionBefore(String token) {
    return lexicon.contains("source-stop", token) || lexicon.contains("source-stop-after-name", token)
        || token.equals("av") || token.equals("blant") || token.equals("hos");
  }

  /** {@code word} without the first of {@code endings} it has, when at least {@code minStem} letters are left. */
  static Optional<String> withoutEnding(String word, String[] endings, int minStem) {
    for (String ending : endings) {
      if (word.endsWith(ending) && word.length() - ending.length() >= minStem) {
        return Optional.of(word.substring(0, word.length() - ending.length()));
      }
    }
    return Optional.empty();
  }

  /** A finite verb some word list knows: "er", "står", "sto", "opplyser". */
  boolean knownFinite(String word) {
    return lexicon.contains("verb-stop", word) || lexicon.contains("finite-common", word)
        || lexicon.contains("finite-verb", word) || lexicon.contains("past", word);
  }

  boolean looksFinite(Sentence s, String[] w, int i) {
    String t = w[i];
    if (!Character.isLowerCase(s.tokens().get(i).text().charAt(0))) {
      return false;
    }
    return lexicon.contains("verb-stop", t) || lexicon.match("cue", w, i) > 0 || lexicon.match("belief-cue", w, i) > 0
        || t.length() >= 5 && (t.endsWith("er") || t.endsWith("te") || t.endsWith("et") || t.endsWith("dde"));
  }

  boolean endsNounPhrase(Sentence s, String[] w, int i) {
    String t = w[i];
    return isPronoun(t) || Character.isUpperCase(s.tokens().get(i).text().charAt(0))
        || t.length() >= 5 && (t.endsWith("en") || t.endsWith("et") || t.endsWith("ne") || t.endsWith("a"));
  }

  /** A past participle, possibly after an adverb: "gitt", "åpnet", "ikke blitt". */
  boolean isParticiple(String[] w, int i) {
    int j = i;
    if (j + 1 < w.length && (lexicon.match("adverb", w, j) > 0 || lexicon.contains("negation", w[j]))) {
      j++;
    }
    String t = w[j];
    if (t.endsWith("het") || t.endsWith("itet")) {
      return false; // "skal ha legitimitet": a noun, so "skal" is deontic
    }
    return lexicon.contains("participle", t) || t.length() > 3 && (t.endsWith("et") || t.endsWith("dd") || t.endsWith("tt")
        || t.endsWith("t") && !t.endsWith("st") || t.endsWith("a"));
  }

  /** Whether "å" or a modal stands at most two words before an infinitive ("vil nok ikke tro"). */
  boolean governedInfinitive(String[] w, int c) {
    for (int i = Math.max(0, c - 3); i < c; i++) {
      if (lexicon.contains("infinitive-governor", w[i])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a negation stands in a postposed source or straight after it ("sier han ikke"). */
  boolean negatedSource(String[] w, int from, int to) {
    return anyWithin(w, from, to, t -> lexicon.contains("negation", t));
  }

  /** Whether a negation or "å" stands among the tokens ("avviser derfor ikke", "avviser å svare"). */
  boolean negatedWithin(String[] w, int from, int to) {
    return anyWithin(w, from, to, t -> lexicon.contains("negation", t) || t.equals("å"));
  }

  /** Whether any of the words {@code w[from..to]} (both ends in, cut at the sentence end) is {@code wanted}. */
  private static boolean anyWithin(String[] w, int from, int to, java.util.function.Predicate<String> wanted) {
    for (int i = from; i <= to && i < w.length; i++) {
      if (wanted.test(w[i])) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words from {@code from} to {@code end} are none, or adverbials: "til Reuters torsdag". */
  boolean onlyAdverbials(String[] w, int from, int end) {
    return from >= end || lexicon.contains("addressee", w[from]) || lexicon.contains("source-stop", w[from])
        || lexicon.contains("source-stop-after-name", w[from]) || lexicon.match("adverb", w, from) > 0;
  }

  /** The hedges among tokens {@code from..to}: hedging words, and "jeg tror", the speaker's own belief. */
  void addHedges(String[] w, String text, List<Token> t, int from, int to, List<TextSpan> hedges) {
    for (int i = from; i < to; i++) {
      int h = lexicon.match("hedge", w, i);
      if (h == 0 && lexicon.contains("first-person", w[i]) && i + 1 < to) {
        // "– Jeg tror …": the speaker's own belief hedges the quotation
        h = lexicon.match("belief-cue", w, i + 1) > 0 ? 2 : 0;
      }
      if (h > 0) {
        hedges.add(span(text, t, i, i + h));
        i += h - 1;
      }
    }
  }
}
