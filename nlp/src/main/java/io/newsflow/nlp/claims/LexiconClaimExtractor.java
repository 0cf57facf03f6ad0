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
 *       at …"), inverted after an adverbial ("I mars sa X at …"), or after a quotation or dialogue
 *       line ("– …, sier X"); perfect tenses keep their auxiliary in the cue ("har hevdet");
 *       "ifølge X" in the middle of a sentence leaves the content in two parts;
 *   <li><b>reported</b>: hearsay without a source ("skal ha", "sies å"), the clause around it;
 *   <li><b>factual</b>: in body text, a clause with a date or an amount and a named actor, which a
 *       fact-checker could verify, scored by how checkable it looks;
 * </ul>
 *
 * A claim whose cue lies inside another claim's content is nested in it. A pronoun source ("Han",
 * "De") is resolved to the latest source of a claim in the body text before it, or to the latest
 * person named; a source that contains a name is resolved to that name's entity.
 */
public final class LexiconClaimExtractor implements ClaimExtractor {
  /** Clauses scoring at least this are flagged as factual, check-worthy statements. */
  static final double CHECKWORTHY = 0.6;
  private static final int MAX_SOURCE_TOKENS = 10;

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
    double score = 1;
    Draft parent;
    /** Known before any claim of the sentence is built: a parent may come after its child in text order. */
    String id;
    Claim claim;

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
    Antecedents antecedents = new Antecedents();
    for (Paragraph p : paragraphs) {
      for (Sentence s : p.sentences()) {
        if (s.tokens().isEmpty()) {
          continue;
        }
        String[] w = lower(s);
        List<Draft> drafts = new ArrayList<>();
        drafts.addAll(attributed(w, s));
        drafts.addAll(accordingTo(w));
        drafts.addAll(reported(w, drafts));
        if (drafts.isEmpty() && p.kind() == ParagraphKind.BODY) {
          drafts.addAll(factual(w, s, p));
        }
        drafts.sort(Comparator.comparingInt((Draft d) -> d.cueFrom >= 0 ? Math.min(d.cueFrom, d.contentFrom())
            : d.contentFrom()));
        nest(drafts);
        for (int k = 0; k < drafts.size(); k++) {
          drafts.get(k).id = "c" + (claims.size() + 1 + k);
        }
        for (Draft d : drafts) {
          d.claim = toClaim(d, d.id, p, s, w, antecedents);
          claims.add(d.claim);
          if (p.kind() == ParagraphKind.BODY && d.claim.source().isPresent()) {
            antecedents.claimSource(d.claim);
          }
        }
      }
      if (p.kind() == ParagraphKind.BODY) {
        p.entities().stream().filter(m -> m.type() == io.newsflow.nlp.model.EntityType.PER)
            .forEach(antecedents::person);
      }
    }
    return claims;
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
      if (cueLength == 0) {
        continue;
      }
      Draft d = new Draft();
      d.kind = ClaimKind.ATTRIBUTED;
      d.beliefCue = belief;
      d.cueFrom = c;
      d.cueTo = c + cueLength;
      if (c > 0 && lexicon.contains("auxiliary", w[c - 1]) && !isClauseStart(w, c - 1)) {
        d.cueFrom = c - 1;
      }
      int end = contentEnd(w, d.cueTo);
      if (d.cueFrom > 0 && w[d.cueFrom - 1].equals(",") && d.cueFrom > 1) {
        // "«…», sier X." / "– …, sier X.": the content comes first, the source after the cue
        int from = skipOpeners(w, clauseStart(w, d.cueFrom - 1));
        int to = d.cueFrom - 1;
        while (to > from && isCloser(w[to - 1])) {
          to--;
        }
        d.content.add(new int[] {from, to});
        d.sourceFrom = d.cueTo;
        d.sourceTo = sourceEnd(w, d.cueTo, end);
      } else if (isInverted(w, d.cueFrom)) {
        d.sourceFrom = d.cueTo;
        d.sourceTo = sourceEnd(w, d.cueTo, end);
        d.content.add(new int[] {skipComplementiser(w, d.sourceTo), end});
      } else {
        d.sourceFrom = clauseStart(w, d.cueFrom);
        d.sourceTo = d.cueFrom;
        d.content.add(new int[] {skipComplementiser(w, d.cueTo), end});
      }
      int[] content = d.content.get(0);
      boolean reflexive = content[0] < w.length && (w[content[0]].equals("seg") || w[content[0]].equals("itself"));
      boolean sourced = d.sourceTo > d.sourceFrom && d.sourceTo - d.sourceFrom <= MAX_SOURCE_TOKENS;
      if (content[1] - content[0] >= 2 && sourced && !reflexive) {
        out.add(d);
      }
    }
    return out;
  }

  /** "I mars sa X …", "Tirsdag sa X …": an adverbial, not a subject, before the verb. */
  private static boolean isInverted(String[] w, int cue) {
    if (cue == 0) {
      return false;
    }
    int start = clauseStart(w, cue);
    if (start >= cue) {
      return false;
    }
    boolean number = !w[start].isEmpty() && Character.isDigit(w[start].charAt(0));
    return PREPOSITIONS.contains(w[start]) || number || TIME_ADVERBS.contains(w[start]);
  }

  private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of(
      "i", "på", "etter", "før", "under", "ved", "til", "fra", "in", "on", "after", "before", "during", "at");
  private static final java.util.Set<String> TIME_ADVERBS = java.util.Set.of(
      "nå", "da", "senere", "tidligere", "samtidig", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag",
      "søndag", "i", "now", "later", "earlier", "yesterday", "today", "then");

  /** Where the clause holding token {@code at} starts: after "at", a comma, a colon or a dash. */
  private static int clauseStart(String[] w, int at) {
    for (int i = at - 1; i >= 0; i--) {
      if (w[i].equals(",") || w[i].equals(":") || w[i].equals("at") || w[i].equals("that") || w[i].equals(";")
          || w[i].equals("«") || w[i].equals("\"") || w[i].equals("–") || w[i].equals("—")) {
        return i + 1;
      }
    }
    return 0;
  }

  private boolean isClauseStart(String[] w, int i) {
    return i == 0 || clauseStart(w, i) == i;
  }

  /** The end of what is claimed: the sentence's end, or where the text itself starts to dispute it. */
  private int contentEnd(String[] w, int from) {
    int end = w.length;
    while (end > from && isTerminal(w[end - 1])) {
      end--;
    }
    for (int i = from; i < end; i++) {
      if (w[i].equals(",") && lexicon.match("dispute", w, i + 1) > 0) {
        return i;
      }
    }
    return end;
  }

  /** A source after its verb ends at "at"/"om"/"that", punctuation, or the content's end. */
  private static int sourceEnd(String[] w, int from, int end) {
    int i = from;
    while (i < end && i - from < MAX_SOURCE_TOKENS && !w[i].equals("at") && !w[i].equals("om")
        && !w[i].equals("that") && !w[i].equals(",") && !w[i].equals(":") && !isTerminal(w[i])) {
      i++;
    }
    return i;
  }

  /** Skips adverbs ("også", "nå") and the complementiser "at"/"om"/"that" that open a reported clause. */
  private static int skipComplementiser(String[] w, int i) {
    int j = i;
    while (j < w.length && (w[j].equals("også") || w[j].equals("videre") || w[j].equals("derimot")
        || w[j].equals("also") || w[j].equals(","))) {
      j++;
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
    while (i < w.length && (w[i].equals("«") || w[i].equals("\"") || w[i].equals("“") || w[i].equals("–")
        || w[i].equals("—") || w[i].equals("-"))) {
      i++;
    }
    return i;
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
        if (PREPOSITIONS.contains(w[i])) {
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

  /** The clause around token {@code at}: between clause breaks (", og", ", men", …) or sentence ends. */
  private int[] clause(String[] w, int at) {
    int from = 0;
    int to = contentEnd(w, 0);
    for (int i = 0; i < to; i++) {
      if (lexicon.match("clause-break", w, i) > 0) {
        if (i < at) {
          from = i + lexicon.match("clause-break", w, i);
        } else if (i > at) {
          to = i;
          break;
        }
      }
    }
    return new int[] {skipOpeners(w, from), to};
  }

  // ---- factual, check-worthy statements ----

  private List<Draft> factual(String[] w, Sentence s, Paragraph p) {
    List<Draft> out = new ArrayList<>();
    if (w[w.length - 1].equals("?")) {
      return out;
    }
    int i = 0;
    int end = contentEnd(w, 0);
    while (i < end) {
      int[] clause = clause(w, i);
      double score = checkworthiness(w, s, p, clause);
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

  /**
   * What makes a statement checkable: a date or an amount (required: without one there is nothing
   * to look up), a named actor, an event verb in the past, the actor as subject; what makes it less
   * so: a subordinate opening ("Da …", "Siden …": background, not news) or a hedge.
   */
  private double checkworthiness(String[] w, Sentence s, Paragraph p, int[] clause) {
    if (clause[0] >= clause[1]) {
      return 0; // nothing left after the openers, e.g. a stray quotation mark split off as a sentence
    }
    int from = s.tokens().get(clause[0]).start();
    int to = s.tokens().get(Math.max(clause[0], clause[1] - 1)).end();
    boolean value = p.values().stream().anyMatch(v -> v.start() >= from && v.end() <= to
        && (v.type() == ValueType.DATE || v.type() == ValueType.MONEY || v.type() == ValueType.PERCENT
            || v.type() == ValueType.QUANTITY));
    if (!value) {
      return 0;
    }
    double score = 0.35;
    List<EntityMention> names = p.entities().stream().filter(m -> m.start() >= from && m.end() <= to).toList();
    if (!names.isEmpty()) {
      score += 0.3;
      if (names.get(0).start() == from) {
        score += 0.15;
      }
    }
    for (int i = clause[0]; i < clause[1]; i++) {
      if (EVENT_AUXILIARIES.contains(w[i])) {
        score += 0.2;
        break;
      }
    }
    if (SUBORDINATORS.contains(w[clause[0]])) {
      score -= 0.3;
    }
    for (int i = clause[0]; i < clause[1]; i++) {
      if (lexicon.match("hedge", w, i) > 0) {
        score -= 0.2;
        break;
      }
    }
    return Math.max(0, Math.min(1, score));
  }

  private static final java.util.Set<String> EVENT_AUXILIARIES = java.util.Set.of(
      "ble", "har", "hadde", "vart", "was", "were", "has", "had");
  private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of(
      "da", "siden", "når", "mens", "fordi", "som", "om", "hvis", "dersom", "when", "since", "while", "because",
      "if", "as");

  // ---- nesting, spans, resolution ----

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

  private Claim toClaim(Draft d, String id, Paragraph p, Sentence s, String[] w, Antecedents antecedents) {
    List<Token> t = s.tokens();
    String text = p.text();
    List<TextSpan> parts = d.content.stream().map(r -> span(text, t, r[0], r[1])).toList();
    TextSpan content = TextSpan.of(text, parts.get(0).start(), parts.get(parts.size() - 1).end());
    Optional<TextSpan> cue = d.cueFrom < 0 ? Optional.empty() : Optional.of(span(text, t, d.cueFrom, d.cueTo));
    Optional<TextSpan> source = d.sourceFrom < 0 ? Optional.empty() : Optional.of(span(text, t, d.sourceFrom, d.sourceTo));
    List<TextSpan> hedges = new ArrayList<>();
    for (int[] r : d.content) {
      for (int i = r[0]; i < r[1]; i++) {
        int h = lexicon.match("hedge", w, i);
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
    Optional<ResolvedSource> resolved = source.flatMap(src -> resolve(src, p, w, d, antecedents));
    return new Claim(id, p.index(), d.kind, source, resolved, cue, content, parts,
        !hedges.isEmpty() && d.kind != ClaimKind.FACTUAL || d.kind == ClaimKind.REPORTED, hedges, disputed,
        Optional.ofNullable(d.parent).map(parent -> parent.id), d.kind == ClaimKind.FACTUAL ? d.score : 0);
  }

  private Optional<ResolvedSource> resolve(TextSpan source, Paragraph p, String[] w, Draft d, Antecedents antecedents) {
    String lower = source.text().toLowerCase(Locale.ROOT);
    boolean person = lexicon.contains("pronoun-person", lower);
    boolean group = lexicon.contains("pronoun-group", lower);
    if (person || group) {
      return antecedents.resolve(person);
    }
    return p.entities().stream()
        .filter(m -> m.start() >= source.start() && m.end() <= source.end())
        .reduce((a, b) -> b)
        .map(m -> new ResolvedSource(m.canonicalName(), Optional.of(m.canonicalId()), Optional.of(m.type())));
  }

  private static TextSpan span(String text, List<Token> tokens, int from, int to) {
    int start = tokens.get(from).start();
    int end = tokens.get(Math.max(from, to - 1)).end();
    return TextSpan.of(text, start, end);
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

  /** What a pronoun can refer to: the latest claim source in body text, or the latest person named. */
  private static final class Antecedents {
    private Optional<ResolvedSource> lastSource = Optional.empty();
    private Optional<ResolvedSource> lastPerson = Optional.empty();

    void claimSource(Claim claim) {
      claim.resolvedSource().ifPresentOrElse(r -> lastSource = Optional.of(r),
          () -> claim.source().ifPresent(s -> lastSource = Optional.of(
              new ResolvedSource(s.text(), Optional.empty(), Optional.empty()))));
    }

    void person(EntityMention m) {
      lastPerson = Optional.of(new ResolvedSource(m.canonicalName(), Optional.of(m.canonicalId()), Optional.of(m.type())));
    }

    Optional<ResolvedSource> resolve(boolean person) {
      if (lastSource.isPresent()) {
        return lastSource;
      }
      return person ? lastPerson : Optional.empty();
    }
  }
}
