package io.newsflow.nlp.claims;

import io.newsflow.nlp.model.Claim;
import io.newsflow.nlp.model.ClaimKind;
import io.newsflow.nlp.model.EntityMention;
import io.newsflow.nlp.model.Paragraph;
import io.newsflow.nlp.model.ParagraphKind;
import io.newsflow.nlp.model.ResolvedSource;
import io.newsflow.nlp.model.Sentence;
import io.newsflow.nlp.model.TextSpan;
import io.newsflow.nlp.model.Token;
import io.newsflow.nlp.model.ValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Claims found with a language's {@link ClaimLexicon}, sentence by sentence:
 *
 * <ul>
 *   <li><b>attributed</b>: a reporting verb with its source and content: subject first ("BBC skriver
 *       at …", "da hun kommenterte at …"), inverted after an adverbial ("I mars sa X at …"), or after
 *       a quotation or dialogue line ("– …, sier X"), which may run over several sentences of its
 *       paragraph; perfect tenses keep their auxiliary in the cue ("har hevdet"); "ifølge X" in the
 *       middle of a sentence leaves the content in two parts;
 *   <li><b>reported</b>: hearsay without a source ("skal ha gitt", "sies å", "angivelig"), the
 *       clause around it;
 *   <li><b>factual</b>: in body text, a clause no claim covers that states a date, an amount or a
 *       record about a named actor, which a fact-checker could verify, scored by how checkable it
 *       looks.
 * </ul>
 *
 * A claim whose cue lies inside another claim's content is nested in it; a first-person belief
 * inside a quotation ("– Jeg tror …, sier X") hedges the quotation instead of being a claim of its
 * own. Sources are resolved by {@link SourceResolver}.
 */
public final class LexiconClaimExtractor implements ClaimExtractor {
  /** Clauses scoring at least this are flagged as factual, check-worthy statements. */
  static final double CHECKWORTHY = 0.6;
  private static final int MAX_SOURCE_TOKENS = 10;
  private static final int MAX_MODAL_GAP = 6;

  private final ClaimLexicon lexicon;

  public LexiconClaimExtractor(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A claim before ids, nesting and resolution: token ranges of one sentence. */
  private static final class Draft {
    ClaimKind kind;
    int sourceFrom = -1;
    int sourceTo = -1;
    int cueFrom;
    int cueTo;
    final List<int[]> content = new ArrayList<>();
    boolean beliefCue;
    boolean postposed;
    /** Where a quotation that began in an earlier sentence of the paragraph starts (UTF-16), or -1. */
    int quoteStart = -1;
    double score = 1;
    Draft parent;
    String id;

    int contentFrom() {
      return content.get(0)[0];
    }

    int contentTo() {
      return content.get(content.size() - 1)[1];
    }
  }

  @Override
  public List<Claim> extract(List<Paragraph> paragraphs) {
    List<Claim> claims = new ArrayList<>();
    SourceResolver resolver = new SourceResolver(lexicon);
    for (Paragraph p : paragraphs) {
      boolean body = p.kind() == ParagraphKind.BODY;
      int quoteStart = quotationStart(p);
      // A dash opens a quotation that runs to its attribution; a «…» quotation ends at its closing mark.
      boolean guillemetQuote = quoteStart >= 0 && !isDash(p.text().strip().substring(0, 1));
      for (Sentence s : p.sentences()) {
        if (body) {
          resolver.seeMentionsBefore(p, s.start());
        }
        if (s.tokens().isEmpty()) {
          continue;
        }
        String[] w = lower(s);
        List<Draft> drafts = new ArrayList<>();
        drafts.addAll(attributed(w, s));
        drafts.addAll(accordingTo(w));
        drafts.addAll(reported(w, drafts));
        for (Draft d : drafts) {
          // "– A. B. C, sier X.": the quotation began sentences ago and ends at this attribution.
          if (d.postposed && quoteStart >= 0 && quoteStart < s.start() && d.contentFrom() == skipOpeners(w, 0)) {
            d.quoteStart = quoteStart;
          }
        }
        if (drafts.stream().anyMatch(d -> d.postposed) || guillemetQuote && closesQuotation(w)) {
          quoteStart = -1;
        }
        nest(drafts);
        drafts.removeIf(d -> d.parent != null && d.beliefCue && d.sourceTo - d.sourceFrom == 1
            && lexicon.contains("first-person", w[d.sourceFrom]));
        if (body) {
          drafts.addAll(factual(w, s, p, drafts));
        }
        drafts.sort(Comparator.comparingInt((Draft d) -> d.cueFrom >= 0 ? Math.min(d.cueFrom, d.contentFrom())
            : d.contentFrom()));
        // Ids first: a parent may come after its nested claim in reading order.
        int next = claims.size();
        for (Draft d : drafts) {
          d.id = "c" + (++next);
        }
        for (Draft d : drafts) {
          Claim claim = toClaim(d, p, s, w, resolver);
          claims.add(claim);
          if (body && claim.source().isPresent()) {
            resolver.seeSource(claim);
          }
        }
        if (body) {
          seePluralNouns(s, resolver, p);
        }
      }
      if (body) {
        resolver.seeMentionsBefore(p, Integer.MAX_VALUE);
      }
    }
    return claims;
  }

  /** Plural definite nouns ("legene") that a later "de" may point back to. */
  private void seePluralNouns(Sentence s, SourceResolver resolver, Paragraph p) {
    for (Token token : s.tokens()) {
      String text = token.text();
      if (text.length() >= 6 && Character.isLowerCase(text.charAt(0)) && text.endsWith("ene")
          && !lexicon.contains("not-plural", text)) {
        resolver.seePluralNoun(p, token.start(), text);
      }
    }
  }

  /** Where a paragraph that opens with a dash or a quotation mark starts its quotation, or -1. */
  private static int quotationStart(Paragraph p) {
    if (p.sentences().isEmpty() || p.sentences().get(0).tokens().isEmpty()) {
      return -1;
    }
    List<Token> tokens = p.sentences().get(0).tokens();
    int i = 0;
    while (i < tokens.size() && isOpener(tokens.get(i).text())) {
      i++;
    }
    return i > 0 && i < tokens.size() ? tokens.get(i).start() : -1;
  }

  private static boolean closesQuotation(String[] w) {
    for (String t : w) {
      if (t.equals("»") || t.equals("”")) {
        return true;
      }
    }
    return false;
  }

  // ---- attributed claims around a reporting verb ----

  private List<Draft> attributed(String[] w, Sentence s) {
    List<Draft> out = new ArrayList<>();
    for (int c = 0; c < w.length; c++) {
      int cueLength = lexicon.match("cue", w, c);
      boolean belief = false;
      if (cueLength == 0) {
        cueLength = lexicon.match("belief-cue", w, c);
        belief = cueLength > 0;
      }
      if (cueLength == 0 || reportsNothing(w, c, cueLength)) {
        continue;
      }
      Draft d = new Draft();
      d.kind = ClaimKind.ATTRIBUTED;
      d.beliefCue = belief;
      d.cueFrom = c;
      d.cueTo = c + cueLength;
      if (c > 0 && lexicon.contains("auxiliary", w[c - 1]) && clauseStart(w, c - 1) != c - 1) {
        d.cueFrom = c - 1;
      }
      int end = contentEnd(w, d.cueTo);
      boolean complement;
      int comma = d.cueFrom > 1 && isCloser(w[d.cueFrom - 1]) && w[d.cueFrom - 2].equals(",") ? d.cueFrom - 2
          : d.cueFrom - 1;
      boolean complementFollows = skipComplementiser(w, d.cueTo) > d.cueTo;
      if (comma > 0 && w[comma].equals(",") && complementFollows && !isCloser(w[d.cueFrom - 1])) {
        // "Journalist X, som følger miljøet tett, sier at …": the subject stands before the inserted clause
        d.sourceFrom = skipOpeners(w, clauseStartBefore(w, comma));
        d.sourceTo = firstComma(w, d.sourceFrom, comma);
        d.content.add(new int[] {skipComplementiser(w, d.cueTo), end});
        complement = true;
      } else if (comma > 0 && w[comma].equals(",") || comma > 0 && isCloser(w[d.cueFrom - 1]) && !isOpener(w[comma])) {
        // "«…», sier X." / "– …, sier X." / "«…,» sier X.": the content first, the source after the cue
        int from = skipOpeners(w, quotedStart(w, comma));
        int to = comma;
        while (to > from && isCloser(w[to - 1])) {
          to--;
        }
        d.content.add(new int[] {from, to});
        d.sourceFrom = d.cueTo;
        d.sourceTo = sourceEnd(w, d.cueTo, end);
        d.postposed = true;
        complement = true;
      } else if (isInverted(w, d.cueFrom)) {
        d.sourceFrom = d.cueTo;
        d.sourceTo = sourceEnd(w, d.cueTo, end);
        int contentFrom = skipComplementiser(w, d.sourceTo);
        complement = contentFrom > d.sourceTo;
        d.content.add(new int[] {contentFrom, end});
      } else {
        d.sourceFrom = subjectStart(w, d.cueFrom);
        d.sourceTo = d.cueFrom;
        int contentFrom = skipComplementiser(w, d.cueTo);
        complement = contentFrom > d.cueTo;
        if (d.sourceFrom > 0 && lexicon.match("subordinator", w, d.sourceFrom - 1) > 0
            && clauseStart(w, d.sourceFrom - 1) == d.sourceFrom - 1) {
          // "Da Borat sa at …, tenkte Perisat …": the subordinate clause ends at its comma
          end = subordinateEnd(w, contentFrom, end);
        }
        d.content.add(new int[] {contentFrom, end});
      }
      int[] content = d.content.get(0);
      boolean reflexive = content[0] < w.length && (w[content[0]].equals("seg") || w[content[0]].equals("itself"));
      boolean sourced = d.sourceTo > d.sourceFrom && d.sourceTo - d.sourceFrom <= MAX_SOURCE_TOKENS
          && !(d.sourceTo - d.sourceFrom == 1 && lexicon.contains("not-source", w[d.sourceFrom]));
      boolean clause = complement || belief || lexicon.match("bare-clause", w, c) > 0;
      if (content[1] - content[0] >= 2 && sourced && !reflexive && clause) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * A cue that reports nothing: "å si", "vil ikke si hva", "ble sagt", "sa opp", "sier seg enig".
   */
  private boolean reportsNothing(String[] w, int c, int length) {
    if (c + length < w.length && lexicon.contains("not-after-cue", w[c + length])) {
      return true;
    }
    if (c > 0 && lexicon.match("passive", w, c - 1) > 0 && !lexicon.contains("infinitive", w[c])) {
      return true;
    }
    if (lexicon.match("infinitive", w, c) > 0) {
      for (int i = Math.max(0, c - 3); i < c; i++) {
        if (w[i].equals("å") || w[i].equals("to") || lexicon.contains("negation", w[i])) {
          return true;
        }
      }
    }
    return c + length < w.length && lexicon.contains("negation", w[c + length]) && lexicon.match("infinitive", w, c) > 0;
  }

  /** "I mars sa X …", "Fortsatt sier X …": an adverbial, not a subject, before the verb. */
  private boolean isInverted(String[] w, int cue) {
    if (cue == 0) {
      return false;
    }
    int start = clauseStart(w, cue);
    if (start >= cue || lexicon.match("subordinator", w, start) > 0 && cue - start > 1) {
      return false;
    }
    return lexicon.match("inversion", w, start) > 0 || Character.isDigit(w[start].charAt(0));
  }

  /** The start of the clause an inserted ", som …," clause hangs on: the sentence's or the last "at"'s. */
  private static int clauseStartBefore(String[] w, int comma) {
    for (int i = comma - 1; i >= 0; i--) {
      if (w[i].equals("at") || w[i].equals("that") || w[i].equals(":") || w[i].equals(";")) {
        return i + 1;
      }
    }
    return 0;
  }

  private static int firstComma(String[] w, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (w[i].equals(",")) {
        return i;
      }
    }
    return limit;
  }

  private static int subordinateEnd(String[] w, int from, int end) {
    for (int i = from; i < end; i++) {
      if (w[i].equals(",")) {
        return i;
      }
    }
    return end;
  }

  /**
   * The subject before a cue: its clause, from after the last subordinator in it ("… fordi
   * flertallet i gruppa mente at …") and without a conjunction before it ("mens 40 prosent sa …").
   */
  private int subjectStart(String[] w, int cue) {
    int start = clauseStart(w, cue);
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
    return start;
  }

  /** Where the clause holding token {@code at} starts: after "at", a comma, a colon or a dash. */
  private static int clauseStart(String[] w, int at) {
    for (int i = at - 1; i >= 0; i--) {
      if (w[i].equals(",") || w[i].equals(":") || w[i].equals("at") || w[i].equals("that") || w[i].equals(";")
          || isOpener(w[i])) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * Where a quotation ending at {@code comma} starts: its opening mark, or the sentence start. A
   * title quoted inside it ("lese «Mein Kampf» nå") is skipped by counting closing marks.
   */
  private static int quotedStart(String[] w, int comma) {
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

  /** The end of what is claimed: the sentence's end, or where the text itself starts to dispute it. */
  private int contentEnd(String[] w, int from) {
    int end = w.length;
    while (end > from && isTerminal(w[end - 1])) {
      end--;
    }
    for (int i = from; i < end; i++) {
      if (w[i].equals(",") && (lexicon.match("dispute", w, i + 1) > 0 || lexicon.match("content-break", w, i) > 0)) {
        return i;
      }
    }
    return end;
  }

  /**
   * A source after its verb ends at "at", punctuation, a preposition that begins an adverbial ("til
   * VG"), or, after a pronoun or a name, any preposition ("sa hun etter forestillingen").
   */
  private int sourceEnd(String[] w, int from, int end) {
    int i = from;
    while (i < end && i - from < MAX_SOURCE_TOKENS && !lexicon.contains("complementiser", w[i]) && !w[i].equals("that")
        && !w[i].equals(",") && !w[i].equals(":") && !w[i].equals("(") && !isTerminal(w[i])) {
      if (i > from && (lexicon.contains("source-stop", w[i]) || lexicon.contains("verb-stop", w[i])
          || lexicon.contains("source-stop-after-name", w[i]) && i == from + 1
              && (lexicon.contains("pronoun-person", w[from]) || lexicon.contains("pronoun-group", w[from])))) {
        break;
      }
      i++;
    }
    return i;
  }

  /** Skips adverbs ("også", "med rette") and the complementiser that open a reported clause. */
  private int skipComplementiser(String[] w, int i) {
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
    if (j < w.length && (w[j].equals("at") || w[j].equals("that"))) {
      return j + 1;
    }
    if (j < w.length && w[j].equals(":")) {
      return skipOpeners(w, j + 1);
    }
    return i;
  }

  private static int skipOpeners(String[] w, int i) {
    while (i < w.length && isOpener(w[i])) {
      i++;
    }
    return i;
  }

  private static boolean isOpener(String token) {
    return token.equals("«") || token.equals("\"") || token.equals("“") || isDash(token);
  }

  private static boolean isDash(String token) {
    return token.equals("–") || token.equals("—") || token.equals("-");
  }

  // ---- "ifølge X" ----

  private List<Draft> accordingTo(String[] w) {
    List<Draft> out = new ArrayList<>();
    for (int c = 0; c < w.length; c++) {
      int length = lexicon.match("according-to", w, c);
      if (length == 0) {
        continue;
      }
      int end = contentEnd(w, 0);
      int sourceTo = sourceEnd(w, c + length, end);
      // Without commas, the source is the noun phrase right after the cue: it ends at a preposition
      // ("ifølge politiet i et kjøkken …").
      for (int i = c + length + 1; i < sourceTo; i++) {
        if (lexicon.contains("source-stop-after-name", w[i])) {
          sourceTo = i;
          break;
        }
      }
      if (sourceTo == c + length) {
        continue;
      }
      Draft d = new Draft();
      d.kind = ClaimKind.ATTRIBUTED;
      d.cueFrom = c;
      d.cueTo = c + length;
      d.sourceFrom = c + length;
      d.sourceTo = sourceTo;
      int before = c > 0 && w[c - 1].equals(",") ? c - 1 : c;
      int after = sourceTo < end && w[sourceTo].equals(",") ? sourceTo + 1 : sourceTo;
      int start = skipOpeners(w, 0);
      if (before > start) {
        d.content.add(new int[] {start, before});
      }
      if (end > after) {
        d.content.add(new int[] {after, end});
      }
      if (!d.content.isEmpty()) {
        out.add(d);
      }
    }
    return out;
  }

  // ---- hearsay without a source ----

  private List<Draft> reported(String[] w, List<Draft> attributed) {
    List<Draft> out = new ArrayList<>();
    for (int r = 0; r < w.length; r++) {
      int length = lexicon.match("reportative", w, r);
      if (length == 0) {
        length = reportativeModal(w, r);
      }
      if (length == 0) {
        continue;
      }
      int at = r;
      boolean covered = attributed.stream().anyMatch(d -> at >= d.contentFrom() && at < d.contentTo());
      if (covered) {
        continue;
      }
      Draft d = new Draft();
      d.kind = ClaimKind.REPORTED;
      d.cueFrom = r;
      d.cueTo = r + length;
      d.content.add(clause(w, r));
      out.add(d);
      r += length - 1;
    }
    return out;
  }

  /**
   * "skal ha gitt", "skal det ha foregått", "skal være drept": the modal is hearsay when "ha" and a
   * participle, or "være", follow it within a few words. Returns the cue's length: "skal ha" when
   * adjacent, else "skal" alone.
   */
  private int reportativeModal(String[] w, int r) {
    if (!lexicon.contains("reportative-modal", w[r])) {
      return 0;
    }
    for (int i = r + 1; i < Math.min(w.length, r + MAX_MODAL_GAP); i++) {
      if (w[i].equals(",") || isTerminal(w[i]) || w[i].equals("at")) {
        return 0;
      }
      boolean perfect = (w[i].equals("ha") || w[i].equals("ha'")) && i + 1 < w.length && isParticiple(w, i + 1);
      boolean copula = (w[i].equals("være") || w[i].equals("vere")) && i + 1 < w.length && !w[i + 1].equals("med");
      if (perfect || copula) {
        return i == r + 1 ? 2 : 1;
      }
    }
    return 0;
  }

  /** A past participle, possibly after an adverb: "gitt", "åpnet", "ikke blitt". */
  private boolean isParticiple(String[] w, int i) {
    int j = i;
    if (j + 1 < w.length && (lexicon.match("adverb", w, j) > 0 || lexicon.contains("negation", w[j]))) {
      j++;
    }
    String t = w[j];
    return lexicon.contains("participle", t) || t.length() > 3 && (t.endsWith("et") || t.endsWith("dd") || t.endsWith("tt")
        || t.endsWith("t") && !t.endsWith("st") || t.endsWith("a"));
  }

  /** The clause around token {@code at}: between clause breaks (", og", ", men", …) or sentence ends. */
  private int[] clause(String[] w, int at) {
    int from = 0;
    int to = contentEnd(w, 0);
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

  // ---- factual, check-worthy statements ----

  private List<Draft> factual(String[] w, Sentence s, Paragraph p, List<Draft> claims) {
    List<Draft> out = new ArrayList<>();
    if (w[w.length - 1].equals("?")) {
      return out;
    }
    int i = 0;
    int end = contentEnd(w, 0);
    while (i < end) {
      int[] clause = clause(w, i);
      boolean covered = claims.stream().anyMatch(d -> overlaps(d, clause));
      double score = covered ? 0 : checkworthiness(w, s, p, clause);
      if (score >= CHECKWORTHY && clause[1] - clause[0] >= 4) {
        Draft d = new Draft();
        d.kind = ClaimKind.FACTUAL;
        d.cueFrom = -1;
        d.score = score;
        d.content.add(clause);
        out.add(d);
      }
      i = Math.max(clause[1] + 1, i + 1);
      while (i < end && (w[i].equals(",") || lexicon.match("clause-break", w, i - 1) > 0 && w[i].length() < 5
          && i > clause[1] && i - clause[1] < 3)) {
        i++;
      }
    }
    return out;
  }

  private static boolean overlaps(Draft d, int[] clause) {
    int from = d.cueFrom >= 0 ? Math.min(d.cueFrom, d.contentFrom()) : d.contentFrom();
    int to = Math.max(d.contentTo(), d.cueTo);
    return from < clause[1] && clause[0] < to;
  }

  /**
   * What makes a statement checkable: a date, an amount or a record ("det første land"), a named
   * actor as its subject, an event in the past or a measured change; what makes it less so: a
   * subordinate opening ("Da …": background, not news), a hedge, the future, or an "I" or "we".
   */
  private double checkworthiness(String[] w, Sentence s, Paragraph p, int[] clause) {
    if (clause[0] >= clause[1] || clause[1] > s.tokens().size()) {
      return 0; // nothing left after the openers (a lone quote mark, a dash): no statement
    }
    int from = s.tokens().get(clause[0]).start();
    int to = s.tokens().get(Math.max(clause[0], clause[1] - 1)).end();
    long values = p.values().stream().filter(v -> v.start() >= from && v.end() <= to
        && (v.type() == ValueType.DATE || v.type() == ValueType.MONEY || v.type() == ValueType.PERCENT
            || v.type() == ValueType.QUANTITY)).count();
    boolean record = false;
    boolean change = false;
    boolean past = false;
    boolean hedge = false;
    boolean future = false;
    boolean personal = false;
    for (int i = clause[0]; i < clause[1]; i++) {
      record |= lexicon.contains("superlative", w[i]);
      change |= lexicon.contains("change", w[i]);
      past |= EVENT_AUXILIARIES.contains(w[i]);
      hedge |= lexicon.match("hedge", w, i) > 0;
      future |= lexicon.match("future", w, i) > 0;
      personal |= lexicon.contains("first-person", w[i]);
    }
    if (values == 0 && !record) {
      return 0;
    }
    double score = values > 0 ? 0.35 : 0.25;
    List<EntityMention> names = p.entities().stream().filter(m -> m.start() >= from && m.end() <= to).toList();
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
    if (lexicon.match("subordinator", w, clause[0]) > 0) {
      score -= 0.3;
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
    return Math.max(0, Math.min(1, score));
  }

  private static final java.util.Set<String> EVENT_AUXILIARIES = java.util.Set.of(
      "ble", "har", "hadde", "vart", "var", "was", "were", "has", "had");

  // ---- nesting, spans ----

  private static void nest(List<Draft> drafts) {
    for (Draft inner : drafts) {
      if (inner.cueFrom < 0) {
        continue;
      }
      for (Draft outer : drafts) {
        if (outer != inner && outer.kind == ClaimKind.ATTRIBUTED && inner.cueFrom >= outer.contentFrom()
            && inner.cueTo <= outer.contentTo() && (inner.parent == null
                || outer.contentTo() - outer.contentFrom() < inner.parent.contentTo() - inner.parent.contentFrom())) {
          inner.parent = outer;
        }
      }
    }
    // Claims whose cues each sit in the other's content would be each other's ancestors; in such a
    // cycle the claim whose content starts first is taken as the outer one and loses its parent.
    for (Draft d : drafts) {
      List<Draft> chain = new ArrayList<>();
      Draft a = d;
      while (a != null && !chain.contains(a)) {
        chain.add(a);
        a = a.parent;
      }
      if (a != null) {
        Draft outermost = a;
        for (Draft x = a.parent; x != a; x = x.parent) {
          if (x.contentFrom() < outermost.contentFrom()) {
            outermost = x;
          }
        }
        outermost.parent = null;
      }
    }
  }

  private Claim toClaim(Draft d, Paragraph p, Sentence s, String[] w, SourceResolver resolver) {
    List<Token> t = s.tokens();
    String text = p.text();
    List<TextSpan> parts = new ArrayList<>(d.content.stream().map(r -> span(text, t, r[0], r[1])).toList());
    if (d.quoteStart >= 0) {
      parts.set(0, TextSpan.of(text, d.quoteStart, parts.get(0).end()));
    }
    TextSpan content = TextSpan.of(text, parts.get(0).start(), parts.get(parts.size() - 1).end());
    Optional<TextSpan> cue = d.cueFrom < 0 ? Optional.empty() : Optional.of(span(text, t, d.cueFrom, d.cueTo));
    Optional<TextSpan> source = d.sourceFrom < 0 ? Optional.empty() : Optional.of(span(text, t, d.sourceFrom, d.sourceTo));
    List<TextSpan> hedges = new ArrayList<>();
    for (int[] r : d.content) {
      for (int i = r[0]; i < r[1]; i++) {
        int h = lexicon.match("hedge", w, i);
        if (h == 0 && lexicon.contains("first-person", w[i]) && i + 1 < r[1]) {
          // "– Jeg tror …": the speaker's own belief hedges the quotation
          h = lexicon.match("belief-cue", w, i + 1) > 0 ? 2 : 0;
        }
        if (h > 0) {
          hedges.add(span(text, t, i, i + h));
          i += h - 1;
        }
      }
    }
    if (d.beliefCue || d.kind == ClaimKind.REPORTED) {
      cue.ifPresent(hedges::add);
    }
    hedges.sort(Comparator.comparingInt(TextSpan::start));
    boolean disputed = false;
    for (int i = d.contentTo(); i < w.length; i++) {
      disputed |= lexicon.match("dispute", w, i) > 0;
    }
    Optional<ResolvedSource> resolved = source.flatMap(src -> resolver.resolve(src, content, p));
    return new Claim(d.id, p.index(), d.kind, source, resolved, cue, content, parts,
        !hedges.isEmpty() && d.kind != ClaimKind.FACTUAL || d.kind == ClaimKind.REPORTED, hedges, disputed,
        Optional.ofNullable(d.parent).map(parent -> parent.id), d.kind == ClaimKind.FACTUAL ? d.score : 0);
  }

  private static TextSpan span(String text, List<Token> tokens, int from, int to) {
    int start = tokens.get(Math.min(from, tokens.size() - 1)).start();
    int end = tokens.get(Math.max(Math.min(from, tokens.size() - 1), Math.min(to, tokens.size()) - 1)).end();
    return TextSpan.of(text, start, Math.max(start, end));
  }

  private static String[] lower(Sentence s) {
    String[] w = new String[s.tokens().size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = s.tokens().get(i).text().toLowerCase(Locale.ROOT);
    }
    return w;
  }

  private static boolean isTerminal(String token) {
    return token.equals(".") || token.equals("!") || token.equals("?") || token.equals("…")
        || token.equals("...");
  }

  private static boolean isCloser(String token) {
    return token.equals("»") || token.equals("\"") || token.equals("”");
  }
}
