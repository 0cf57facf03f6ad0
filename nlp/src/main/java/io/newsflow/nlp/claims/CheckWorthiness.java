package io.newsflow.nlp.claims;

import io.newsflow.nlp.model.EntityMention;
import io.newsflow.nlp.model.Paragraph;
import io.newsflow.nlp.model.Sentence;
import io.newsflow.nlp.model.Token;
import io.newsflow.nlp.model.ValueType;
import java.util.List;

/**
 * How check-worthy a clause the text states on its own is, from 0 to 1: what a fact-checker could
 * verify (a date, an amount, a record, a named actor's deed, a plain statement about something
 * named) against what makes it opinion, plan or background (a hedge, the future, an "I" or "we", a
 * judgement, a subordinate opening). Word forms only: there is no part-of-speech tagger for
 * Bokmål here, so finite verbs are told by their forms and places in the clause.
 */
final class CheckWorthiness {
  /** Clauses scoring at least this are flagged as factual, check-worthy statements. */
  static final double THRESHOLD = 0.6;

  private final ClaimLexicon lexicon;

  CheckWorthiness(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * What makes a statement checkable: a date, an amount or a record ("det første land"), a named
   * actor as its subject, an event in the past or a measured change; what makes it less so: a
   * subordinate opening ("Da …": background, not news), a hedge, the future, or an "I" or "we".
   */
  double score(String[] w, Sentence s, Paragraph p, int[] clause) {
    if (clause[0] >= clause[1] || clause[1] > s.tokens().size()) {
      return 0; // nothing left after the openers (a lone quote mark, a dash): no statement
    }
    int from = s.tokens().get(clause[0]).start();
    int to = s.tokens().get(Math.max(clause[0], clause[1] - 1)).end();
    long values = p.values().stream().filter(v -> v.start() >= from && v.end() <= to
        && (v.type() == ValueType.DATE || v.type() == ValueType.MONEY || v.type() == ValueType.PERCENT
            || v.type() == ValueType.QUANTITY || countInDigits(v))).count();
    if (values == 0 && countBeforeNoun(s, w, clause)) {
      values = 1;
    }
    // "i går", "fredag" date nearly every news sentence; an amount or a date in digits pins one down
    boolean exact = countBeforeNoun(s, w, clause) || p.values().stream().anyMatch(v -> v.start() >= from && v.end() <= to
        && (v.type() == ValueType.MONEY || v.type() == ValueType.PERCENT || v.type() == ValueType.QUANTITY
            || v.text().chars().anyMatch(Character::isDigit)));
    boolean record = false;
    boolean change = false;
    boolean past = false;
    boolean hedge = false;
    boolean future = false;
    boolean personal = false;
    for (int i = clause[0]; i < clause[1]; i++) {
      record |= lexicon.contains("superlative", w[i]);
      change |= lexicon.contains("change", w[i]);
      past |= lexicon.contains("event-auxiliary", w[i]);
      // "for å kunne hevde": a modal in an infinitive of purpose does not hedge the statement
      hedge |= lexicon.match("hedge", w, i) > 0 && !(i > 0 && lexicon.contains("infinitive-marker", w[i - 1]));
      future |= lexicon.match("future", w, i) > 0;
      personal |= lexicon.contains("first-person", w[i]);
    }
    if (!exact && introducesWhatFollows(s, w, clause) || !anyVerb(s, w, clause)) {
      return 0; // "Fagernes i Valdres, 23. august i år", "… står det om kostnaden:": nothing asserted here
    }
    List<EntityMention> names = p.entities().stream().filter(m -> m.start() >= from && m.end() <= to).toList();
    boolean deed = namedSubject(s, names, clause) && (perfectOrPassive(w, clause) || pastNextToName(s, w, names, clause));
    boolean plain = plainStatement(w, s, clause, !names.isEmpty());
    if (values == 0 && !record && !deed) {
      // a named actor's completed deed ("Olsen har gjennomgått en transplantasjon") is checkable too,
      // and so is any plain statement of the text's own about someone or somewhere named
      // ("Samene er et urfolk i Norge") or of something done to a thing ("Bua ble revet i fjor"),
      // just at the threshold
      return plain && !expletive(w, clause) && (!names.isEmpty() || passiveEvent(s, w, clause)) ? THRESHOLD : 0;
    }
    past |= deed;
    double score = values > 0 ? 0.35 : 0.25;
    if (!names.isEmpty()) {
      score += 0.3;
      if (names.get(0).start() == from) {
        score += 0.15;
      }
    }
    if (past || change) {
      score += 0.2;
    }
    if (values > 1) {
      score += 0.1;
    }
    if (subordinate(w, clause)) {
      score -= 0.3; // "Som kjent …" comments on the statement; it does not subordinate it
    }
    if (hedge) {
      score -= 0.2;
    }
    if (future) {
      score -= 0.15;
    }
    if (personal) {
      score -= 0.2;
    }
    if (judgement(w, clause)) {
      score -= 0.2; // "Kyoto-avtalen er et gjennombrudd", "var dessverre …": a view, not a fact
    }
    if (plain && exact) {
      // an amount or a date the text states plainly is no less checkable than a plain statement
      // about something named, with or without a name ("Turen kostet 181.000 kroner"); a record
      // alone is not: "det eneste alternativet", "det mest trendy stedet" grade more than they count
      score = Math.max(score, THRESHOLD);
    }
    return Math.max(0, Math.min(1, score));
  }

  /**
   * Whether the clause opens as a subordinate one ("Da …", "Hvis …"); not "Som kjent …", which
   * comments on the statement, nor "Om morgenen …", "Om vinteren …", a time, not an "if".
   */
  private boolean subordinate(String[] w, int[] clause) {
    int c = clause[0];
    return lexicon.match("subordinator", w, c) > 0 && lexicon.match("sentence-adverbial", w, c) == 0
        && !(w[c].equals("om") && c + 1 < clause[1] && lexicon.contains("time-of-day", w[c + 1]));
  }

  /**
   * "De øvrige 16 landene", "De fleste skolene": "de" before a number or an adjective in -e opens a
   * noun phrase that says whom the statement is about; "De arbeidet …", "De ble …" do not.
   */
  private boolean determiner(String[] w, int c, int to) {
    if (c + 2 >= to || !lexicon.contains("pronoun-or-determiner", w[c])) {
      return false;
    }
    String next = w[c + 1];
    return Character.isDigit(next.charAt(0)) || lexicon.contains("time-span", next)
        || next.length() >= 3 && next.endsWith("e") && !lexicon.contains("finite-common", next) && !lexicon.contains("finite-verb", next)
            && !lexicon.contains("verb-stop", next) && !isSimplePast(next);
  }

  /**
   * "Det er leiligheter på Båly", "Derfra gikk det raskt", "Det reiser spørsmål": a clause whose
   * subject is the empty "det" presents a scene or a mood; with neither a number nor a deed it
   * gives a checker nothing to pin down. "Det nye sykehuset" is a noun phrase, not that "det".
   */
  private boolean expletive(String[] w, int[] clause) {
    int c = clause[0];
    if (lexicon.contains("expletive", w[c]) && c + 1 < clause[1] && !(w[c + 1].length() >= 3 && w[c + 1].endsWith("e")
        && !lexicon.contains("finite-common", w[c + 1]) && !lexicon.contains("verb-stop", w[c + 1]))) {
      return true;
    }
    for (int i = c + 1; i < Math.min(clause[1] - 1, c + 5); i++) {
      if (lexicon.contains("expletive", w[i + 1]) && (lexicon.contains("finite-common", w[i]) || lexicon.contains("verb-stop", w[i])
          || lexicon.contains("finite-verb", w[i]) || strongPast(w[i]))) {
        return true;
      }
    }
    return false;
  }

  private boolean judgement(String[] w, int[] clause) {
    for (int i = clause[0]; i < clause[1]; i++) {
      if (lexicon.contains("evaluative", w[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * A clause that ends its sentence in a colon announces the words or list after it; not when a
   * name stands before the colon, a speaker label after a title ("Fører omkom i rallyet Hansen:").
   */
  private static boolean introducesWhatFollows(Sentence s, String[] w, int[] clause) {
    int last = w.length - 1;
    return last > 0 && w[last].equals(":") && clause[1] >= last && clause[1] <= w.length
        && !Character.isUpperCase(s.tokens().get(last - 1).text().charAt(0));
  }

  /**
   * Whether anything in the clause could be a finite verb: a known one, or a lower-case word with a
   * present or past ending. Loose on purpose: it only keeps verbless datelines and captions out.
   */
  private boolean anyVerb(Sentence s, String[] w, int[] clause) {
    for (int i = clause[0]; i < clause[1]; i++) {
      String t = w[i];
      if (lexicon.contains("finite-common", t) || strongPast(t) || lexicon.contains("finite-verb", t)
          || lexicon.contains("verb-stop", t) || lexicon.contains("change", t)
          || Character.isLowerCase(s.tokens().get(i).text().charAt(0)) && t.length() > 3
              && (presentTense(t) || isSimplePast(t))) {
        return true;
      }
    }
    return false;
  }

  /** A strong past or one with a prefix: "kom", "omkom", "vedtok", "tillot". */
  private boolean strongPast(String t) {
    if (lexicon.contains("past", t)) {
      return true;
    }
    for (int cut = 2; cut + 2 <= t.length() && cut <= 4; cut++) {
      if (lexicon.contains("past", t.substring(cut)) && t.length() - cut >= 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * Present tense ends in -r: "forteller", and the short verbs and their compounds ("deltar",
   * "forstår", "angår", "gjennomgår"); not every -ar or -år, which ends nouns too ("ansvar", "tiår").
   */
  private boolean presentTense(String t) {
    return lexicon.endsWithAny("present-suffix", t);
  }

  /**
   * "Skolen ble stengt i to uker", "Alle dokumentene har blitt slettet": something done to a thing
   * the clause names by a noun, not by "det" or a pronoun, in the passive of a completed event.
   */
  private boolean passiveEvent(Sentence s, String[] w, int[] clause) {
    String first = w[clause[0]];
    if (lexicon.contains("impersonal-subject", first) || lexicon.contains("pronoun-person", first) || lexicon.contains("pronoun-group", first)
        || lexicon.contains("first-person", first) || lexicon.contains("second-person", first)) {
      return false;
    }
    for (int i = clause[0] + 1; i < clause[1] - 1; i++) {
      if (lexicon.contains("passive-auxiliary", w[i])) {
        // an adverbial may stand between: "ble i høst skjerpet", "ble raskt slukket"
        for (int j = i + 1; j < Math.min(clause[1], i + 4); j++) {
          if (Character.isLowerCase(s.tokens().get(j).text().charAt(0)) && participle(w[j])) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  private boolean participle(String t) {
    // weak participles end in -et, -dd or a consonant and -t: "stengt", "kjøpt", "sendt", "hørt"
    return lexicon.contains("participle", t) || t.length() >= 5 && lexicon.endsWithAny("participle-suffix", t)
        && !lexicon.endsWithAny("not-past-suffix", t) && !lexicon.contains("evaluative", t);
  }

  /**
   * A declarative main clause the text asserts on its own: a finite verb (a copula, an auxiliary, a
   * past form, or a verb in the second place, V2), no "I", "we" or "you", no modal, future or hedge,
   * no subordinating opening, nothing quoted that opens or closes outside it, no exclamation, and no
   * judgement put first ("Det er uakseptabelt at …").
   */
  private boolean plainStatement(String[] w, Sentence s, int[] clause, boolean named) {
    if (clause[1] - clause[0] < 5 || w[w.length - 1].equals("!")) {
      return false;
    }
    if (subordinate(w, clause)) {
      return false;
    }
    int c = clause[0];
    if ((lexicon.contains("pronoun-person", w[c]) || lexicon.contains("pronoun-group", w[c])) && !named
        && !determiner(w, c, clause[1])) {
      // "Han besøkte dem": whom it is about is for the reader to find, not the checker; but "Han
      // leverte klær til NRK" names what a checker would ask about
      return false;
    }
    // "Det er uakseptabelt at …", "Det er slik man …": a judgement put first, not a checkable fact
    if (c + 3 < clause[1] && lexicon.contains("expletive", w[c]) && lexicon.contains("copula", w[c + 1])
        && lexicon.contains("evaluation-follows", w[c + 3])) {
      return false;
    }
    int quotes = 0;
    boolean finite = false;
    for (int i = clause[0]; i < clause[1]; i++) {
      if (w[i].equals("«")) {
        quotes++;
      } else if (w[i].equals("»")) {
        quotes--;
      }
      // "sto fram i Daily Mirror: «…»" introduces someone's words; a straight quote may open or close them
      if (quotes < 0 || w[i].equals(":") && i + 1 < w.length && (w[i + 1].equals("«") || w[i + 1].equals("–"))
          || w[i].equals("\"")) {
        return false;
      }
      if (lexicon.contains("first-person", w[i]) || lexicon.contains("second-person", w[i])
          || lexicon.contains("modal", w[i]) || lexicon.match("future", w, i) > 0 || lexicon.match("hedge", w, i) > 0
          // "ville blitt berørt", "skulle vært stengt": what would have happened, not what did
          || lexicon.contains("conditional", w[i])
          // what is not so, a liking or a judgement ("vakkert", "liker å"), talk without its claim ("LO krever")
          || lexicon.contains("negation", w[i]) || lexicon.contains("evaluative", w[i])
          || lexicon.match("cue", w, i) > 0 || lexicon.match("belief-cue", w, i) > 0) {
        return false;
      }
      boolean lower = Character.isLowerCase(s.tokens().get(i).text().charAt(0));
      boolean v2 = i > clause[0] && i <= clause[0] + 3 && lower && !lexicon.contains("infinitive-marker", w[i - 1]);
      if (lexicon.contains("finite-common", w[i]) || lower && lexicon.contains("past", w[i])
          || v2 && (presentTense(w[i]) && w[i].length() > 3 || isSimplePast(w[i]))) {
        finite = true;
      }
    }
    return finite && quotes == 0;
  }

  /** "har gjennomgått", "ble pågrepet": an event completed, not a state ("var glad") or a plan. */
  private boolean perfectOrPassive(String[] w, int[] clause) {
    for (int i = clause[0]; i < clause[1]; i++) {
      if (lexicon.contains("perfect-or-passive", w[i])) {
        return true;
      }
    }
    return false;
  }

  /** "16 eurolandene", "4200 husholdninger": digits before a lower-case word count something. */
  private boolean countBeforeNoun(Sentence s, String[] w, int[] clause) {
    for (int i = clause[0]; i + 1 < clause[1]; i++) {
      if (w[i].chars().allMatch(Character::isDigit) && Character.isLowerCase(s.tokens().get(i + 1).text().charAt(0))
          && Character.isLetter(w[i + 1].charAt(0)) && !lexicon.contains("verb-stop", w[i + 1])
          && !lexicon.contains("addressee", w[i + 1]) && !lexicon.contains("source-stop", w[i + 1])
          && !(i > 0 && w[i - 1].equals("§"))) { // "§ 2 annet ledd" numbers a rule
        return true;
      }
    }
    return false;
  }

  /** "16 eurolandene", "4200 husholdninger": a count written in digits is an amount one can check. */
  private static boolean countInDigits(io.newsflow.nlp.model.ValueMention v) {
    return (v.type() == ValueType.NUMBER || v.type() == ValueType.ORDINAL) && v.text().chars().anyMatch(Character::isDigit);
  }

  /**
   * "Obama la rakettskjoldet på is", "Dermed fikk Obama stemmen": a verb in the simple past right
   * after or right before a name among the clause's first words: a deed done, not a state or a plan.
   */
  private boolean pastNextToName(Sentence s, String[] w, List<EntityMention> names, int[] clause) {
    List<Token> tokens = s.tokens();
    for (EntityMention m : names) {
      for (int i = clause[0]; i < clause[1]; i++) {
        Token t = tokens.get(i);
        // ", Kari Holm, delte": the comma that closes an apposition may stand between
        int previous = i > clause[0] && tokens.get(i - 1).text().equals(",") ? i - 2 : i - 1;
        boolean after = t.start() >= m.end() && (previous < clause[0] || tokens.get(previous).end() <= m.end());
        boolean before = t.end() <= m.start() && i + 1 < clause[1] && tokens.get(i + 1).start() >= m.start();
        // a reporting verb without its claim ("VG omtalte saken") tells of talk, not of a deed
        boolean speech = lexicon.match("cue", w, i) > 0 || lexicon.match("belief-cue", w, i) > 0;
        if ((after || before) && Character.isLowerCase(t.text().charAt(0)) && isSimplePast(w[i]) && !speech) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isSimplePast(String t) {
    // "verdighet", "frihet": nouns in -het are no verbs in -et
    return lexicon.contains("past", t) || t.length() >= 5 && lexicon.endsWithAny("past-suffix", t)
        && !lexicon.endsWithAny("not-past-suffix", t) && !lexicon.contains("not-past", t);
  }

  /** Whether a person or organisation is named among a clause's first words, its likely subject. */
  private static boolean namedSubject(Sentence s, List<EntityMention> names, int[] clause) {
    int limit = s.tokens().get(Math.min(clause[1] - 1, clause[0] + 2)).start();
    int comma = clause[0];
    while (comma < Math.min(clause[1], clause[0] + 4) && !s.tokens().get(comma).text().equals(",")) {
      comma++;
    }
    // "Styrets leder, Kari Holm, delte …": a name in apposition right after a short subject
    int apposition = comma + 1 < clause[1] && comma < clause[0] + 4 ? s.tokens().get(comma + 1).start() : -1;
    return names.stream().anyMatch(m -> (m.start() <= limit || m.start() == apposition)
        && (m.type() == io.newsflow.nlp.model.EntityType.PER || m.type() == io.newsflow.nlp.model.EntityType.ORG
            || m.type() == io.newsflow.nlp.model.EntityType.GPE_ORG)); // a state acting: "Russland innførte
  }
}
