package io.newsflow.nlp.claims;

import static io.newsflow.nlp.claims.Punctuation.firstComma;
import static io.newsflow.nlp.claims.Punctuation.isCloser;
import static io.newsflow.nlp.claims.Punctuation.isOpener;
import static io.newsflow.nlp.claims.Punctuation.isTerminal;

import io.newsflow.nlp.model.Sentence;

/**
 * Where a source's words start and end around its cue: a subject before the verb ("Politiet har i dag
 * bekreftet"), the antecedent of a relative ("mannen som mente"), a subject after the verb when the
 * clause is inverted ("I mars sa X", "Da …, svarte Støre"), with a name set off by commas after it.
 */
final class SourceSpans {
  static final int MAX_SOURCE_TOKENS = 10;
  static final int MAX_SUBJECT_TOKENS = 5;
  static final int MAX_NAME_TOKENS = 4;

  private final ClaimLexicon lexicon;
  private final WordClasses words;

  SourceSpans(ClaimLexicon lexicon, WordClasses words) {
    this.lexicon = lexicon;
    this.words = words;
  }

  /**
   * The subject before a cue: its clause, from after the last subordinator in it ("… fordi
   * flertallet i gruppa mente at …") and without a conjunction before it ("mens 40 prosent sa …").
   */
  int subjectStart(String[] w, int cue) {
    int start = words.clauseStart(w, cue);
    for (int i = cue - 2; i >= start; i--) {
      int sub = lexicon.match("subordinator", w, i);
      if (sub > 0 && i + sub < cue && !w[i].equals("som") && !w[i].equals("om")) {
        start = i + sub;
        break;
      }
    }
    while (start < cue - 1 && lexicon.contains("source-opener", w[start])) {
      start++;
    }
    if (start + lexicon.match("focus", w, start) < cue) {
      start += lexicon.match("focus", w, start); // "Til og med Apple selv innrømmer"
    }
    if (start + 1 < cue && w[start].equals("som")
        && (start > 0 && w[start - 1].equals(",") || words.isSubjectPronoun(w[start + 1]))) {
      start++; // ", som jeg sa, at …", "Som hun skrev i fjor, …": a comment clause; its subject is the source
    }
    return start;
  }

  /**
   * Where a subject before its cue ends: at a finite verb outside a relative clause ("Politiet har
   * i dag bekreftet"); "Må si at" and "det finnes gode kirurger, tror …" have none left. "De som
   * har fulgt saken" keeps its relative clause.
   */
  int subjectEnd(String[] w, int from, int to) {
    for (int i = from; i < to; i++) {
      if (w[i].equals("som") || lexicon.contains("relative-pronoun", w[i])) {
        return to;
      }
      if (lexicon.contains("verb-stop", w[i]) || lexicon.contains("finite-verb", w[i])) {
        return i;
      }
    }
    return to;
  }

  /**
   * Where the subject of the first of two coordinated verbs ends: "Sikkerhetsrådet | fordømmer
   * pågripelsen og advarer". The first verb is the first word after a name, a definite noun or a
   * pronoun that looks finite; without one, the whole stretch up to the conjunction is kept.
   */
  int coordinatedSubjectEnd(Sentence s, String[] w, int from, int conjunction) {
    for (int i = from + 1; i < conjunction && i - from <= MAX_SUBJECT_TOKENS; i++) {
      // "Styreleder Anne Berg ser …": after a name, a lower-case word in -r is a present-tense verb
      boolean presentAfterName = w[i].endsWith("r") && Character.isLowerCase(s.tokens().get(i).text().charAt(0))
          && Character.isUpperCase(s.tokens().get(i - 1).text().charAt(0));
      if (words.looksFinite(s, w, i) && words.endsNounPhrase(s, w, i - 1) || presentAfterName) {
        return i;
      }
    }
    return conjunction + 1;
  }

  /**
   * "Vi hørte ham fortelle at …", "å høre hjelpearbeidere på stedet fortelle at …", "så henne innrømme
   * at …": where the object of a verb of perception starts when the cue at {@code cue} is the
   * infinitive that object performs, or -1.
   */
  int perceivedSpeaker(String[] w, int cue) {
    if (lexicon.match("infinitive", w, cue) == 0) {
      return -1;
    }
    int start = words.clauseStart(w, cue);
    for (int p = cue - 2; p >= Math.max(start, cue - 1 - MAX_SUBJECT_TOKENS); p--) {
      if (lexicon.contains("perception", w[p])) {
        return p + 1;
      }
      if (!Character.isLetter(w[p].charAt(0)) || lexicon.contains("verb-stop", w[p]) || w[p].equals("å")
          || lexicon.contains("negation", w[p]) || words.isThat(w[p]) || w[p].equals("som")) {
        return -1;
      }
    }
    return -1;
  }

