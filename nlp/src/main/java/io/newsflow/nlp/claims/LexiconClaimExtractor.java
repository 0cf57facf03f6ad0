package io.newsflow.nlp.claims;

import static io.newsflow.nlp.claims.ContentBoundaries.clauseStart;
import static io.newsflow.nlp.claims.ContentBoundaries.subordinateEnd;
import static io.newsflow.nlp.claims.Punctuation.firstComma;
import static io.newsflow.nlp.claims.Punctuation.isCloser;
import static io.newsflow.nlp.claims.Punctuation.isDash;
import static io.newsflow.nlp.claims.Punctuation.isOpener;
import static io.newsflow.nlp.claims.Punctuation.isTerminal;
import static io.newsflow.nlp.claims.Punctuation.onlyTerminals;
import static io.newsflow.nlp.claims.Punctuation.quotedStart;
import static io.newsflow.nlp.claims.Punctuation.skipOpeners;
import static io.newsflow.nlp.claims.SourceSpans.asked;
import static io.newsflow.nlp.claims.SourceSpans.clauseStartBefore;
import static io.newsflow.nlp.claims.TextSpans.priorSpan;
import static io.newsflow.nlp.claims.TextSpans.span;
import static io.newsflow.nlp.claims.WordClasses.isThat;
import static io.newsflow.nlp.claims.WordClasses.lower;

