package io.newsflow.nlp.claims;

import static io.newsflow.nlp.claims.Punctuation.isCloser;
import static io.newsflow.nlp.claims.Punctuation.isDash;
import static io.newsflow.nlp.claims.Punctuation.isOpener;
import static io.newsflow.nlp.claims.Punctuation.isTerminal;
import static io.newsflow.nlp.claims.Punctuation.openQuotations;
import static io.newsflow.nlp.claims.Punctuation.skipOpeners;

import io.newsflow.nlp.model.Sentence;

/**
 * Where what is claimed starts and ends in a sentence: after the "at" and whom it is told to, and up to
 * the sentence's end or the first place where the text goes on with something of its own (a dispute, a
 * claim of another source, an aside after a dash, the main clause after a subordinate one).
 */
final class ContentBoundaries {
  /** The longest addressee between a cue and its "at": "til avisen Dagens Næringsliv torsdag". */
  private static final int MAX_ADDRESSEE_TOKENS = 6;
  /** The longest clause set off between a cue and its "at": "slik hun gjorde på Høyres landsmøte i vår". */
  private static final int MAX_INSERTED_TOKENS = 12;

  private final ClaimLexicon lexicon;
  private final WordClasses words;

  ContentBoundaries(ClaimLexicon lexicon, WordClasses words) {
    this.lexicon = lexicon;
    this.words = words;
  }

  /** Skips adverbs ("også", "med rette") and the complementiser that open a reported clause. */
  int skipComplementiser(String[] w, int i) {
    int inserted = insertedClauseEnd(w, i);
    if (inserted > i) {
      return inserted;
    }
    int j = i;
    for (int guard = 0; guard < 4 && j < w.length; guard++) {
      int adverb = lexicon.match("adverb", w, j);
      if (adverb > 0) {
        j += adverb;
      } else if (w[j].equals(",")) {
        j++;
      } else {
        break;
      }
    }
    int bare = bareAddresseeEnd(w, j);
    if (bare > j) {
      return bare; // "told reporters the talks had failed": the clause follows whom it was told to
    }
    j = skipAddressee(w, j);
    if (j + 1 < w.length && lexicon.contains("preposition-before-at", w[j]) && words.isThat(w[j + 1])) {
      // "advarer om at", "peker på at", "argumenterer for at"
      return j + 2;
    }
    if (j < w.length && words.isThat(w[j])) {
      return j + 1;
    }
    if (j < w.length && w[j].equals(":")) {
      return skipOpeners(w, j + 1);
    }
    return i;
  }

  /**
   * After a cue that takes its addressee as an object, an addressee the language names without "that"
   * after it ("told reporters on Monday the …", "warned investors"), and the adverbials after it: where
   * the clause begins, or {@code i}.
   */
  private int bareAddresseeEnd(String[] w, int i) {
    int length = i > 0 && lexicon.contains("object-cue", w[i - 1]) ? lexicon.match("bare-addressee", w, i) : 0;
    if (length == 0) {
      return i;
    }
    int j = i + length;
    for (int adverb = lexicon.match("adverb", w, j); adverb > 0; adverb = lexicon.match("adverb", w, j)) {
      j += adverb;
    }
    if (j < w.length && words.isThat(w[j])) {
      return j + 1;
    }
    // "Harlow told reporters in London.": where it was said, no clause
    boolean clause = j < w.length && Character.isLetterOrDigit(w[j].charAt(0))
        && !lexicon.contains("source-stop", w[j]) && !lexicon.contains("source-stop-after-name", w[j]);
    return clause ? j : i;
  }

  /**
   * Skips whom a claim is told to, between the verb and its "at": "sa til Reuters torsdag at",
   * "bekrefter overfor Sunnmørsposten at", "told reporters that". Returns {@code i} unless an "at"
   * (or a colon and a quotation) follows the addressee within a few words, without punctuation or a
   * verb between.
   */
  private int skipAddressee(String[] w, int i) {
    boolean addressed = i < w.length && lexicon.contains("addressee", w[i])
        || i > 0 && i < w.length && lexicon.contains("object-cue", w[i - 1]);
    if (!addressed) {
      return i;
    }
    // a colon may end a longer place than "at" may: "repliserer i en artikkel i The Washington Times: «…»"
    for (int j = i + 1; j < Math.min(w.length, i + MAX_ADDRESSEE_TOKENS + 3); j++) {
      if (words.isThat(w[j])) {
        return j <= i + MAX_ADDRESSEE_TOKENS ? j : i;
      }
      if (w[j].equals(":") && j + 1 < w.length && isOpener(w[j + 1])) {
        return j; // "sier i et intervju med avisen: «…»": where it was said, then the quotation
      }
      if (w[j].equals(",") || w[j].equals(":") || isTerminal(w[j]) || isOpener(w[j])
          || lexicon.contains("verb-stop", w[j]) || lexicon.match("cue", w, j) > 0) {
        return i;
      }
    }
    return i;
  }