  /** Where a subject starts after the last subordinator between {@code from} and {@code to}. */
  int afterSubordinator(String[] w, int from, int to) {
    for (int i = to - 2; i > from; i--) {
      int sub = lexicon.match("subordinator", w, i);
      if (sub > 0 && i + sub < to && !w[i].equals("som") && !w[i].equals("om")) {
        return i + sub;
      }
    }
    return from;
  }

  /**
   * Where the noun phrase before a relative "som" at {@code som} starts: back to a comma, "at", a
   * verb or a preposition, at most a few words ("fra | mannen som"); {@code som} when there is none.
   */
  int antecedentStart(String[] w, int som) {
    if (som == 0 || words.isPronoun(w[som - 1]) || w[som - 1].equals("dem") || lexicon.contains("not-source", w[som - 1])
        || w[w.length - 1].equals("?")) {
      return som; // "De er blant dem som krever", "Er det noen som tror at …?": no one named here
    }
    int i = som;
    while (i > 0 && som - i < MAX_SUBJECT_TOKENS) {
      String t = w[i - 1];
      if (t.equals("å")) {
        // "å finne folk som mener": the infinitive's object after its verb and particle, the verb not its
        int from = i + 1;
        while (from < som && lexicon.contains("not-after-cue", w[from])) {
          from++; // "å skjelle ut folk som"
        }
        return from < som ? from : som;
      }
      if (t.equals(",") || words.isThat(t) || isOpener(t) || isTerminal(t) || isCloser(t) || lexicon.contains("verb-stop", t)
          || lexicon.contains("finite-verb", t) || lexicon.contains("inversion", t) || lexicon.match("cue", w, i - 1) > 0
          || lexicon.contains("coordinator", t)) {
        break;
      }
      i--;
    }
    return i;
  }

  /**
   * A source after its verb ends at "at", punctuation, a preposition that begins an adverbial ("til
   * VG"), or, after a pronoun or a name, any preposition ("sa hun etter forestillingen").
   */
  int sourceEnd(Sentence s, String[] w, int from, int end) {
    if (from < end && lexicon.contains("verb-stop", w[from])) {
      return from; // "Etter gårsdagens seier er laget …": a verb where the source should stand, so no cue before it
    }
    int i = from;
    boolean name = true;
    while (i < end && i - from < MAX_SOURCE_TOKENS && !words.isThat(w[i]) && !lexicon.contains("interrogative-complementiser", w[i])
        && !w[i].equals(",") && !w[i].equals(":") && !w[i].equals("(") && !isTerminal(w[i])) {
      boolean afterName = i == from + 1 && (lexicon.contains("pronoun-person", w[from])
          || lexicon.contains("pronoun-group", w[from])) || i > from && name;
      // "landbruks- og matminister": the first half of a compound does not end the source at "og"
      boolean compound = i > from && w[i - 1].endsWith("-") && lexicon.contains("coordinator", w[i]);
      boolean medium = i > from && lexicon.contains("written-in", w[i]) && i + 1 < end
          && (lexicon.endsWithAny("medium", w[i + 1]) || i + 2 < end && lexicon.endsWithAny("medium", w[i + 2]));
      if (medium) {
        break; // "skriver forbundet i en pressemelding": where it was said, not who said it
      }
      // "sa FN-sjefen videre", "sa Diarra tirsdag at": an adverb after the source is the clause's
      if (i > from && !compound && (lexicon.contains("source-stop", w[i]) || lexicon.contains("verb-stop", w[i])
          || lexicon.contains("source-stop-after-name", w[i]) && afterName || lexicon.match("adverb", w, i) > 0)) {
        break;
      }
      name &= Character.isUpperCase(s.tokens().get(i).text().charAt(0));
      i++;
    }
    return i;
  }

  /** Where a source ends without the one-word adverbs before its cue: "Styret også mener", "kan vi nå fortelle". */
  int withoutTrailingAdverbs(String[] w, int from, int to) {
    while (to - from > 1 && lexicon.match("adverb", w, to - 1) == 1) {
      to--;
    }
    return to;
  }