import io.newsflow.nlp.model.Claim;
import io.newsflow.nlp.model.ClaimKind;
import io.newsflow.nlp.model.Paragraph;
import io.newsflow.nlp.model.ParagraphKind;
import io.newsflow.nlp.model.ResolvedSource;
import io.newsflow.nlp.model.Sentence;
import io.newsflow.nlp.model.TextSpan;
import io.newsflow.nlp.model.Token;
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
 *       middle of a sentence leaves the content in two parts; an addressee may stand before the
 *       "at" ("sa til Reuters at"), "Det sa X." takes what came before, and a document can be the
 *       source ("står det i brevet");
 *   <li><b>reported</b>: hearsay without a source ("skal ha gitt", "sies å", "angivelig", "det er
 *       varslet at", "skal dreie seg om"), the clause around it;
 *   <li><b>factual</b>: in body text, a clause no claim covers that states a date, an amount or a
 *       record about a named actor, which a fact-checker could verify, scored by
 *       {@link CheckWorthiness}.
 * </ul>
 *
 * A claim whose cue lies inside another claim's content is nested in it; a first-person belief
 * inside a quotation ("– Jeg tror …, sier X") hedges the quotation instead of being a claim of its
 * own, while the writer's own ("Vi vet jo begge at …") is one. Sources are resolved by
 * {@link SourceResolver}.
 */
public final class LexiconClaimExtractor implements ClaimExtractor {
  /** Clauses scoring at least this are flagged as factual, check-worthy statements. */
  static final double CHECKWORTHY = CheckWorthiness.THRESHOLD;
  private static final int MAX_MODAL_GAP = 6;
  /** The most words a speaker label before its colon has: "Statsminister Kjell Magne Bondevik (KrF)". */
  private static final int MAX_LABEL_TOKENS = 6;

  private final ClaimLexicon lexicon;
  private final CheckWorthiness checkWorthiness;
  private final WordClasses words;
  private final ContentBoundaries boundaries;
  private final SourceSpans sources;

  public LexiconClaimExtractor(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
    this.checkWorthiness = new CheckWorthiness(lexicon);
    this.words = new WordClasses(lexicon);
    this.boundaries = new ContentBoundaries(lexicon, words);
    this.sources = new SourceSpans(lexicon, words);
  }

  @Override
  public List<Claim> extract(List<Paragraph> paragraphs) {
    List<Claim> claims = new ArrayList<>();
    SourceResolver resolver = new SourceResolver(lexicon);
    int issued = 0;
    boolean turnOpen = false;
    for (Paragraph p : paragraphs) {
      boolean body = p.kind() == ParagraphKind.BODY;
      Quotation quote = new Quotation();
      if (body && turnOpen) {
        quote.carryOver(p);
      }
      int previousSentence = -1;
      int paragraphFirst = claims.size();
      for (Sentence s : p.sentences()) {
        if (body) {
          resolver.seeMentionsBefore(p, s.start());
        }
        if (s.tokens().isEmpty()) {
          continue;
        }
        String[] w = lower(s);
        quote.enter(s, w);
        boolean quoted = quote.start >= 0;
        List<Draft> drafts = new ArrayList<>();
        drafts.addAll(attributed(w, s));
        drafts.addAll(accordingTo(w, s));
        drafts.addAll(messageFrom(w));
        drafts.addAll(passiveWithAgent(w, drafts));
        drafts.addAll(reported(w, drafts));
        for (Draft d : drafts) {
          // "– A. B. C, sier X.": the quotation began sentences ago and ends at this attribution.
          if (d.postposed && quote.start >= 0 && quote.start < s.start() && d.contentFrom() == skipOpeners(w, 0)
              && !(quote.carried && narratesSpeaker(p.text().substring(quote.start, s.start()), w, d))) {
            d.quoteStart = quote.start;
          }
        }
        int before = previousSentence;
        drafts.removeIf(d -> d.anaphoric && !quote.pointBack(d, before, s));
        quote.leave(w, drafts.stream().anyMatch(d -> d.postposed || d.anaphoric));
        Draft.nest(drafts);
        // "– Jeg tror …, sier X": a speaker's own belief hedges the quotation and reports nothing of
        // its own; the writer's ("Jeg tror Operaen kan …", "Vi vet jo begge at …") is their claim.
        drafts.removeIf(d -> d.beliefCue && d.sourceTo - d.sourceFrom == 1
            && lexicon.contains("first-person", w[d.sourceFrom]) && (quoted || d.parent != null));
        if (body) {
          drafts.addAll(factual(w, s, p, drafts));
        }
        drafts.sort(Comparator.comparingInt((Draft d) -> d.cueFrom >= 0 ? Math.min(d.cueFrom, d.contentFrom())
            : d.contentFrom()));
        // Ids first: a parent may come after its nested claim in reading order.
        for (Draft d : drafts) {
          d.id = "c" + (++issued);
        }
        for (Draft d : drafts) {
          Claim claim = toClaim(d, p, s, w, resolver);
          if (d.cueFrom >= 0 && lexicon.match("evidence-cue", w, d.cueFrom) > 0 && isPerson(claim)) {
            continue; // "Espen viser at han kan spille": a person shows by doing, a study by finding
          }
          claims.add(claim);
          if (body && claim.source().isPresent() && d.written) {
            resolver.seeDocument(claim);
          } else if (body && claim.source().isPresent() && !writersOwn(claim)) {
            resolver.seeSource(claim);
          }
        }
        if (body) {
          seePluralNouns(s, resolver, p);
        }
        previousSentence = s.start();
      }
      if (body) {
        labelledStatement(p, resolver).ifPresent(statement -> {
          claims.add(paragraphFirst, statement);
          resolver.seeSource(statement);
        });
        Optional<Claim> turn = unattributedTurn(p, claims, paragraphFirst, resolver);
        turn.ifPresent(t -> claims.add(paragraphFirst, t));
        turnOpen = turn.isPresent();
      }
      dropFactualInsideQuotations(claims, paragraphFirst);
      if (body) {
        resolver.seeMentionsBefore(p, Integer.MAX_VALUE);
        resolver.seeSpeakerLabel(p);
      }
    }
    return renumbered(heardFromTheNextTurn(claims, paragraphs));
  }

  /**
   * "– A.¶– B, sier X.": a dialogue turn left unattributed and followed straight away by a turn
   * whose attribution opens the paragraph is X's too, as a reader takes it, whoever spoke before.
   */
  private static List<Claim> heardFromTheNextTurn(List<Claim> claims, List<Paragraph> paragraphs) {
    List<Claim> out = new ArrayList<>(claims);
    for (int i = 0; i < out.size(); i++) {
      Claim turn = out.get(i);
      if (!turn.id().startsWith("turn") || turn.source().isPresent()) {
        continue;
      }
      Optional<Paragraph> next = paragraphs.stream().filter(q -> q.index() == turn.paragraph() + 1).findFirst();
      if (next.isEmpty() || next.get().kind() != ParagraphKind.BODY) {
        continue;
      }
      String text = next.get().text().stripLeading();
      if (text.isEmpty() || !isDash(text.substring(0, 1))) {
        continue;
      }
      int opening = next.get().text().indexOf(text.charAt(0));
      out.stream()
          .filter(c -> c.paragraph() == turn.paragraph() + 1 && c.kind() == ClaimKind.ATTRIBUTED
              && c.source().isPresent() && c.resolvedSource().isPresent()
              && c.content().start() <= opening + 2 && c.source().get().start() > c.content().end())
          .findFirst()
          .ifPresent(attributed -> {
            int at = out.indexOf(turn);
            out.set(at, turn.withResolvedSource(attributed.resolvedSource()));
          });
    }
    return out;
  }

  /**
   * Whether the text before an attribution speaks of its speaker in the third person ("Hun ser ut
   * over fjorden. Det blir fint, sier hun."): narration, not the speaker's words.
   */
  private boolean narratesSpeaker(String before, String[] w, Draft d) {
    java.util.Set<String> words = new java.util.HashSet<>(
        java.util.Arrays.asList(before.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")));
    for (int i = d.sourceFrom; i < d.sourceTo; i++) {
      if (words.contains(w[i]) && !lexicon.contains("not-source", w[i])) {
        return true;
      }
    }
    return words.stream().anyMatch(t -> lexicon.contains("pronoun-person", t));
  }

  /**
   * A claim of the writer's "jeg" or "vi", no one named behind it: not a speaker a later dialogue
   * turn or pronoun could be heard from.
   */
  private boolean writersOwn(Claim claim) {
    String source = claim.source().map(src -> src.text().toLowerCase(Locale.ROOT)).orElse("");
    return lexicon.contains("first-person", source)
        && claim.resolvedSource().map(r -> r.name().equalsIgnoreCase(source)).orElse(true);
  }

  private boolean isPerson(Claim claim) {
    return claim.resolvedSource().flatMap(ResolvedSource::type).map(t -> t == io.newsflow.nlp.model.EntityType.PER)
        .orElse(false) || claim.source().map(src -> lexicon.contains("pronoun-person", src.text().toLowerCase(Locale.ROOT)))
        .orElse(false);
  }

  /**
   * A paragraph that is a dialogue turn ("– Vi gir oss ikke.") with no attribution of its own is
   * still someone's claim: the interview goes on line by line, and the reader hears the last
   * speaker quoted. The cue is the dash; the source is left empty and resolved to that speaker
   * when there is one.
   */
  private Optional<Claim> unattributedTurn(Paragraph p, List<Claim> claims, int paragraphFirst,
      SourceResolver resolver) {
    List<Sentence> sentences = p.sentences().stream().filter(s -> !s.tokens().isEmpty()).toList();
    if (sentences.isEmpty() || !isDash(sentences.get(0).tokens().get(0).text()) || sentences.get(0).tokens().size() < 3) {
      return Optional.empty();
    }
    // A paragraph with an attribution of its own has its turns read already; an interviewer's
    // question and a bare "– Ja." claim nothing.
    if (claims.subList(paragraphFirst, claims.size()).stream().anyMatch(c -> c.kind() != ClaimKind.FACTUAL)) {
      return Optional.empty();
    }
    Token dash = sentences.get(0).tokens().get(0);
    TextSpan content = priorSpan(p.text(), dash.end(), sentences.get(sentences.size() - 1).end());
    if (content.text().split("\\s+").length < 3 || p.text().strip().endsWith("?")) {
      return Optional.empty();
    }
    List<TextSpan> hedges = new ArrayList<>();
    for (Sentence s : sentences) {
      String[] w = lower(s);
      words.addHedges(w, p.text(), s.tokens(), 0, w.length, hedges);
    }
    TextSpan cue = TextSpan.of(p.text(), dash.start(), dash.end());
    return Optional.of(new Claim("turn" + p.index(), p.index(), ClaimKind.ATTRIBUTED, Optional.empty(),
        resolver.lastSpeaker(p.index()), Optional.of(cue), content, List.of(content), !hedges.isEmpty(), hedges, false,
        Optional.empty(), 0));
  }

  /**
   * "Statsminister Kari Holm: Regjeringen vil …": a paragraph opening with a person's name and a
   * colon, as transcripts of debates and interviews are written, is that person's statement.
   */
  private Optional<Claim> labelledStatement(Paragraph p, SourceResolver resolver) {
    Optional<Claim> statement = labelledStatement(p, resolver, 0);
    // "Jan Petersen – til oppfølgingsspørsmål. Jan Petersen (H): Jeg forstår …": the chair hands
    // over in a sentence of its own, and the label opens the next one
    for (int i = 1; statement.isEmpty() && i < p.sentences().size(); i++) {
      statement = labelledStatement(p, resolver, p.sentences().get(i).start());
    }
    return statement;
  }

  private Optional<Claim> labelledStatement(Paragraph p, SourceResolver resolver, int from) {
    String text = p.text();
    int colon = text.indexOf(':', from);
    if (colon <= from || text.substring(from, colon).strip().split("\\s+").length > MAX_LABEL_TOKENS) {
      return Optional.empty();
    }
    int end = text.length();
    while (end > colon && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ':')) {
      end--; // "… Jeg har følgende spørsmål:" ends in the colon that hands over
    }
    if (end <= colon + 1) {
      return Optional.empty(); // "Statsråd Kari Holm:" alone is a label for the next paragraph
    }
    Optional<ResolvedSource> speaker = resolver.labelSpeaker(p, from, colon);
    TextSpan content = priorSpan(text, colon + 1, end);
    if (speaker.isEmpty() || content.text().isBlank() || content.text().split("\\s+").length < 3
        || content.text().endsWith("?")) {
      return Optional.empty(); // a question put claims nothing
    }
    TextSpan source = priorSpan(text, from, colon);
    return Optional.of(new Claim("label" + p.index(), p.index(), ClaimKind.ATTRIBUTED, Optional.of(source), speaker,
        Optional.of(TextSpan.of(text, colon, colon + 1)), content, List.of(content), false, List.of(), false,
        Optional.empty(), 0));
  }

  /**
   * A factual statement that turns out to be inside a quotation attributed later in its paragraph
   * ("– Over 450 ble arrestert. …, sier X.") is the speaker's claim, not the text's own.
   */
  private static void dropFactualInsideQuotations(List<Claim> claims, int from) {
    List<Claim> paragraph = claims.subList(from, claims.size());
    List<Claim> quoted = paragraph.stream().filter(c -> c.kind() != ClaimKind.FACTUAL).toList();
    paragraph.removeIf(f -> f.kind() == ClaimKind.FACTUAL && quoted.stream().anyMatch(
        q -> q.content().start() <= f.content().start() && f.content().end() <= q.content().end()));
  }

  /** Ids c1, c2, … again after claims were dropped, parents following their claims' new ids. */
  private static List<Claim> renumbered(List<Claim> claims) {
    java.util.Map<String, String> ids = new java.util.HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      ids.put(claims.get(i).id(), "c" + (i + 1));
    }
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      out.add(c.withIds(ids.get(c.id()), c.parentId().map(ids::get)));
    }
    return out;
  }

  /**
   * Plural definite nouns ("legene") that a later "de" may point back to: subjects before their
   * verb ("legene mente") and nouns after a preposition ("beskjed fra legene"), not objects
   * ("betale kvinnen pengene", "slapp hønene"), which are what is handled, not who speaks.
   */
  private void seePluralNouns(Sentence s, SourceResolver resolver, Paragraph p) {
    String[] w = lower(s);
    for (int i = 0; i < w.length; i++) {
      Token token = s.tokens().get(i);
      String text = token.text();
      if (text.length() >= 6 && Character.isLowerCase(text.charAt(0)) && text.endsWith("ene")
          && !lexicon.contains("not-plural", text)
          && (i + 1 < w.length && words.looksFinite(s, w, i + 1) || i > 0 && words.isPrepositionBefore(w[i - 1]))) {
        resolver.seePluralNoun(p, token.start(), text);
      }
    }
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
      boolean written = false;
      if (cueLength == 0) {
        cueLength = lexicon.match("written-cue", w, c);
        written = cueLength > 0;
      }
      if (cueLength == 0) {
        Draft split = splitParticle(s, w, c);
        if (split != null) {
          out.add(split);
        }
        continue;
      }
      Draft split = cueLength == 1 ? splitParticle(s, w, c) : null;
      if (split != null && !split.postposed) {
        out.add(split); // "I går sa ordføreren fra at …": "sa" is a cue alone too, but here with its particle
        continue;
      }
      if (reportsNothing(w, c, cueLength)) {
        continue;
      }
      Draft d = new Draft();
      d.kind = ClaimKind.ATTRIBUTED;
      d.beliefCue = belief;
      d.written = written;
      d.cueFrom = c;
      d.cueTo = c + cueLength;
      // "Tyskeren, som …, har sagt at": an auxiliary right after an inserted clause's comma is the verb's too
      if (c > 0 && lexicon.contains("auxiliary", w[c - 1])
          && (clauseStart(w, c - 1) != c - 1 || c > 2 && w[c - 2].equals(",") && boundaries.skipComplementiser(w, c + cueLength) > c + cueLength)) {
        d.cueFrom = c - 1;
      }
      int end = boundaries.contentEnd(w, d.cueTo);
      boolean complement;
      int comma = d.cueFrom > 1 && isCloser(w[d.cueFrom - 1]) && w[d.cueFrom - 2].equals(",") ? d.cueFrom - 2
          : d.cueFrom - 1;
      if (d.cueFrom > 1 && w[d.cueFrom - 1].equals("det") && w[d.cueFrom - 2].equals(",")) {
        comma = d.cueFrom - 2; // "Kondis teller mest, det viser flere studier": "det" takes up what came before
      }
      boolean complementFollows = boundaries.skipComplementiser(w, d.cueTo) > d.cueTo;
      int hearsayModal = sources.invertedHearsayModal(w, c);
      if (hearsayModal >= 0 && complementFollows) {
        // "Da …, skal også den ene av dem ha sagt at …": the subject between the modal and "ha"
        d.cueFrom = c - 1;
        d.hearsayModal = hearsayModal;
        d.sourceFrom = hearsayModal + 1;
        while (d.sourceFrom < c - 2 && lexicon.match("adverb", w, d.sourceFrom) == 1) {
          d.sourceFrom++; // "skal også"
        }
        d.sourceTo = c - 1;
        d.content.add(new int[] {boundaries.skipComplementiser(w, d.cueTo), end});
        complement = true;
      } else if (comma > 0 && w[comma].equals(",") && comma == d.cueFrom - 1 && sources.afterFrontedClause(w, comma)
          || belief && sources.quotedFrontedClause(w, d.cueFrom, d.cueTo)) {
        // "Da han ble spurt om valget, svarte Støre at …": the verb comes second, its subject after it
        d.sourceFrom = d.cueTo;
        if (d.sourceFrom < end && (w[d.sourceFrom].equals("som") || w[d.sourceFrom].equals("as"))) {
          continue; // "Allerede da ble religionen ansett som en samlende kraft": a passive and its predicate, no speaker
        }
        d.sourceTo = sources.appositionEnd(s, w, sources.sourceEnd(s, w, d.cueTo, end), end);
        if (isOpener(w[0])) {
          d.sourceTo = d.sourceFrom + 1; // "– Hvis …, tror jeg vi klarer det, sa han": the pronoun alone
          end = boundaries.beforePostposedAttribution(w, d.sourceTo, end);
          complement = true;
        } else {
          complement = boundaries.skipComplementiser(w, d.sourceTo) > d.sourceTo;
        }
        d.content.add(new int[] {boundaries.skipComplementiser(w, d.sourceTo), end});
      } else if (comma > 0 && w[comma].equals(",") && complementFollows && !isCloser(w[d.cueFrom - 1])) {
        // "Journalist X, som følger miljøet tett, sier at …": the subject stands before the inserted clause
        d.sourceFrom = skipOpeners(w, clauseStartBefore(w, comma));
        d.sourceTo = firstComma(w, d.sourceFrom, comma);
        d.sourceFrom = sources.afterSubordinator(w, d.sourceFrom, d.sourceTo); // "Dette var før hun, år senere, innrømmet"
        if (sources.appositionEnd(s, w, d.sourceTo, comma + 1) == comma) {
          d.sourceTo = comma; // "Lederen i X, Lill Larsen, mener at …": the name is the source's too
        }
        d.content.add(new int[] {boundaries.skipComplementiser(w, d.cueTo), end});
        complement = true;
      } else if (comma > 0 && w[comma].equals(",") || comma > 0 && isCloser(w[d.cueFrom - 1]) && !isOpener(w[comma])
          || asked(s, w, comma, d.cueFrom)) {
        // "«…», sier X." / "– …, sier X." / "«…,» sier X.": the content first, the source after the cue
        int from = skipOpeners(w, quotedStart(w, comma));
        int to = comma;
        while (to > from && isCloser(w[to - 1])) {
          to--;
        }
        d.content.add(new int[] {from, to});
        // "«…», står det i brevet": the text it stands in is the source
        d.sourceFrom = written && d.cueTo < end && lexicon.contains("written-in", w[d.cueTo]) ? d.cueTo + 1 : d.cueTo;
        d.sourceTo = sources.appositionEnd(s, w, sources.sourceEnd(s, w, d.sourceFrom, end), end);
        if (words.negatedSource(w, d.sourceFrom, d.sourceTo)) {
          continue; // "Hvem som kjøpte spriten, sier han ikke": what is not said is not claimed
        }
        if (!isOpener(w[0]) && !isCloser(w[d.cueFrom - 1]) && d.sourceTo + 1 < end && isThat(w[d.sourceTo])) {
          // "Uavhengig av hvem som …, mener utvalget at …": an adverbial fronted, the claim after "at"
          d.content.set(0, new int[] {d.sourceTo + 1, end});
        } else {
          d.postposed = true;
        }
        complement = true;
      } else if (written && sources.isInverted(w, d.cueFrom)) {
        // "I rapporten står det at …": the adverbial before names the text
        int start = clauseStart(w, d.cueFrom);
        d.sourceFrom = lexicon.contains("written-in", w[start]) ? start + 1 : d.cueFrom;
        d.sourceTo = d.cueFrom;
        int contentFrom = boundaries.skipComplementiser(w, d.cueTo);
        complement = contentFrom > d.cueTo;
        d.content.add(new int[] {contentFrom, end});
      } else if (written) {
        continue;
      } else if (sources.invertedAuxiliary(w, c, d.cueFrom) >= 0) {
        // "Samtidig har både X og Y gjort det klart at …": the subject stands between auxiliary and participle
        d.sourceFrom = sources.invertedAuxiliary(w, c, d.cueFrom) + 1;
        d.sourceTo = d.cueFrom;
        while (d.sourceTo - d.sourceFrom > 1 && lexicon.match("adverb", w, d.sourceTo - 1) == 1) {
          d.sourceTo--; // "hadde styret allerede varslet"
        }
        int contentFrom = boundaries.skipComplementiser(w, d.cueTo);
        complement = contentFrom > d.cueTo;
        d.content.add(new int[] {contentFrom, end});
      } else if (sources.isInverted(w, d.cueFrom)) {
        d.sourceFrom = d.cueTo;
        if (d.sourceFrom < end && (w[d.sourceFrom].equals("som") || w[d.sourceFrom].equals("as"))) {
          continue; // "Allerede da ble religionen ansett som en samlende kraft": a passive and its predicate, no speaker
        }
        d.sourceTo = sources.appositionEnd(s, w, sources.sourceEnd(s, w, d.cueTo, end), end);
        if (d.sourceTo - d.sourceFrom >= 2 && words.isSubjectPronoun(w[d.sourceFrom])
            && lexicon.contains("negation", w[d.sourceFrom + 1]) && lexicon.match("cue", w, c) == cueLength) {
          continue; // "Det sier jeg ikke", "Nå sa han aldri at …": what is not said is not claimed
        }
        int that = sources.pronounThenThat(w, d.sourceFrom, d.sourceTo);
        if (that > 0 || d.sourceTo - d.sourceFrom > 1 && words.isSubjectPronoun(w[d.sourceFrom])) {
          // "fastslo han like enkelt at", "synes jeg det er …": a pronoun is the whole source
          d.sourceTo = d.sourceFrom + 1;
        }
        int contentFrom = that > 0 ? that + 1 : boundaries.skipComplementiser(w, d.sourceTo);
        complement = contentFrom > d.sourceTo;
        d.anaphoric = !complement && d.cueFrom == clauseStart(w, d.cueFrom) + 1
            && lexicon.contains("anaphoric-object", w[d.cueFrom - 1]) && words.onlyAdverbials(w, d.sourceTo, end);
        d.content.add(d.anaphoric ? new int[] {d.cueFrom, d.cueFrom} : new int[] {contentFrom, end});
      } else {
        d.sourceFrom = sources.subjectStart(w, d.cueFrom);
        d.sourceTo = sources.subjectEnd(w, d.sourceFrom, d.cueFrom);
        while (d.sourceTo - d.sourceFrom > 1 && lexicon.match("adverb", w, d.sourceTo - 1) == 1) {
          d.sourceTo--; // "Vi bare håper", "Styret også mener": the adverb is not the source's
        }
        int relative = d.cueFrom - 1;
        int antecedent = w[relative < 0 ? 0 : relative].equals("som") ? sources.antecedentStart(w, relative) : relative;
        boolean inRelative = false;
        if (antecedent < relative) {
          inRelative = true;
          // "kravet fra mannen som mente at …", "støtte fra lærerne som sier at …": the relative's own
          // verb is the cue, so its antecedent said it
          d.sourceFrom = antecedent;
          d.sourceTo = relative;
        } else if (relative > 1 && w[relative].equals("som") && w[relative - 1].equals(",")
            && boundaries.skipComplementiser(w, d.cueTo) > d.cueTo && sources.antecedentStart(w, relative - 1) < relative - 1) {
          // "offiserer fra et Nato-land, som sier at …": the antecedent before the relative's comma
          inRelative = true;
          d.sourceFrom = sources.antecedentStart(w, relative - 1);
          d.sourceTo = relative - 1;
          for (int k = d.sourceFrom + 1; k < d.sourceTo - 1; k++) {
            if (w[k].equals("av") && words.isParticiple(w, d.sourceFrom)) {
              d.sourceFrom = k + 1; // "ble tatt opp av Naturvernforbundet, som mener": the agent
            }
          }
        }
        Draft first = d.sourceTo - d.sourceFrom == 1 && d.sourceFrom > 1 && w[d.sourceFrom - 1].equals(",")
            && lexicon.contains("coordinator", w[d.sourceFrom]) ? claimAround(out, d.sourceFrom - 1) : null;
        if (first != null) {
          // "innrømmer at A, men understreker at B": the second cue shares the first one's source,
          // and the first claim ends where the second verb begins
          d.sourceFrom = first.sourceFrom;
          d.sourceTo = first.sourceTo;
          int[] last = first.content.get(first.content.size() - 1);
          last[1] = Math.min(last[1], d.cueFrom - 2);
        } else if (d.sourceTo - d.sourceFrom == 1 && d.sourceFrom > 1 && w[d.sourceFrom - 1].equals(",")
            && lexicon.contains("coordinator", w[d.sourceFrom])) {
          // "Kritikerne hisset seg opp, og mente …": the subject of the clause before the comma
          int previous = d.sourceFrom - 1;
          d.sourceFrom = sources.subjectStart(w, previous);
          d.sourceTo = sources.coordinatedSubjectEnd(s, w, d.sourceFrom, previous);
          if (d.sourceFrom > 0 && isThat(w[d.sourceFrom - 1])) {
            // "Han innser at A, men understreker at B": a second verb of its own after an at-clause
            // goes with the subject that said A; within the at-clause it would repeat "at"
            int that = d.sourceFrom - 1;
            d.sourceFrom = sources.subjectStart(w, that);
            d.sourceTo = sources.subjectEnd(w, d.sourceFrom, that); // "Aps partisekretær er lei av at …"
            if (d.sourceTo == that) {
              d.sourceTo = sources.coordinatedSubjectEnd(s, w, d.sourceFrom, that); // "Rektor innrømmer at …"
            }
          }
        }
        boolean sharedAcrossComma = d.sourceTo < d.cueFrom - 1 && w[d.cueFrom - 2].equals(",");
        if (d.cueFrom - 1 > d.sourceFrom && lexicon.contains("coordinator", w[d.cueFrom - 1]) && !sharedAcrossComma) {
          // "Sikkerhetsrådet fordømmer kuppet og advarer om at …": the subject of the first verb
          d.sourceTo = sources.coordinatedSubjectEnd(s, w, d.sourceFrom, d.cueFrom - 1);
        }
        if (d.cueFrom - 2 > d.sourceFrom && lexicon.contains("free-relative", w[d.cueFrom - 2])
            && !lexicon.contains("verb-stop", w[d.cueFrom - 1])) {
          d.sourceFrom = d.cueFrom - 1; // "holder fast ved det statsministeren sa, at …": the relative's subject
        }
        int contentFrom = boundaries.skipComplementiser(w, d.cueTo);
        complement = contentFrom > d.cueTo;
        if (d.sourceFrom > 0 && lexicon.match("subordinator", w, d.sourceFrom - 1) > 0
            && clauseStart(w, d.sourceFrom - 1) == d.sourceFrom - 1) {
          // "Da Borat sa at …, tenkte Perisat …": the subordinate clause ends at its comma
          end = subordinateEnd(w, contentFrom, end);
        } else if (!isOpener(w[0]) && sources.opensWithSubordinateClause(w)) {
          // "Når ministeren sier at A, og at B, vil det da …": the main clause after the fronted one is the writer's
          end = boundaries.mainClauseAfter(w, contentFrom, end);
        }
        if (inRelative) {
          end = boundaries.relativeEnd(s, w, contentFrom, end);
        }
        // only the English order, the comma inside the quotation: «…», den nye boka X har skrevet is an apposition
        int quoteComma = d.sourceFrom >= 2 && isCloser(w[d.sourceFrom - 1]) && w[d.sourceFrom - 2].equals(",")
            ? d.sourceFrom - 2 : -1;
        if (!complement && quoteComma > 0) {
          // '"We will not give up," the minister told reporters.': the source between quotation and cue
          int from = skipOpeners(w, quotedStart(w, quoteComma));
          int to = quoteComma;
          while (to > from && isCloser(w[to - 1])) {
            to--;
          }
          contentFrom = from;
          end = to;
          d.postposed = true;
          complement = true;
        }
        d.content.add(new int[] {contentFrom, end});
      }
      boolean inQuotation = d.contentFrom() > 0 && isOpener(w[d.contentFrom() - 1]);
      if (lexicon.match("postposed-cue", w, c) > 0
          && (!d.postposed || !inQuotation && lexicon.match("subordinator", w, d.contentFrom()) > 0)) {
        // "Hun avslutter karrieren", "Da kampen var over, jublet de": no quotation before ("– Dersom
        // vi vinner, …, fortsatte han" opens one)
        continue;
      }
      if (isAnswer(w, d.content.get(0), d.postposed)) {
        continue; // "sier tvert nei", "svarte jenta nei": a refusal, not a statement
      }
      boolean sourcedAt = d.sourceTo > d.sourceFrom && d.sourceTo - d.sourceFrom <= SourceSpans.MAX_SOURCE_TOKENS;
      if (d.anaphoric) {
        if (sourcedAt) {
          out.add(d);
        }
        continue;
      }
      int[] content = d.content.get(0);
      boolean reflexive = content[0] < w.length && (w[content[0]].equals("seg") || w[content[0]].equals("itself"));
      boolean sourced = d.sourceTo > d.sourceFrom && d.sourceTo - d.sourceFrom <= SourceSpans.MAX_SOURCE_TOKENS
          && !(d.sourceTo - d.sourceFrom == 1 && lexicon.contains("not-source", w[d.sourceFrom]));
      if (!complement && content[0] < content[1] && (w[content[0]].equals("å") || w[content[0]].equals("to"))
          && lexicon.match("infinitive-claim", w, c) == cueLength) {
        // "Han benekter å ha vært der": a claim about the source's own past, up to the next clause
        content[1] = boundaries.clauseBreak(w, content[0], content[1]);
        complement = true;
      }
      int directed = !complement && !d.postposed ? directedInfinitive(w, content) : -1;
      if (directed >= 0 && lexicon.match("directive", w, c) == cueLength) {
        // "oppfordrer NRK til å være bevisst på …", "ber alle om å holde seg inne": whom it is urged on and what
        content[1] = boundaries.clauseBreak(w, content[0], content[1]);
        complement = content[1] > directed;
      }
      if (belief && !complement && lexicon.match("needs-that", w, c) == cueLength) {
        continue; // "Hun er redd for hunder": a fear of a thing, not a belief about what is the case
      }
      if (belief && !complement && lexicon.contains("wish", w[c]) && infinitiveOpens(w, content)) {
        continue; // "Høyre håper i det lengste å vinne": a wish for oneself, not a claim
      }
      if (!complement && d.sourceFrom > 0 && w[d.sourceFrom - 1].equals("som") && !d.postposed
          && clauseStart(w, d.sourceFrom - 1) == d.sourceFrom - 1) {
        continue; // "…, som Jensen sa til Dagsavisen, er …": the comment points back; its content is not here
      }
      boolean clause = complement || belief || lexicon.match("bare-clause", w, c) >= cueLength;
      if (!clause && content[1] - content[0] >= 3 && lexicon.match("object-claim", w, c) == cueLength
          && !(c > 0 && lexicon.contains("impersonal-auxiliary", w[c - 1]))
          && predicateFollows(w, content[0] + 1, content[1])) {
        clause = true; // "beskylder regjeringen for å ha sviktet", "kaller budsjettet for et svik"
        content[1] = boundaries.coordinatedVerbAfter(s, w, content[0], content[1]);
      }
      boolean demanded = lexicon.match("demand-object", w, c) == cueLength && content[0] == c + cueLength;
      if (!demanded && content[0] < content[1] && lexicon.match("demand-object", cueThen(w, c, cueLength, content[0]), 0) == cueLength + 1) {
        content[0]++; // "advarer (han) mot X": the preposition is the cue's, X is what is warned against
        demanded = true;
      }
      if (demanded && words.negatedWithin(w, clauseStart(w, c), c - 1)) {
        demanded = false; // "har ikke Regjeringen foreslått noen endringer": nothing proposed
      }
      if (demanded && d.sourceFrom > 0 && lexicon.match("subordinator", w, d.sourceFrom - 1) > 0) {
        demanded = false; // "Da utvalget foreslo en sammenslåing svarte …": background to the main clause
      }
      boolean inverted = demanded && d.sourceFrom >= d.cueTo && d.sourceTo <= content[0];
      if (!clause && sourced && !d.postposed && (d.sourceTo <= d.cueFrom || inverted) && content[0] < content[1]
          && !words.negatedWithin(w, content[0], Math.min(content[1], content[0] + 2))
          && (lexicon.match("proposition-object", w, c) == cueLength || demanded) && !words.isPronoun(w[content[0]])
          && !lexicon.contains("act-object", w[content[0]])
          && !java.util.Set.of("det", "dette", "den", "denne", "dem", "alt", "alle", "it", "this").contains(w[content[0]])
          && Character.isLetter(w[content[0]].charAt(0)) && !lexicon.contains("negation", w[content[0]])) {
        // "De avviser treenighetslæren og mener …": the noun phrase is what is denied or granted
        content[1] = boundaries.objectEnd(w, content[0], content[1]);
        // a bare noun demanded is an act asked for ("krever penger"), not yet a stance one can check
        if (content[1] - content[0] >= (demanded ? 2 : 1)) {
          out.add(d);
        }
        continue;
      }
      if (content[1] - content[0] >= 2 && sourced && !reflexive && clause) {
        out.add(d);
        int colon = content[1];
        if (complement && !d.postposed && colon + 2 < w.length && w[colon].equals(":") && isOpener(w[colon + 1])) {
          // "konkluderte med at A: «B»": the quotation the at-clause leads into is the same source's
          Draft quoted = new Draft();
          quoted.kind = ClaimKind.ATTRIBUTED;
          quoted.cueFrom = colon;
          quoted.cueTo = colon + 1;
          quoted.sourceFrom = d.sourceFrom;
          quoted.sourceTo = d.sourceTo;
          int quoteEnd = boundaries.contentEnd(w, colon);
          boolean closedEarlier = false;
          for (int k = colon + 2; k < quoteEnd; k++) {
            closedEarlier |= isCloser(w[k]); // "…: «B», skrev de": B has an attribution of its own
          }
          if (quoteEnd - (colon + 2) >= 2 && !closedEarlier) {
            quoted.content.add(new int[] {colon + 2, quoteEnd});
            out.add(quoted);
          }
        }
      }
    }
    return out;
  }

  /**
   * A cue of several words whose subject stands after its first word, the verb second after a fronted
   * clause or a quotation: "tviler Odd-leiren på at …", "«…», slår Logan fast", "la hun til", "var
   * alle overbevist om at", "gjorde ministeren det klart at". The verb alone is the cue, the words up
   * to the rest of the cue the source.
   */
  private Draft splitParticle(Sentence s, String[] w, int c) {
    if (c < 1) {
      return null; // "Nå tviler alle på at": one word before the verb is enough
    }
    List<String[]> beliefRests = lexicon.rests("belief-cue", w[c]);
    List<String[]> rests = new ArrayList<>(beliefRests);
    rests.addAll(lexicon.rests("cue", w[c])); // "var": "var overbevist om" and "var enig"
    if (rests.isEmpty()) {
      return null;
    }
    rests.sort((a, b) -> b.length - a.length);
    int particle = -1;
    int restLength = 0;
    boolean belief = false;
    for (int p = c + 2; p < Math.min(w.length, c + 2 + SourceSpans.MAX_NAME_TOKENS) && particle < 0; p++) {
      for (String[] rest : rests) {
        if (p + rest.length <= w.length && java.util.Arrays.equals(rest, java.util.Arrays.copyOfRange(w, p, p + rest.length))) {
          particle = p;
          restLength = rest.length;
          belief = beliefRests.contains(rest);
          break;
        }
      }
      if (particle < 0 && (!Character.isLetter(w[p].charAt(0)) || isThat(w[p]) || lexicon.contains("negation", w[p]))) {
        return null; // "slo ikke fast", "tviler, på sin side, …": not a subject between
      }
    }
    if (particle < 0 || !Character.isLetter(w[c + 1].charAt(0)) || lexicon.contains("negation", w[c + 1])) {
      return null;
    }
    int after = particle + restLength - 1; // the cue's last word
    Draft d = new Draft();
    d.kind = ClaimKind.ATTRIBUTED;
    d.beliefCue = belief;
    d.cueFrom = c;
    d.cueTo = c + 1;
    d.sourceFrom = c + 1;
    d.sourceTo = particle;
    int contentFrom = boundaries.skipComplementiser(w, after + 1);
    int comma = c > 1 && isCloser(w[c - 1]) && w[c - 2].equals(",") ? c - 2 : c - 1;
    boolean inverted = w[c - 1].equals(",") && sources.afterFrontedClause(w, c - 1) || sources.isInverted(w, c);
    if (contentFrom > after + 1 && inverted) {
      d.content.add(new int[] {contentFrom, boundaries.contentEnd(w, contentFrom)});
    } else if (w[comma].equals(",") && !inverted && onlyTerminals(w, after + 1)) {
      int from = skipOpeners(w, quotedStart(w, comma));
      int to = comma;
      while (to > from && isCloser(w[to - 1])) {
        to--;
      }
      d.content.add(new int[] {from, to});
      d.postposed = true;
    } else {
      return null;
    }
    return d.contentTo() - d.contentFrom() >= 2 ? d : null;
  }

  /**
   * A message from someone about what is the case: "fikk melding fra politiet om at …", "mottok
   * meddelelse fra Statsministerens kontor om at …". The noun and "fra" are the cue, the words up to
   * "om at" the source.
   */
  private List<Draft> messageFrom(String[] w) {
    List<Draft> out = new ArrayList<>();
    for (int i = 0; i + 4 < w.length; i++) {
      if (!lexicon.contains("message-noun", w[i]) || !w[i + 1].equals("fra")) {
        continue;
      }
      for (int j = i + 3; j + 1 < Math.min(w.length, i + 3 + SourceSpans.MAX_NAME_TOKENS); j++) {
        if (w[j].equals("om") && isThat(w[j + 1])) {
          Draft d = new Draft();
          d.kind = ClaimKind.ATTRIBUTED;
          d.cueFrom = i;
          d.cueTo = i + 2;
          d.sourceFrom = i + 2;
          d.sourceTo = j;
          d.content.add(new int[] {j + 2, boundaries.contentEnd(w, j + 2)});
          if (d.contentTo() - d.contentFrom() >= 2) {
            out.add(d);
          }
          break;
        }
        if (!Character.isLetter(w[j].charAt(0)) || lexicon.match("cue", w, j) > 0) {
          break;
        }
      }
    }
    return out;
  }

  /** The cue's words followed by the word at {@code next}, as if nothing stood between ("advarer han mot"). */
  private static String[] cueThen(String[] w, int cue, int cueLength, int next) {
    String[] words = java.util.Arrays.copyOfRange(w, cue, cue + cueLength + 1);
    words[cueLength] = w[next];
    return words;
  }

  /** The claim found so far in a sentence whose content holds token {@code at}, or null. */
  private static Draft claimAround(List<Draft> drafts, int at) {
    for (Draft d : drafts) {
      if (!d.anaphoric && d.contentFrom() <= at && at < d.contentTo()) {
        return d;
      }
    }
    return null;
  }

  /** "regjeringen for å ha sviktet", "budsjettet som et svik": a predicate after an object, within a few words. */
  private boolean predicateFollows(String[] w, int from, int to) {
    for (int i = from; i < Math.min(to, from + SourceSpans.MAX_SUBJECT_TOKENS); i++) {
      if (w[i].equals(",") || isThat(w[i]) || lexicon.contains("coordinator", w[i])) {
        return false; // "kritiserer kommunen og mener at …": a second verb, not a predicate
      }
      if (lexicon.contains("object-predicate", w[i])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a content is a bare yes or no ("nei", "tvert nei", "nei til forslaget"), after an inverted source. */
  private boolean isAnswer(String[] w, int[] content, boolean quoted) {
    for (int i = content[0]; i < Math.min(content[1], content[0] + 2); i++) {
      int length = lexicon.match("answer", w, i);
      if (length > 0) {
        int after = i + length;
        // "«Nei, vi feirer ham ikke», svarte jeg": a quoted answer that goes on states something
        return after >= content[1] || !quoted && (w[after].equals("til") || w[after].equals(","));
      }
    }
    return false;
  }

  /**
   * A cue that reports nothing: "å si", "vil ikke si hva", "ble sagt", "sa opp", "sier seg enig",
   * "det han mente".
   */
  private boolean reportsNothing(String[] w, int c, int length) {
    if (impersonalPassive(w, c) > 0) {
      return true; // "det er varslet at …": hearsay without a source, read by reported()
    }
    if (c + length < w.length && w[c + length].equals("å") && lexicon.contains("raising", w[c])) {
      return true; // "reglene synes å gjelde": "seem to", an appearance without a source
    }
    if (c > 0 && lexicon.contains("possessive", w[c - 1])) {
      return true; // "hans svarte venner": after a possessive the word is an adjective
    }
    if (length == 1 && lexicon.contains("bare-infinitive-noun", w[c]) && c > 0 && !words.governedInfinitive(w, c)) {
      return true; // "i den tro at", "kristen tro": with no "å" or modal before it the word is a noun
    }
    if (length == 1 && lexicon.contains("victory-noun", w[c]) && c + 1 < w.length
        && lexicon.contains("victory-preposition", w[c + 1])) {
      return true; // "seier over en av dem er nok"
    }
    if (c >= 2 && lexicon.contains("free-relative", w[c - 2]) && words.isPronoun(w[c - 1])) {
      // "det han mente", "hva hun sa": what someone said, talked about, not reported
      return true;
    }
    if (c >= 2 && lexicon.contains("free-relative", w[c - 2]) && clauseStart(w, c - 2) != c - 2
        && Character.isLetter(w[c - 1].charAt(0)) && !lexicon.contains("verb-stop", w[c - 1])
        && boundaries.skipComplementiser(w, c + length) == c + length) {
      // "følge opp det statsministeren sa i foredraget": what was said is talked about; its content is not here
      return true;
    }
    if (c + length < w.length && lexicon.contains("not-after-cue", w[c + length])
        && boundaries.skipComplementiser(w, c + length) == c + length) {
      return true;
    }
    if (lexicon.match("cue", w, c) == length && (c > 0 && lexicon.contains("negation", w[c - 1])
        || c + length < w.length && lexicon.contains("negation", w[c + length]))) {
      return true; // "selv om han ikke sier det så høyt": what is not said is not claimed
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

  /**
   * "det er varslet at", "Det ble opplyst at", "var det ventet at": a participle of a cue after
   * "det" and "er", "ble" or "var", with an "at" after it, is hearsay without a source. Returns the
   * cue's length in tokens (1), or 0.
   */
  private int impersonalPassive(String[] w, int c) {
    if (!lexicon.contains("cue-participle", w[c]) && !lexicon.contains("impersonal-participle", w[c])
        || boundaries.skipComplementiser(w, c + 1) == c + 1 || !isThat(w[boundaries.skipComplementiser(w, c + 1) - 1])) {
      return 0;
    }
    boolean it = false;
    boolean auxiliary = false;
    for (int i = Math.max(0, c - 4); i < c; i++) {
      it |= w[i].equals("det");
      auxiliary |= lexicon.contains("impersonal-auxiliary", w[i]);
    }
    return it && auxiliary ? 1 : 0;
  }

  /** Whether an infinitive marker opens a content, after at most a few adverbial words and no verb. */
  private boolean infinitiveOpens(String[] w, int[] content) {
    for (int i = content[0]; i < Math.min(content[1], content[0] + 4); i++) {
      if (w[i].equals("å")) {
        return true;
      }
      if (lexicon.contains("verb-stop", w[i]) || isThat(w[i]) || w[i].equals(",")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Where "til å" or "om å" begins within a few words of an object at the start of {@code content}
   * ("NRK til å", "til å", "alle som bor der om å"), or -1.
   */
  private int directedInfinitive(String[] w, int[] content) {
    for (int i = content[0]; i + 2 < content[1] && i <= content[0] + SourceSpans.MAX_SUBJECT_TOKENS; i++) {
      if ((w[i].equals("til") || w[i].equals("om")) && w[i + 1].equals("å")) {
        return i;
      }
      if (!Character.isLetterOrDigit(w[i].charAt(0)) || isThat(w[i]) || lexicon.contains("negation", w[i])) {
        return -1;
      }
    }
    return -1;
  }

  // ---- "ble av X omtalt som Y" ----

  /**
   * A naming or accusation in the passive with its agent: "ble han av Aftenposten omtalt som
   * «Nord-Norges Dior»", "Planen ble kalt et svik av opposisjonen": the agent is the source, the
   * predicate the claim.
   */
  private List<Draft> passiveWithAgent(String[] w, List<Draft> found) {
    List<Draft> out = new ArrayList<>();
    for (int c = 1; c < w.length; c++) {
      if (lexicon.match("object-claim", w, c) != 1 || !lexicon.contains("cue-participle", w[c])) {
        continue;
      }
      int start = clauseStart(w, c);
      boolean passive = false;
      for (int i = Math.max(start, c - MAX_MODAL_GAP); i < c; i++) {
        passive |= lexicon.contains("impersonal-auxiliary", w[i]);
      }
      int at = c;
      if (!passive || found.stream().anyMatch(d -> d.cueFrom <= at && at < d.cueTo)) {
        continue;
      }
      int end = boundaries.contentEnd(w, c + 1);
      int agentFrom = -1;
      int agentTo = -1;
      int predicateTo = end;
      for (int i = c - 2; i >= start && i >= c - 1 - SourceSpans.MAX_NAME_TOKENS; i--) {
        if (w[i].equals("av")) {
          agentFrom = i + 1; // "ble han av Aftenposten omtalt"
          agentTo = c;
          break;
        }
      }
      if (agentFrom < 0) {
        for (int i = c + 2; i < end; i++) {
          if (w[i].equals("av") && end - i - 1 >= 1 && end - i - 1 <= SourceSpans.MAX_NAME_TOKENS) {
            agentFrom = i + 1; // "ble kalt et svik av opposisjonen"
            agentTo = end;
            predicateTo = i;
            break;
          }
        }
      }
      if (agentFrom < 0) {
        continue;
      }
      int from = c + 1 < predicateTo && lexicon.contains("object-predicate", w[c + 1]) ? c + 2 : c + 1;
      from = skipOpeners(w, from);
      int to = predicateTo;
      while (to > from && (isCloser(w[to - 1]) || w[to - 1].equals(","))) {
        to--;
      }
      if (to - from < 1) {
        continue;
      }
      Draft d = new Draft();
      d.kind = ClaimKind.ATTRIBUTED;
      d.cueFrom = c;
      d.cueTo = c + 1;
      d.sourceFrom = agentFrom;
      d.sourceTo = agentTo;
      d.content.add(new int[] {from, to});
      out.add(d);
    }
    return out;
  }

  // ---- "ifølge X" ----

  private List<Draft> accordingTo(String[] w, Sentence s) {
    List<Draft> out = new ArrayList<>();
    for (int c = 0; c < w.length; c++) {
      int length = lexicon.match("according-to", w, c);
      if (length == 0) {
        continue;
      }
      if (lexicon.match("according-to-set-off", w, c) == length && clauseStart(w, c) != c && !w[c - 1].equals(",")) {
        continue; // "vurdert ordningen i henhold til kravene": in line with a rule, not a source
      }
      int end = boundaries.contentEnd(w, 0);
      int sourceTo = sources.sourceEnd(s, w, c + length, end);
      // Without commas, the source is the noun phrase right after the cue: it ends at a preposition
      // ("ifølge politiet i et kjøkken …").
      for (int i = c + length + 1; i < sourceTo; i++) {
        if (lexicon.contains("source-stop-after-name", w[i])) {
          sourceTo = i;
          break;
        }
      }
      int appositionEnd = sources.appositionEnd(s, w, sources.sourceEnd(s, w, c + length, end), end);
      if (appositionEnd > sources.sourceEnd(s, w, c + length, end)) {
        sourceTo = appositionEnd; // "ifølge kulturansvarlig for frukt i Norgrønt, Knut Hauso, ligger …"
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
      for (int k = c + length + 1; k < sourceTo; k++) {
        int verb = lexicon.match("according-to-verb", w, k);
        if (verb > 0) {
          // "Etter det NRK erfarer, …": the newsroom is the source, the whole phrase the cue
          d.sourceTo = k;
          d.cueTo = Math.min(k + verb, end);
          sourceTo = d.cueTo;
          break;
        }
      }
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
      if (length > 0 && r > 0 && lexicon.contains("modal", w[r - 1])) {
        length = 0; // "må sies å være", "kan sies å": the writer's judgement, not hearsay
      }
      if (length == 0) {
        length = reportativeModal(w, r);
      }
      if (length == 0) {
        length = impersonalPassive(w, r);
      }
      int postposed = r > 1 && w[r - 1].equals(",") ? lexicon.match("postposed-reportative", w, r) : 0;
      if (postposed > 0 && onlyTerminals(w, r + postposed)) {
        // "Hundrevis av hus ble oversvømt, ble det rapportert.": what stands before the comma
        Draft d = new Draft();
        d.kind = ClaimKind.REPORTED;
        d.cueFrom = r;
        d.cueTo = r + postposed;
        d.content.add(new int[] {skipOpeners(w, 0), r - 1});
        out.add(d);
        break;
      }
      if (length == 0) {
        continue;
      }
      int at = r;
      // "skal X ha sagt at": the hearsay hedges X's claim, no second claim of its own
      boolean covered = attributed.stream().anyMatch(d -> at >= d.contentFrom() && at < d.contentTo()
          || d.hearsayModal == at);
      if (covered) {
        continue;
      }
      Draft d = new Draft();
      d.kind = ClaimKind.REPORTED;
      d.cueFrom = r;
      d.cueTo = r + length;
      d.content.add(boundaries.clause(w, r));
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
    boolean personal = r > 0 && words.isSpeakerOrHearer(w[r - 1]) || r + 1 < w.length && words.isSpeakerOrHearer(w[r + 1]);
    if (personal) {
      return 0; // "vi skulle ha vunnet", "du skal ha takk": no one reports on themselves by hearsay
    }
    for (int i = r + 1; i < Math.min(w.length, r + MAX_MODAL_GAP); i++) {
      if (w[i].equals(",") || isTerminal(w[i]) || w[i].equals("at") || lexicon.contains("counterfactual", w[i])) {
        return 0; // "skulle egentlig ha reist": what was planned, not what is said to have happened
      }
      boolean perfect = (w[i].equals("ha") || w[i].equals("ha'")) && i + 1 < w.length && words.isParticiple(w, i + 1);
      // "skal være aktor i saken", "skal være med": a role or a plan, not hearsay
      boolean copula = (w[i].equals("være") || w[i].equals("vere")) && i + 1 < w.length && !w[i + 1].equals("med")
          && !lexicon.endsWithAny("person-noun", w[i + 1]);
      if (perfect || copula) {
        return i == r + 1 ? 2 : 1;
      }
      if (lexicon.match("stative-infinitive", w, i) > 0) {
        return 1; // "Saken skal dreie seg om …": a state one cannot plan is reported
      }
    }
    return 0;
  }

  // ---- factual, check-worthy statements ----

  private List<Draft> factual(String[] w, Sentence s, Paragraph p, List<Draft> claims) {
    List<Draft> out = new ArrayList<>();
    if (w[w.length - 1].equals("?")) {
      return out;
    }
    int i = 0;
    int end = boundaries.contentEnd(w, 0);
    while (i < end) {
      int[] clause = boundaries.clause(w, i);
      boolean covered = claims.stream().anyMatch(d -> overlaps(d, clause));
      double score = covered ? 0 : checkWorthiness.score(w, s, p, clause);
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

  private Claim toClaim(Draft d, Paragraph p, Sentence s, String[] w, SourceResolver resolver) {
    List<Token> t = s.tokens();
    String text = p.text();
    List<TextSpan> parts = new ArrayList<>(d.content.stream().map(r -> span(text, t, r[0], r[1])).toList());
    if (d.quoteStart >= 0) {
      parts.set(0, TextSpan.of(text, d.quoteStart, parts.get(0).end()));
    }
    if (d.anaphoric) {
      parts.set(0, priorSpan(text, d.priorStart, d.priorEnd));
    }
    TextSpan content = TextSpan.of(text, parts.get(0).start(), parts.get(parts.size() - 1).end());
    Optional<TextSpan> cue = d.cueFrom < 0 ? Optional.empty() : Optional.of(span(text, t, d.cueFrom, d.cueTo));
    Optional<TextSpan> source = d.sourceFrom < 0 ? Optional.empty() : Optional.of(span(text, t, d.sourceFrom, d.sourceTo));
    List<TextSpan> hedges = new ArrayList<>();
    for (int[] r : d.content) {
      words.addHedges(w, text, t, r[0], r[1], hedges);
    }
    if (d.beliefCue || d.kind == ClaimKind.REPORTED) {
      cue.ifPresent(hedges::add);
    }
    if (d.hearsayModal >= 0) {
      hedges.add(span(text, t, d.hearsayModal, d.hearsayModal + 1)); // what X "skal ha sagt" is hearsay
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
}