  /**
   * "har sagt, slik hun gjorde på landsmøtet, at …", "sa, som han pleier, at …": a clause set off by
   * commas between the cue and its "at" is the speaker's circumstance; the content starts after "at".
   * Returns where, or {@code i} when no such clause stands at {@code i}.
   */
  private int insertedClauseEnd(String[] w, int i) {
    if (i >= w.length || !w[i].equals(",")) {
      return i;
    }
    for (int k = i + 2; k + 1 < w.length && k <= i + MAX_INSERTED_TOKENS; k++) {
      if (w[k].equals(",")) {
        return words.isThat(w[k + 1]) ? k + 2 : i;
      }
      if (words.isThat(w[k]) || w[k].equals(":") || isTerminal(w[k]) || isOpener(w[k]) || isCloser(w[k])) {
        return i;
      }
    }
    return i;
  }

  /** The end of what is claimed: the sentence's end, or where the text itself starts to dispute it. */
  int contentEnd(String[] w, int from) {
    int end = w.length;
    int addressed = skipAddressee(w, from);
    int opening = from < w.length && w[from].equals(":") ? from + 1
        : addressed > from && w[addressed].equals(":") ? addressed + 1 : from;
    boolean inQuotation = openQuotations(w, 0, Math.min(opening + 1, w.length)) > 0;
    while (end > from && (isTerminal(w[end - 1]) || inQuotation && isCloser(w[end - 1]))) {
      // "X sa: «… .»": the (one) closing mark is the quotation's, which began before the content
      inQuotation &= !isCloser(w[end - 1]);
      end--;
    }
    boolean quoted = openQuotations(w, 0, Math.min(opening + 1, w.length)) > 0;
    boolean that = false;
    int parentheses = 0;
    for (int i = 0; i < from && i < w.length; i++) {
      parentheses += w[i].equals("(") ? 1 : w[i].equals(")") ? -1 : 0;
    }
    for (int i = from; i < end; i++) {
      if (parentheses > 0 && w[i].equals(")")) {
        return i; // "(mange barer forventer at gjestene bestiller mat)": the cue's parenthesis closes the claim
      }
      if (!quoted && w[i].equals(",") && i + 2 < end && lexicon.contains("coordinator", w[i + 1])
          && subjectThenCue(w, i + 2, end)) {
        return i; // "påsto at A, men Bønna sier at B", "sier at A, og jeg synes B": a claim of its own
      }
      that |= words.isThat(w[i]);
      if (that && w[i].equals(":") && i + 1 < end && isOpener(w[i + 1])) {
        return i; // "konkluderte med at A: «B»": the quotation after the at-clause is a claim of its own
      }
      int contrast = quoted || from == 0 ? 0 : lexicon.match("contrast-break", w, i);
      if (contrast > 0 && !(i + contrast < end && words.isThat(w[i + contrast]))) {
        // "Vi vet at Bønna er en skøyer, men det er ikke noe vondt i ham": the "men" is the writer's
        // turn, unless an "at" continues what was said ("sier at A, men at B"); a claim from the
        // sentence's start ("A, men B, ifølge X") has its source at the end
        return i;
      }
      if (w[i].equals(",") && (lexicon.match("dispute", w, i + 1) > 0 || lexicon.match("content-break", w, i) > 0)) {
        return i;
      }
      // "boliglån og -investeringer": a dash after "og" or "eller" stands for a compound's shared first part
      boolean suspended = i > 0 && (w[i - 1].equals("og") || w[i - 1].equals("eller"));
      if (isDash(w[i]) && i > from + 1 && !suspended
          && !(i + 2 < end && lexicon.contains("coordinator", w[i + 1]) && words.isThat(w[i + 2]))) {
        int closing = closingDash(w, i + 1, end);
        if (closing > 0) {
          i = closing; // "at Levi - den eneste som … - ler i sin himmel": a parenthesis, the clause goes on after it
          continue;
        }
        return i; // "… generasjon - noe han mente …": an aside after a dash is the writer's, not the claim
      }
    }
    return end;
  }

  /**
   * Whether a subject of a few words, then a reporting or belief verb, begins at {@code from}: a clause
   * of its own after "men" or "og", not the at-clause going on.
   */
  private boolean subjectThenCue(String[] w, int from, int end) {
    for (int k = from + 1; k < Math.min(end, from + 1 + SourceSpans.MAX_SUBJECT_TOKENS); k++) {
      if (w[k].equals(",") || words.isThat(w[k]) || isOpener(w[k]) || isCloser(w[k])) {
        return false;
      }
      if (lexicon.match("reportative", w, k) > 0) {
        return true; // "håpet A, men så langt ser det ut som om B": an appearance of its own
      }
      if (lexicon.match("cue", w, k) > 0 || lexicon.match("belief-cue", w, k) > 0) {
        return !words.isThat(w[from]) && !lexicon.contains("negation", w[k - 1]) && Character.isLetter(w[from].charAt(0));
      }
    }
    return false;
  }