  /**
   * "bekrefter forlagssjef i Oktober, Geir Berdahl, overfor …": a name set off by commas after a
   * source that follows its verb belongs to it. Returns where the source ends.
   */
  int appositionEnd(Sentence s, String[] w, int sourceTo, int end) {
    if (sourceTo >= end || !w[sourceTo].equals(",")) {
      return sourceTo;
    }
    int i = sourceTo + 1;
    while (i < end && i - sourceTo <= MAX_NAME_TOKENS && Character.isUpperCase(s.tokens().get(i).text().charAt(0))) {
      i++;
    }
    boolean name = i > sourceTo + 1 && i - sourceTo <= MAX_NAME_TOKENS;
    boolean closed = i >= end || w[i].equals(",") || lexicon.contains("source-stop", w[i]);
    return name && closed ? i : sourceTo;
  }

  /**
   * "…, the union said on Tuesday.", "…, an analyst told Reuters.": whether a trailing cue and its
   * subject open a clause after a comma and what follows the cue is at most whom it was told to and
   * when or where, so the claim is the clause before the comma. A conjunction or subordinator after the comma ("…,
   * and the union said") or a verb in the subject ("…, which the union said") opens a clause of its own.
   */
  boolean trailingSubject(Sentence s, String[] w, int cueFrom, int cueTo, int end) {
    int start = words.clauseStart(w, cueFrom);
    if (lexicon.match("trailing-cue", w, cueFrom) != cueTo - cueFrom) {
      return false;
    }
    if (start < 4 || !w[start - 1].equals(",") || cueFrom - start > MAX_SOURCE_TOKENS
        || lexicon.contains("source-opener", w[start]) || lexicon.contains("coordinator", w[start])
        || lexicon.match("subordinator", w, start) > 0 || lexicon.contains("not-source", w[start])) {
      return false;
    }
    for (int i = start; i < cueFrom; i++) {
      if (!Character.isLetterOrDigit(w[i].charAt(0)) || lexicon.contains("verb-stop", w[i])
          || lexicon.contains("finite-verb", w[i]) || lexicon.contains("negation", w[i])
          || lexicon.contains("auxiliary", w[i])) {
        return false;
      }
    }
    int i = cueTo;
    if (lexicon.contains("object-cue", w[cueFrom])) {
      // "told reporters", "told the BBC": the addressee, up to where, when or the end
      while (i < end && i - cueTo < MAX_NAME_TOKENS && Character.isLetter(w[i].charAt(0))
          && !circumstance(w, i) && !words.isThat(w[i]) && !lexicon.contains("verb-stop", w[i])) {
        i++;
      }
    }
    if (i < end && !circumstance(w, i) && !coordinatedAfter(w, i, end)) {
      return false;
    }
    for (; i < end; i++) {
      if (coordinatedAfter(w, i, end)) {
        return true; // the subject and cue were set into the claim, or the subject goes on to do more
      }
      if (!Character.isLetterOrDigit(w[i].charAt(0)) || words.isThat(w[i]) || lexicon.contains("verb-stop", w[i])
          || lexicon.match("cue", w, i) > 0 || lexicon.match("belief-cue", w, i) > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * "A neighbour, who asked not to be named, said she …", "Its chief executive, Mark Ellison,
   * insisted the firm …": whether the clause before {@code comma}, the cue's, is a subject of a few
   * words with a relative clause or a name set off after it, not a quotation the cue comes after.
   */
  boolean subjectBeforeInsertion(Sentence s, String[] w, int comma) {
    int from = Punctuation.skipOpeners(w, words.clauseStartBefore(w, comma));
    int first = firstComma(w, from, comma);
    if (first == from || first >= comma || first - from > MAX_SOURCE_TOKENS) {
      return false;
    }
    for (int i = from; i < first; i++) {
      if (!Character.isLetterOrDigit(w[i].charAt(0)) || lexicon.contains("verb-stop", w[i])
          || lexicon.contains("finite-verb", w[i]) || lexicon.contains("negation", w[i])
          || lexicon.contains("auxiliary", w[i]) || lexicon.match("cue", w, i) > 0
          || lexicon.match("belief-cue", w, i) > 0) {
        return false; // "Prices will rise, which …, said X": a clause, said before the cue
      }
    }
    int relativeEnd = firstComma(w, first + 1, comma);
    if (relativeEnd < comma && firstComma(w, relativeEnd + 1, comma) == comma && comma - relativeEnd <= 4) {
      // "Bergen, som eier 37,75 prosent av Eviny AS, tidligere BKK, regner med": a short apposition closes the relative
      boolean verbless = true;
      for (int i = relativeEnd + 1; i < comma; i++) {
        verbless &= !lexicon.contains("verb-stop", w[i]) && !lexicon.contains("finite-verb", w[i]);
      }
      relativeEnd = verbless ? comma : relativeEnd;
    }
    // "I programmet, som …, sa X at": a fronted adverbial with its relative clause, the subject after the verb
    boolean adverbial = lexicon.match("inversion", w, from) > 0 || words.isPrepositionBefore(w[from]);
    boolean relative = lexicon.contains("relative-pronoun", w[first + 1]) && relativeEnd == comma && !adverbial;
    return relative || appositionEnd(s, w, first, comma + 1) == comma;
  }

  /**
   * "Prices will rise, the minister said, and wages will follow.": where a claim goes on after its
   * subject and cue were set into it, the coordinator after the comma at {@code i}, or -1. A verb
   * after the coordinator has the subject's own subject ("…, the minister said, but gave no date"):
   * what the subject did next, not more of what was said.
   */
  int resumedClaim(String[] w, int i, int end) {
    if (!coordinatedAfter(w, i, end)) {
      return -1;
    }
    String next = w[i + 2];
    boolean verb = lexicon.contains("verb-stop", next) || lexicon.contains("finite-verb", next)
        || lexicon.contains("past", next) || lexicon.contains("auxiliary", next) || lexicon.contains("negation", next)
        || lexicon.match("cue", w, i + 2) > 0 || lexicon.match("belief-cue", w, i + 2) > 0;
    return verb || !Character.isLetterOrDigit(next.charAt(0)) ? -1 : i + 1;
  }

  private boolean coordinatedAfter(String[] w, int i, int end) {
    return i + 2 < end && w[i].equals(",") && lexicon.contains("coordinator", w[i + 1]);
  }

  /** Whether the word at {@code i} opens when, where or to whom something was said: "on Tuesday", "in London". */
  private boolean circumstance(String[] w, int i) {
    return lexicon.match("adverb", w, i) > 0 || lexicon.contains("source-stop", w[i])
        || lexicon.contains("source-stop-after-name", w[i]) || lexicon.contains("addressee", w[i]);
  }

  /**
   * "han like enkelt at": the "at" after a pronoun source and a few adverbial words, without
   * punctuation or a verb between, or -1.
   */
  int pronounThenThat(String[] w, int from, int to) {
    if (to - from < 2 || !words.isSubjectPronoun(w[from])) {
      return -1;
    }
    for (int i = from + 1; i < Math.min(w.length, from + 4); i++) {
      if (words.isThat(w[i])) {
        return i;
      }
      if (!Character.isLetter(w[i].charAt(0)) || lexicon.contains("verb-stop", w[i]) || lexicon.contains("addressee", w[i])
          || lexicon.contains("source-stop", w[i])) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the words after the cue at {@code cue} can open a subject: not "at", a comma or a preposition, and
   * not the "det" of "viste det seg at" (it turned out), which is no one.
   */
  private boolean namedSubjectAfter(String[] w, int cue) {
    String next = w[cue + 1];
    return Character.isLetterOrDigit(next.charAt(0)) && !words.isThat(next) && !lexicon.contains("source-stop", next)
        && !lexicon.contains("expletive", next);
  }

  /** Whether "at" follows a few words after {@code from}, none of them a verb: a source before its content. */
  private boolean nameThenThat(String[] w, int from) {
    for (int i = from + 1; i < w.length && i - from <= MAX_NAME_TOKENS; i++) {
      if (words.isThat(w[i])) {
        return true;
      }
      if (lexicon.contains("verb-stop", w[i]) || w[i].equals(",")) {
        return false;
      }
    }
    return false;
  }

  /** "I mars sa X …", "Fortsatt sier X …": an adverbial, not a subject, before the verb. */
  boolean isInverted(String[] w, int cue) {
    if (cue == 0) {
      return false;
    }
    int start = words.clauseStart(w, cue);
    if (start + 1 < cue && lexicon.contains("coordinator", w[start])) {
      start++; // "Og da sier staten:": the clause after the conjunction opens with its adverbial
    }
    start += lexicon.match("focus", w, start); // "Til og med Apple innrømmer": "til" is no preposition here
    if (start >= cue) {
      return false;
    }
    if (lexicon.match("subordinator", w, start) > 0 && cue - start > 1) {
      // "Før valget fastslo hun", "Om lederen sa han at": a preposition, not a subordinator, when
      // a pronoun subject follows the verb
      // or a named subject and then "at": "Om dette sier Statistisk sentralbyrå at …", "Før helgen skrev
      // amerikanske Bloomberg at …"
      return (lexicon.contains("inversion", w[start]) || w[start].equals("som")) && cue + 1 < w.length
          && (words.isSubjectPronoun(w[cue + 1]) // "Som innbygger synes jeg …": "som" is "as" here
              || namedSubjectAfter(w, cue) && nameThenThat(w, cue + 1));
    }
    // "Tre uker før valget viser målingene at …": a span of time opens the clause as a date does;
    // a number opens a time or amount ("I 2019", "30 minutter senere"), but "47-åringen" is a noun, a subject
    boolean span = lexicon.contains("time-span", w[start]) && start + 1 < cue && lexicon.contains("time-unit", w[start + 1]);
    // "333 sykehusansatte krever at …": a number with no subject between verb and "at" counts people, no time
    boolean counted = cue + 1 < w.length && words.isThat(w[cue + 1]);
    // "85 prosent av kommunene varsler om …": a share of a group is the subject whatever follows the verb
    for (int i = start + 1; i < cue - 1 && !counted; i++) {
      counted = w[i].equals("av") && !lexicon.contains("time-unit", w[start + 1]);
    }
    return lexicon.match("inversion", w, start) > 0
        || Character.isDigit(w[start].charAt(0)) && !numberCompound(w[start]) && !counted || span;
  }

  /** "47-åringen", "3-0-seieren": a number joined to a noun, which is a noun. */
  private static boolean numberCompound(String word) {
    return word.matches("[\\p{N}.,-]*\\p{N}-\\p{L}+");
  }

  /**
   * Whether the sentence opens, without a quotation mark or dash, with a subordinate clause ("Da
   * …", "Etter at …") that ends at {@code comma}, its first comma: the main clause after it is inverted.
   */
  boolean opensWithSubordinateClause(String[] w) {
    // "To uker etter at …", "Tre dager før …": a span of time ahead of the subordinator
    // "Men til tross for at …, tviler X på at": a conjunction ahead of the subordinator
    int first = w.length > 2 && (w[0].equals("men") || w[0].equals("og")) ? 1 : 0;
    int from = w.length > first + 2 && (Character.isDigit(w[first].charAt(0)) || lexicon.contains("time-span", w[first]))
        && lexicon.contains("time-unit", w[first + 1]) ? first + 2 : first;
    // "Da var det bare å begynne, sier X": "da" straight before a finite verb is "then", a main clause
    return lexicon.match("fronted-subordinator", w, from) > 0
        && !(lexicon.contains("adverb-before-verb", w[from]) && from + 1 < w.length && finiteVerb(w[from + 1]));
  }

  /** A finite verb as a word list knows it, or a weak past ("vokste", "bodde"), which no noun ends like. */
  private boolean finiteVerb(String word) {
    return words.knownFinite(word) || word.length() > 4 && lexicon.endsWithAny("clear-past-suffix", word);
  }

  boolean afterFrontedClause(String[] w, int comma) {
    if (w.length == 0 || isOpener(w[0])) {
      return false;
    }
    if (!opensWithSubordinateClause(w)) {
      return false;
    }
    // "Selv om jeg er enig i at A, og at B, tror jeg at C": commas inside the fronted clause, the
    // first one that a verb and its pronoun subject follow ends it
    int first = firstComma(w, 0, comma);
    if (first == comma) {
      return true;
    }
    for (int i = first; i < comma; i++) {
      if (words.opensInvertedMainClause(w, i)) {
        return false;
      }
    }
    return words.opensInvertedMainClause(w, comma);
  }

  /**
   * "– Hvis vi vinner, (så) tror jeg vi klarer det": inside a quotation a belief verb right after a
   * fronted clause, its pronoun subject after it and the clause going on, is inverted, not a
   * postposed attribution ("– Vi klarer det, tror jeg.").
   */
  boolean quotedFrontedClause(String[] w, int cueFrom, int cueTo) {
    if (w.length < 2 || !isOpener(w[0]) || cueTo + 1 >= w.length || !words.isSubjectPronoun(w[cueTo])) {
      return false;
    }
    String next = w[cueTo + 1];
    if (next.equals(",") || isTerminal(next) || isCloser(next) || lexicon.contains("negation", next)) {
      return false;
    }
    int comma = cueFrom >= 2 && w[cueFrom - 1].equals("så") ? cueFrom - 2 : cueFrom - 1;
    return comma > 1 && w[comma].equals(",")
        && opensWithSubordinateClause(java.util.Arrays.copyOfRange(w, 1, w.length)) && firstComma(w, 1, comma) == comma;
  }

  /**
   * "Hvorfor tør vi ikke diskutere dette? spør Jørgen Skavlan.": a question or an exclamation, then a
   * verb in lower case, is attributed after it as a comma is.
   */
  static boolean asked(Sentence s, String[] w, int mark, int cue) {
    return mark > 0 && mark == cue - 1 && (w[mark].equals("?") || w[mark].equals("!"))
        && Character.isLowerCase(s.tokens().get(cue).text().charAt(0));
  }

  /**
   * "Samtidig har X gjort det klart at": the auxiliary of an inverted perfect with words between it
   * and the participle cue at {@code c}, or -1.
   */
  private int auxiliaryBefore(String[] w, int c) {
    if (lexicon.match("cue-participle", w, c) == 0) {
      return -1;
    }
    int start = words.clauseStart(w, c);
    for (int j = start + 1; j < c - 1; j++) {
      if (w[j].equals("har") || w[j].equals("hadde")) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The auxiliary of an inverted perfect before the participle cue at {@code c}: after an adverbial
   * ("Samtidig har X gjort det klart") or after a fronted subordinate clause ("Etter at …, hadde
   * USA håpet at"), or -1.
   */
  int invertedAuxiliary(String[] w, int c, int cueFrom) {
    if (isInverted(w, cueFrom)) {
      return auxiliaryBefore(w, c);
    }
    int start = words.clauseStart(w, c);
    boolean fronted = start > 0 && start < c - 1 && (w[start].equals("har") || w[start].equals("hadde"))
        && lexicon.match("cue-participle", w, c) > 0 && afterFrontedClause(w, start - 1);
    return fronted ? start : -1;
  }

  /**
   * "Nå kan vi fortelle at", "Her må jeg si at", "…, kan vi fortelle at": where the modal of an
   * inverted main clause stands when the cue at {@code c} is its infinitive and a short subject stands
   * between them, or -1. The modal is second in its clause, after an adverbial or a fronted part set
   * off by a comma; first in the sentence it asks ("Kan vi si at …?").
   */
  int invertedModal(String[] w, int c) {
    if (c < 2 || lexicon.match("infinitive", w, c) == 0) {
      return -1;
    }
    for (int m = c - 2; m >= Math.max(0, c - 1 - MAX_NAME_TOKENS); m--) {
      if (lexicon.contains("inverted-modal", w[m])) {
        int start = words.clauseStart(w, m);
        boolean inverted = m == start && m > 1 && w[m - 1].equals(",") && !isOpener(w[0]) && !isCloser(w[m - 2])
            || m > start && isInverted(w, m);
        return inverted && subjectBetween(w, m + 1, c) ? m : -1;
      }
      if (!Character.isLetter(w[m].charAt(0)) || w[m].equals("å") || lexicon.contains("verb-stop", w[m])
          || lexicon.contains("negation", w[m]) || lexicon.match("cue", w, m) > 0) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the words from {@code from} to {@code to} can be a subject: a pronoun, or a few words none of them a verb. */
  private boolean subjectBetween(String[] w, int from, int to) {
    if (words.isSubjectPronoun(w[from])) {
      return true;
    }
    for (int i = from; i < to; i++) {
      if (words.isThat(w[i]) || lexicon.contains("finite-verb", w[i]) || lexicon.contains("not-source", w[i])) {
        return false;
      }
    }
    return !w[from].equals("det") && !w[from].equals("dette") && !w[from].equals("man");
  }

  /**
   * Where "skal"/"skulle" stands when the cue at {@code c} is "ha" and a participle with the
   * subject between them, the modal opening its clause or after a fronted adverbial or clause
   * ("I møtet skal ordføreren ha sagt at", "Da …, skal også X ha sagt at"); -1 otherwise.
   */
  int invertedHearsayModal(String[] w, int c) {
    if (c < 3 || !w[c - 1].equals("ha") || lexicon.match("cue-participle", w, c) == 0) {
      return -1;
    }
    int start = words.clauseStart(w, c);
    for (int j = start; j < c - 2; j++) {
      if (lexicon.contains("reportative-modal", w[j])) {
        boolean inverted = j > start && (j == start + 1 || afterFrontedClause(w, j - 1) || isInverted(w, j))
            || j == start && start > 0 && w[start - 1].equals(",") && afterFrontedClause(w, start - 1);
        return inverted ? j : -1;
      }
    }
    return -1;
  }
}