  /** The dash that closes a parenthesis opened before {@code from}, with words after it, or -1. */
  private static int closingDash(String[] w, int from, int end) {
    for (int j = from + 1; j < end - 1; j++) {
      if (isDash(w[j])) {
        return j;
      }
      if (isTerminal(w[j])) {
        return -1;
      }
    }
    return -1;
  }

  /** The clause around token {@code at}: between clause breaks (", og", ", men", …) or sentence ends. */
  int[] clause(String[] w, int at) {
    int from = 0;
    int to = contentEnd(w, 0);
    if (to <= at) {
      to = contentEnd(w, at); // "A, men så langt ser det ut som om B": the claim before ends where this one begins
    }
    for (int i = 0; i < to; i++) {
      int length = lexicon.match("clause-break", w, i);
      if (length > 0) {
        if (i < at) {
          // ", angivelig fordi …": a break whose second word is the cue opens the clause at the cue
          from = Math.min(at, i + length);
        } else if (i > at) {
          to = i;
          break;
        }
      }
    }
    return new int[] {skipOpeners(w, from), to};
  }

  int clauseBreak(String[] w, int from, int to) {
    for (int i = from; i < to; i++) {
      if (lexicon.match("clause-break", w, i) > 0) {
        return i;
      }
    }
    return to;
  }

  static int subordinateEnd(String[] w, int from, int end) {
    for (int i = from; i < end; i++) {
      if (w[i].equals(",")) {
        return i;
      }
    }
    return end;
  }

  /**
   * Where the main clause of a sentence that opened with a subordinate clause begins after
   * {@code from}: a comma, a finite verb and its pronoun subject (", vil det", ", må vi", ", sa hun"), or {@code end}.
   */
  int mainClauseAfter(String[] w, int from, int end) {
    for (int i = from; i + 2 < end; i++) {
      if (words.opensInvertedMainClause(w, i)) {
        return i;
      }
    }
    return end;
  }

  /**
   * "Ordføreren, som sier at budsjettet er for stramt, får støtte": an at-clause inside a relative
   * clause ends at the comma before the main clause's verb, which the relative was set into.
   */
  int relativeEnd(Sentence s, String[] w, int from, int end) {
    for (int i = from; i + 1 < end; i++) {
      if (w[i].equals(",") && (words.looksFinite(s, w, i + 1) || lexicon.contains("finite-verb", w[i + 1])
          || lexicon.contains("past", w[i + 1]))) {
        return i;
      }
    }
    return end;
  }

  /**
   * "beskylder Telenor for korrupsjon, og vil ha …": a noun object ends before a comma and a
   * conjunction with a verb of the subject's after it.
   */
  int coordinatedVerbAfter(Sentence s, String[] w, int from, int end) {
    for (int i = from; i + 2 < end; i++) {
      if (w[i].equals(",") && lexicon.contains("coordinator", w[i + 1])
          && (words.looksFinite(s, w, i + 2) || lexicon.contains("finite-verb", w[i + 2])
              || lexicon.contains("past", w[i + 2]))) {
        return i;
      }
    }
    return end;
  }

  /** Where a proposition-like object ends: at a comma, or at "og"/"men" before another cue. */
  int objectEnd(Sentence s, String[] w, int from, int to) {
    for (int j = from; j < to; j++) {
      // "deltakelse i fondet, som skal bidra til …", "en boligkrise, med en mangel på …": the noun's own;
      // after a name ("pågripelsen av statsminister X, som har gått av") a clause that tells who X is
      boolean named = j > from && Character.isUpperCase(s.tokens().get(j - 1).text().charAt(0));
      if (w[j].equals(",") && j + 1 < to && (w[j + 1].equals("som") && !named || w[j + 1].equals("med"))) {
        continue;
      }
      if (w[j].equals(":") && j > from && j + 1 < to && Character.isLowerCase(s.tokens().get(j + 1).text().charAt(0))) {
        return to; // "peker på fem årsaker: A, B og C": the list is what the object announced, not "…: Det vil …"
      }
      if (w[j].equals(",") || w[j].equals(":") || isTerminal(w[j]) || isOpener(w[j])) {
        return j;
      }
      if ((w[j].equals("og") || w[j].equals("men")) && j + 1 < to
          && (lexicon.match("cue", w, j + 1) > 0 || lexicon.match("belief-cue", w, j + 1) > 0)) {
        return j;
      }
    }
    return to;
  }

  /** Where a quotation's own attribution after it (", sa treneren") begins, or {@code end}. */
  int beforePostposedAttribution(String[] w, int from, int end) {
    for (int i = end - 1; i > from; i--) {
      if (w[i].equals(",") && (lexicon.match("cue", w, i + 1) > 0 || lexicon.match("postposed-cue", w, i + 1) > 0)) {
        return i;
      }
    }
    return end;
  }
}
