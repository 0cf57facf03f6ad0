package io.newsflow.nlp.claims;

import static io.newsflow.nlp.claims.ContentBoundaries.subordinateEnd;
import static io.newsflow.nlp.claims.Punctuation.firstComma;
import static io.newsflow.nlp.claims.Punctuation.isCloser;
import static io.newsflow.nlp.claims.Punctuation.isOpener;
import static io.newsflow.nlp.claims.Punctuation.onlyTerminals;
import static io.newsflow.nlp.claims.Punctuation.quotedStart;
import static io.newsflow.nlp.claims.Punctuation.skipOpeners;
import static io.newsflow.nlp.claims.SourceSpans.asked;

import io.newsflow.nlp.model.ClaimKind;
import io.newsflow.nlp.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Attributed claims around a reporting or belief verb ("sier", "mener", "har hevdet", "slo fast"): which
 * order its source, cue and content stand in (subject first, inverted, after a quotation), and when a
 * cue reports nothing ("å si", "det han mente", "sier tvert nei").
 */
final class ReportingVerbs {
  /** How many words a predicate after a long object may have: "som et grusomt angrep på uskyldige mennesker". */
  private static final int MAX_PREDICATE_TOKENS = 8;
  private final ClaimLexicon lexicon;
  private final WordClasses words;
  private final ContentBoundaries boundaries;
  private final SourceSpans sources;
  private final Hearsay hearsay;

  ReportingVerbs(ClaimLexicon lexicon, WordClasses words, ContentBoundaries boundaries, SourceSpans sources,
      Hearsay hearsay) {
    this.lexicon = lexicon;
    this.words = words;
    this.boundaries = boundaries;
    this.sources = sources;
    this.hearsay = hearsay;
  }

  /**
   * The attributed claims of a sentence: at each cue, the construction it stands in says where its source
   * and content are; the draft is kept if what it reports is a claim.
   */
  List<Draft> attributed(String[] w, Sentence s) {
    List<Draft> out = new ArrayList<>();
    for (int c = 0; c < w.length; c++) {
      Optional<Cue> found = cueAt(w, c);
      if (found.isEmpty()) {
        Draft split = splitParticle(s, w, c);
        if (split != null) {
          out.add(split);
        }
        continue;
      }
      Cue cue = found.get();
      Draft split = cue.length() == 1 ? splitParticle(s, w, c) : null;
      if (split != null && (!split.postposed || lexicon.match("directive-only", w, c) == cue.length())) {
        // "I går sa ordføreren fra at …": "sa" is a cue alone too, but here with its particle; "…, ber X om":
        // a request's own verb reports nothing without whom it urges
        out.add(split);
        continue;
      }
      if (reportsNothing(w, c, cue.length())) {
        continue;
      }
      Reading r = reading(w, cue);
      // each construction fills in the draft's source and content, or finds that the cue reports nothing
      boolean read = switch (construction(s, w, r)) {
        case SUBJECT_AFTER_MODAL -> subjectAfterModal(w, r);
        case PERCEIVED_SPEAKER -> perceivedSpeaker(w, r);
        case SUBJECT_AFTER_INVERTED_MODAL -> subjectAfterInvertedModal(w, r);
        case SUBJECT_AFTER_FRONTED_CLAUSE -> subjectAfterFrontedClause(s, w, r);
        case SUBJECT_BEFORE_INSERTED_CLAUSE -> subjectBeforeInsertedClause(s, w, r);
        case CONTENT_FIRST -> contentFirst(s, w, r);
        case WRITTEN_IN -> writtenIn(w, r);
        case WRITTEN_UNNAMED -> false;
        case SUBJECT_AFTER_AUXILIARY -> subjectAfterAuxiliary(w, r);
        case SUBJECT_AFTER_CUE -> subjectAfterCue(s, w, r);
        case CONTENT_BEFORE_SUBJECT -> contentBeforeSubject(w, r);
        case SUBJECT_FIRST -> subjectFirst(s, w, r, out);
      };
      if (read) {
        admit(s, w, r, out);
      }
    }
    return out;
  }

  /** A reporting verb one of the cue lists knows: where it starts, how many words, and which list. */
  private record Cue(int at, int length, boolean belief, boolean written) {}

  /**
   * One cue's draft while the order of its source, cue and content is read: the comma that sets a
   * construction apart ("«…», sier X", "Da …, svarte Støre at"), how far the content may reach, and
   * whether a complement ("at …") follows, which is what makes the content a statement.
   */
  private static final class Reading {
    final Cue cue;
    final Draft draft;
    final int comma;
    int end;
    boolean complement;

    Reading(Cue cue, Draft draft, int comma, int end) {
      this.cue = cue;
      this.draft = draft;
      this.comma = comma;
      this.end = end;
    }
  }

  /** How source, cue and content stand, in the order {@link #construction} tries them. */
  private enum Construction {
    /** "skal også den ene av dem ha sagt at …" */
    SUBJECT_AFTER_MODAL,
    /** "Vi hørte ham fortelle at …" */
    PERCEIVED_SPEAKER,
    /** "Nå kan vi fortelle at …", "For de av dere som …, kan vi fortelle at …" */
    SUBJECT_AFTER_INVERTED_MODAL,
    /** "Da han ble spurt om valget, svarte Støre at …" */
    SUBJECT_AFTER_FRONTED_CLAUSE,
    /** "Journalist X, som følger miljøet tett, sier at …", "A neighbour, who asked not to be named, said she …" */
    SUBJECT_BEFORE_INSERTED_CLAUSE,
    /** "«…», sier X." */
    CONTENT_FIRST,
    /** "I rapporten står det at …" */
    WRITTEN_IN,
    /** a written cue ("står det") in none of the orders above: no text to name as the source */
    WRITTEN_UNNAMED,
    /** "Samtidig har både X og Y gjort det klart at …" */
    SUBJECT_AFTER_AUXILIARY,
    /** "Nå sier han at …" */
    SUBJECT_AFTER_CUE,
    /** "…, the union said on Tuesday.": the claim before a comma, its subject after it, nothing claimed after the cue */
    CONTENT_BEFORE_SUBJECT,
    /** "Støre sier at …" */
    SUBJECT_FIRST
  }

  /** The cue that starts at token {@code c}: a reporting verb first, then a belief, then a written one. */
  private Optional<Cue> cueAt(String[] w, int c) {
    int length = lexicon.match("cue", w, c);
    if (length > 0) {
      return Optional.of(new Cue(c, length, false, false));
    }
    length = lexicon.match("belief-cue", w, c);
    if (length > 0) {
      return Optional.of(new Cue(c, length, true, false));
    }
    length = lexicon.match("written-cue", w, c);
    return length > 0 ? Optional.of(new Cue(c, length, false, true)) : Optional.empty();
  }

  /** A cue's draft before its construction is known: the cue's span and the comma before it. */
  private Reading reading(String[] w, Cue cue) {
    int c = cue.at();
    Draft d = new Draft();
    d.kind = ClaimKind.ATTRIBUTED;
    d.beliefCue = cue.belief();
    d.written = cue.written();
    d.cueFrom = c;
    d.cueTo = c + cue.length();
    // "Tyskeren, som …, har sagt at": an auxiliary right after an inserted clause's comma is the verb's too
    if (c > 0 && lexicon.contains("auxiliary", w[c - 1])
        && (words.clauseStart(w, c - 1) != c - 1
            || c > 2 && w[c - 2].equals(",") && boundaries.skipComplementiser(w, d.cueTo) > d.cueTo)) {
      d.cueFrom = c - 1;
    }
    int end = boundaries.contentEnd(w, d.cueTo);
    int comma = d.cueFrom > 1 && isCloser(w[d.cueFrom - 1]) && w[d.cueFrom - 2].equals(",") ? d.cueFrom - 2
        : d.cueFrom - 1;
    if (d.cueFrom > 1 && w[d.cueFrom - 1].equals("det") && w[d.cueFrom - 2].equals(",")) {
      comma = d.cueFrom - 2; // "Kondis teller mest, det viser flere studier": "det" takes up what came before
    }
    return new Reading(cue, d, comma, end);
  }

  /** The construction a cue stands in, told by the comma before it, what follows it and the words around it. */
  private Construction construction(Sentence s, String[] w, Reading r) {
    Draft d = r.draft;
    int comma = r.comma;
    boolean complementFollows = boundaries.skipComplementiser(w, d.cueTo) > d.cueTo;
    if (sources.invertedHearsayModal(w, r.cue.at()) >= 0 && complementFollows) {
      return Construction.SUBJECT_AFTER_MODAL;
    }
    if (d.cueFrom == r.cue.at() && sources.perceivedSpeaker(w, r.cue.at()) >= 0 && complementFollows) {
      return Construction.PERCEIVED_SPEAKER;
    }
    if (d.cueFrom == r.cue.at() && sources.invertedModal(w, r.cue.at()) >= 0
        && (complementFollows || r.cue.belief())) {
      return Construction.SUBJECT_AFTER_INVERTED_MODAL;
    }
    if (comma > 0 && w[comma].equals(",") && comma == d.cueFrom - 1 && sources.afterFrontedClause(w, comma)
        || r.cue.belief() && sources.quotedFrontedClause(w, d.cueFrom, d.cueTo)) {
      return Construction.SUBJECT_AFTER_FRONTED_CLAUSE;
    }
    if (comma > 0 && w[comma].equals(",") && !isCloser(w[d.cueFrom - 1])
        && (complementFollows || sources.subjectBeforeInsertion(s, w, comma) && !sourceToTheEnd(s, w, r)
            || lexicon.match("object-claim", w, r.cue.at()) == r.cue.length() && relativeSubjectOpening(w, comma)
                && predicateFollows(w, d.cueTo + 1, r.end))) {
      return Construction.SUBJECT_BEFORE_INSERTED_CLAUSE;
    }
    if (comma > 0 && w[comma].equals(",") || comma > 0 && isCloser(w[d.cueFrom - 1]) && !isOpener(w[comma])
        || asked(s, w, comma, d.cueFrom)) {
      return Construction.CONTENT_FIRST;
    }
    if (r.cue.written()) {
      return sources.isInverted(w, d.cueFrom) ? Construction.WRITTEN_IN : Construction.WRITTEN_UNNAMED;
    }
    if (d.cueFrom > 0 && w[d.cueFrom - 1].equals("som") && sources.antecedentStart(w, d.cueFrom - 1) < d.cueFrom - 1) {
      return Construction.SUBJECT_FIRST; // "I Ap er det lett å finne folk som mener": the relative's antecedent
    }
    if (sources.invertedAuxiliary(w, r.cue.at(), d.cueFrom) >= 0) {
      return Construction.SUBJECT_AFTER_AUXILIARY;
    }
    if (sources.isInverted(w, d.cueFrom) || pronounAfterDemand(w, r)) {
      return Construction.SUBJECT_AFTER_CUE;
    }
    return sources.trailingSubject(s, w, d.cueFrom, d.cueTo, r.end) ? Construction.CONTENT_BEFORE_SUBJECT
        : Construction.SUBJECT_FIRST;
  }

  /**
   * "Per årsverk krever de et tillegg", "Hvert år krever vi …": a subject pronoun right after a cue of demands,
   * a few words into its clause, is its subject; "de" only before an object's determiner or number ("krever de
   * nye reglene" has "de" as a determiner).
   */
  private boolean pronounAfterDemand(String[] w, Reading r) {
    Draft d = r.draft;
    int after = d.cueTo;
    if (after + 1 >= w.length || lexicon.match("demand-object", w, r.cue.at()) != r.cue.length()
        || !words.isSubjectPronoun(w[after]) || d.cueFrom - words.clauseStart(w, d.cueFrom) > 3
        || d.cueFrom == words.clauseStart(w, d.cueFrom)) {
      return false;
    }
    return !lexicon.contains("pronoun-group", w[after]) || Character.isDigit(w[after + 1].charAt(0))
        || java.util.Set.of("en", "et", "ei", "noen", "flere").contains(w[after + 1]);
  }

  /** "Da …, skal også den ene av dem ha sagt at …": the subject between the modal and "ha". */
  private boolean subjectAfterModal(String[] w, Reading r) {
    Draft d = r.draft;
    int c = r.cue.at();
    d.cueFrom = c - 1;
    d.hearsayModal = sources.invertedHearsayModal(w, c);
    d.sourceFrom = d.hearsayModal + 1;
    while (d.sourceFrom < c - 2 && lexicon.match("adverb", w, d.sourceFrom) == 1) {
      d.sourceFrom++; // "skal også"
    }
    d.sourceTo = c - 1;
    d.content.add(new int[] {boundaries.skipComplementiser(w, d.cueTo), r.end});
    r.complement = true;
    return true;
  }

  /** "Vi hørte ham fortelle at …": the one heard or seen telling is the source. */
  private boolean perceivedSpeaker(String[] w, Reading r) {
    Draft d = r.draft;
    d.sourceFrom = sources.perceivedSpeaker(w, r.cue.at());
    d.sourceTo = d.cueFrom;
    contentAfterCue(w, r);
    return true;
  }

  /** "Her må jeg si at …": the subject between the modal and the infinitive cue, the content after it. */
  private boolean subjectAfterInvertedModal(String[] w, Reading r) {
    Draft d = r.draft;
    d.sourceFrom = sources.invertedModal(w, r.cue.at()) + 1;
    d.sourceTo = d.cueFrom;
    d.sourceTo = sources.withoutTrailingAdverbs(w, d.sourceFrom, d.sourceTo); // "kan vi nå fortelle"
    contentAfterCue(w, r);
    return true;
  }

  /**
   * "…, which have lost jobs, said Anne Hale.", "…, said a spokesman.": whether what follows the cue, up
   * to a comma or the end, is a name or a person without a verb, so the cue's subject comes after it.
   */
  private boolean sourceToTheEnd(Sentence s, String[] w, Reading r) {
    int from = r.draft.cueTo;
    boolean person = from < r.end && Character.isUpperCase(s.tokens().get(from).text().charAt(0));
    int i = from;
    for (; i < r.end && !w[i].equals(","); i++) {
      if (lexicon.contains("verb-stop", w[i]) || lexicon.contains("finite-verb", w[i])
          || lexicon.contains("auxiliary", w[i]) || lexicon.contains("negation", w[i])) {
        return false; // "said she had heard shouting": a clause
      }
      person |= lexicon.contains("person-noun", w[i]);
    }
    return person && i - from <= SourceSpans.MAX_SOURCE_TOKENS;
  }

  /** "Da han ble spurt om valget, svarte Støre at …": the verb comes second, its subject after it. */
  private boolean subjectAfterFrontedClause(Sentence s, String[] w, Reading r) {
    if (!sourceAfterCue(s, w, r)) {
      return false;
    }
    Draft d = r.draft;
    if (isOpener(w[0])) {
      d.sourceTo = d.sourceFrom + 1; // "– Hvis …, tror jeg vi klarer det, sa han": the pronoun alone
      r.end = boundaries.beforePostposedAttribution(w, d.sourceTo, r.end);
      r.complement = true;
    } else {
      r.complement = boundaries.skipComplementiser(w, d.sourceTo) > d.sourceTo;
    }
    d.content.add(new int[] {boundaries.skipComplementiser(w, d.sourceTo), r.end});
    return true;
  }

  /**
   * The source as the subject right after the cue, with an apposition if one follows; false when
   * what follows the cue is a passive's predicate, not a subject.
   */
  private boolean sourceAfterCue(Sentence s, String[] w, Reading r) {
    Draft d = r.draft;
    d.sourceFrom = d.cueTo;
    if (predicateAfterPassive(w, d, r.end)) {
      return false;
    }
    d.sourceTo = sources.appositionEnd(s, w, sources.sourceEnd(s, w, d.cueTo, r.end), r.end);
    return true;
  }

  /** "Journalist X, som følger miljøet tett, sier at …": the subject stands before the inserted clause. */
  private boolean subjectBeforeInsertedClause(Sentence s, String[] w, Reading r) {
    Draft d = r.draft;
    int comma = r.comma;
    d.sourceFrom = skipOpeners(w, words.clauseStartBefore(w, comma));
    d.sourceTo = firstComma(w, d.sourceFrom, comma);
    d.sourceFrom = sources.afterSubordinator(w, d.sourceFrom, d.sourceTo); // "Dette var før hun, år senere, innrømmet"
    if (sources.appositionEnd(s, w, d.sourceTo, comma + 1) == comma) {
      d.sourceTo = comma; // "Lederen i X, Lill Larsen, mener at …": the name is the source's too
    }
    d.content.add(new int[] {boundaries.skipComplementiser(w, d.cueTo), r.end});
    r.complement = true;
    return true;
  }

  /** "«…», sier X." / "– …, sier X." / "«…,» sier X.": the content first, the source after the cue. */
  private boolean contentFirst(Sentence s, String[] w, Reading r) {
    Draft d = r.draft;
    if (lexicon.match("pointing-cue", w, r.cue.at()) == r.cue.length()) {
      return false; // "Vi snakket om motorsykler, pekte på busser": a second verb of the subject before, no quotation
    }
    if (relativeSubjectBefore(w, r.comma)) {
      return false; // "Eksperter som tror at renten stiger, advarer mot lån": a subject, not a quotation
    }
    d.content.add(quotationBefore(w, r.comma));
    // "«…», står det i brevet": the text it stands in is the source
    d.sourceFrom = r.cue.written() && d.cueTo < r.end && lexicon.contains("written-in", w[d.cueTo]) ? d.cueTo + 1
        : d.cueTo;
    d.sourceTo = sources.appositionEnd(s, w, sources.sourceEnd(s, w, d.sourceFrom, r.end), r.end);
    if (words.negatedSource(w, d.sourceFrom, d.sourceTo)) {
      return false; // "Hvem som kjøpte spriten, sier han ikke": what is not said is not claimed
    }
    for (int k = d.sourceFrom; k < d.sourceTo && !r.cue.written(); k++) { // "står det å lese på X" names X
      if (lexicon.contains("infinitive-marker", w[k])) {
        return false; // "Om X ikke går, vurderer departementet å gå til retten": an infinitive, no one named after a quotation
      }
    }
    if (d.sourceFrom < r.end && lexicon.contains("wh-word", w[d.sourceFrom])) {
      return false; // "De fleste som kjente ham, eller senere, skjønner hvorfor …": a subject before, a question after
    }
    if (!isOpener(w[0]) && !isCloser(w[d.cueFrom - 1]) && d.sourceTo + 1 < r.end && words.isThat(w[d.sourceTo])) {
      // "Uavhengig av hvem som …, mener utvalget at …": an adverbial fronted, the claim after "at"
      d.content.set(0, new int[] {d.sourceTo + 1, r.end});
    } else {
      d.postposed = true;
    }
    r.complement = true;
    return true;
  }

  /**
   * Whether the sentence, not a quotation, opens with a short noun phrase and its relative clause that
   * ends at {@code comma}: the main verb after the comma has that noun phrase as its subject.
   */
  private boolean relativeSubjectBefore(String[] w, int comma) {
    int first = comma < 2 ? comma : firstComma(w, 0, comma);
    if (first < comma && first >= 1 && first <= SourceSpans.MAX_SUBJECT_TOKENS && w[first + 1].equals("som")
        && lexicon.match("cue", w, first + 2) + lexicon.match("belief-cue", w, first + 2) > 0
        && !isOpener(w[0]) && noVerbBetween(w, 0, first)) {
      return true; // "Fylkeslegen, som mener at …, ber kommunene …": the subject and its relative clause
    }
    if (comma < 2 || first != comma) {
      return false;
    }
    for (int i = 0; i < comma; i++) {
      if (isOpener(w[i]) || isCloser(w[i])) {
        return false; // "«Skjer det, vil …», sier han": a quotation after all
      }
    }
    for (int i = 1; i < comma && i <= SourceSpans.MAX_SUBJECT_TOKENS; i++) {
      if (w[i].equals("som")) {
        // "Eksperter som tror at …": a relative clause with a cue of its own, not "hvem som skal", "klinger som musikk"
        return i + 1 < comma && (lexicon.match("cue", w, i + 1) > 0 || lexicon.match("belief-cue", w, i + 1) > 0);
      }
      if (lexicon.contains("verb-stop", w[i]) || lexicon.contains("finite-verb", w[i]) || words.isThat(w[i])
          || lexicon.contains("wh-word", w[i]) || lexicon.match("cue", w, i) > 0 || lexicon.match("belief-cue", w, i) > 0) {
        return false;
      }
    }
    return false;
  }

  /**
   * "En analyse som Legeforeningen har foretatt, beskriver …": the sentence opens with a short noun phrase and a
   * relative clause with a verb of its own, ended by the comma before the cue; the whole is the cue's subject.
   */
  private boolean relativeSubjectOpening(String[] w, int comma) {
    if (isOpener(w[0]) || firstComma(w, 0, comma) != comma) {
      return false;
    }
    for (int i = 1; i < comma && i <= SourceSpans.MAX_SUBJECT_TOKENS; i++) {
      if (w[i].equals("som")) {
        return !noVerbBetween(w, i + 1, comma) && comma - i <= SourceSpans.MAX_SOURCE_TOKENS;
      }
      if (!noVerbBetween(w, i, i + 1) || words.isThat(w[i]) || lexicon.match("cue", w, i) > 0) {
        return false;
      }
    }
    return false;
  }

  /** "I rapporten står det at …": the adverbial before names the text. */
  private boolean writtenIn(String[] w, Reading r) {
    Draft d = r.draft;
    int start = words.clauseStart(w, d.cueFrom);
    d.sourceFrom = lexicon.contains("written-in", w[start]) ? start + 1 : d.cueFrom;
    d.sourceTo = d.cueFrom;
    contentAfterCue(w, r);
    return true;
  }

  /** "Samtidig har både X og Y gjort det klart at …": the subject stands between auxiliary and participle. */
  private boolean subjectAfterAuxiliary(String[] w, Reading r) {
    Draft d = r.draft;
    d.sourceFrom = sources.invertedAuxiliary(w, r.cue.at(), d.cueFrom) + 1;
    d.sourceTo = d.cueFrom;
    if (d.sourceFrom + lexicon.match("focus", w, d.sourceFrom) < d.sourceTo) {
      d.sourceFrom += lexicon.match("focus", w, d.sourceFrom); // "har til og med velgerne innsett"
    }
    d.sourceTo = sources.withoutTrailingAdverbs(w, d.sourceFrom, d.sourceTo); // "hadde styret allerede varslet"
    contentAfterCue(w, r);
    return true;
  }

  /** "Nå sier han at …", "Det mener også X": the subject right after the verb. */
  private boolean subjectAfterCue(Sentence s, String[] w, Reading r) {
    if (!sourceAfterCue(s, w, r)) {
      return false;
    }
    Draft d = r.draft;
    if (d.sourceTo - d.sourceFrom >= 2 && words.isSubjectPronoun(w[d.sourceFrom])
        && lexicon.contains("negation", w[d.sourceFrom + 1]) && lexicon.match("cue", w, r.cue.at()) == r.cue.length()) {
      return false; // "Det sier jeg ikke", "Nå sa han aldri at …": what is not said is not claimed
    }
    if ((lexicon.match("demand-object", w, r.cue.at()) == r.cue.length()
        || lexicon.match("object-claim", w, r.cue.at()) == r.cue.length())) {
      // "I fjor krevde Fagforbundet et tillegg på 3 prosent": the name ends where its object begins
      for (int k = d.sourceFrom + 1; k < d.sourceTo; k++) {
        boolean nameEnds = Character.isUpperCase(s.tokens().get(k - 1).text().charAt(0))
            && Character.isLowerCase(s.tokens().get(k).text().charAt(0)) && !lexicon.contains("coordinator", w[k]);
        if (nameEnds || Character.isDigit(w[k].charAt(0))) {
          d.sourceTo = k;
          break;
        }
      }
    }
    int that = sources.pronounThenThat(w, d.sourceFrom, d.sourceTo);
    if (that > 0 || d.sourceTo - d.sourceFrom > 1 && words.isSubjectPronoun(w[d.sourceFrom])) {
      // "fastslo han like enkelt at", "synes jeg det er …": a pronoun is the whole source
      d.sourceTo = d.sourceFrom + 1;
    }
    int contentFrom = that > 0 ? that + 1 : boundaries.skipComplementiser(w, d.sourceTo);
    r.complement = contentFrom > d.sourceTo;
    d.anaphoric = !r.complement && d.cueFrom == words.clauseStart(w, d.cueFrom) + 1
        && lexicon.contains("anaphoric-object", w[d.cueFrom - 1]) && words.onlyAdverbials(w, d.sourceTo, r.end);
    d.content.add(d.anaphoric ? new int[] {d.cueFrom, d.cueFrom} : new int[] {contentFrom, r.end});
    return true;
  }

  /**
   * "Dockworkers will strike next week, the union said on Tuesday.": the subject between the comma and
   * the cue, what it said the clause before the comma.
   */
  private boolean contentBeforeSubject(String[] w, Reading r) {
    Draft d = r.draft;
    d.sourceFrom = words.clauseStart(w, d.cueFrom);
    d.sourceTo = d.cueFrom;
    d.sourceTo = sources.withoutTrailingAdverbs(w, d.sourceFrom, d.sourceTo); // "…, the union also said"
    d.content.add(quotationBefore(w, d.sourceFrom - 1));
    for (int i = d.cueTo; i < r.end; i++) {
      int resumed = sources.resumedClaim(w, i, r.end);
      if (resumed > 0) {
        d.content.add(new int[] {resumed, r.end}); // "…, the minister said, and wages will follow"
        break;
      }
    }
    d.postposed = true;
    r.complement = true;
    return true;
  }

  /** "Støre sier at …": the subject before the verb, found back from it. */
  private boolean subjectFirst(Sentence s, String[] w, Reading r, List<Draft> out) {
    Draft d = r.draft;
    d.sourceFrom = sources.subjectStart(w, d.cueFrom);
    Draft outer = claimAround(out, d.cueFrom);
    // "Kvinnene sier nei Sentios undersøkelse viser …" (a heading run into its sentence): an answer opens no clause
    if (outer != null && d.sourceFrom < outer.contentFrom() && outer.contentFrom() < d.cueFrom
        && lexicon.match("answer", w, outer.contentFrom()) == 0) {
      d.sourceFrom = outer.contentFrom(); // "Okafor said he thinks …": the subject within what the outer cue reports
    }
    d.sourceTo = sources.subjectEnd(w, d.sourceFrom, d.cueFrom);
    if (d.cueFrom > 0 && w[d.cueFrom - 1].equals("å")) {
      // "Foreldrene møtte opp for å fortelle at": the main clause's verb ends its subject even where
      // no verb list knows it, since an infinitive's source never reaches its "å"
      for (int k = d.sourceFrom + 1; k < d.sourceTo; k++) {
        if (words.looksFinite(s, w, k)) {
          d.sourceTo = k;
          break;
        }
      }
    }
    // "Vi bare håper", "Styret også mener": the adverb is not the source's
    d.sourceTo = sources.withoutTrailingAdverbs(w, d.sourceFrom, d.sourceTo);
    for (int k = d.sourceTo; k + 1 < d.cueFrom && d.sourceTo < d.cueFrom; k++) {
      if (lexicon.contains("coordinator", w[k]) && Character.isUpperCase(s.tokens().get(k + 1).text().charAt(0))
          && d.cueFrom - (k + 1) <= SourceSpans.MAX_NAME_TOKENS && noVerbBetween(w, k + 1, d.cueFrom)) {
        // "Brudd er straffbart og Utenriksdepartementet ber …": a clause of its own with its own named subject
        d.sourceFrom = k + 1;
        d.sourceTo = d.cueFrom;
        break;
      }
    }
    boolean inRelative = sourceIsAntecedent(w, d);
    sourceOfCoordinatedVerb(s, w, d, out);
    if (d.cueFrom - 2 > d.sourceFrom && lexicon.contains("free-relative", w[d.cueFrom - 2])
        && !lexicon.contains("verb-stop", w[d.cueFrom - 1])) {
      d.sourceFrom = d.cueFrom - 1; // "holder fast ved det statsministeren sa, at …": the relative's subject
    }
    contentAfterSubject(s, w, r, inRelative);
    return true;
  }

  /** Whether the cue is the verb of a relative clause, whose antecedent is then the source. */
  private boolean sourceIsAntecedent(String[] w, Draft d) {
    int relative = d.cueFrom - 1;
    int antecedent = w[relative < 0 ? 0 : relative].equals("som") ? sources.antecedentStart(w, relative) : relative;
    if (antecedent < relative) {
      // "kravet fra mannen som mente at …", "støtte fra lærerne som sier at …": the relative's own
      // verb is the cue, so its antecedent said it
      d.sourceFrom = antecedent;
      d.sourceTo = relative;
      return true;
    }
    if (relative > 1 && w[relative].equals("som") && w[relative - 1].equals(",")
        && (boundaries.skipComplementiser(w, d.cueTo) > d.cueTo || lexicon.match("demand-object", w, d.cueFrom) > 0)
        && sources.antecedentStart(w, relative - 1) < relative - 1) {
      // "offiserer fra et Nato-land, som sier at …": the antecedent before the relative's comma
      d.sourceFrom = sources.antecedentStart(w, relative - 1);
      d.sourceTo = relative - 1;
      for (int k = d.sourceFrom + 1; k < d.sourceTo - 1; k++) {
        if (w[k].equals("av") && words.isParticiple(w, d.sourceFrom)) {
          d.sourceFrom = k + 1; // "ble tatt opp av Naturvernforbundet, som mener": the agent
        }
      }
      return true;
    }
    return false;
  }

  /** A cue coordinated after an earlier verb ("…, men understreker", "og advarer") shares that verb's subject. */
  private void sourceOfCoordinatedVerb(Sentence s, String[] w, Draft d, List<Draft> out) {
    Draft said = d.cueFrom > 1 && lexicon.contains("coordinator", w[d.cueFrom - 1]) && !w[d.cueFrom - 2].equals(",")
        && boundaries.skipComplementiser(w, d.cueTo) > d.cueTo ? claimAround(out, d.cueFrom - 1) : null;
    if (said != null && said.cueTo <= said.contentFrom() && said.contentFrom() < d.cueFrom - 1) {
      // "argued that A and warned that B": the second verb and its that-clause are the first verb's
      // subject's too, and A ends before the conjunction
      d.sourceFrom = said.sourceFrom;
      d.sourceTo = said.sourceTo;
      int[] last = said.content.get(said.content.size() - 1);
      last[1] = Math.min(last[1], d.cueFrom - 1);
      return;
    }
    boolean afterCommaAndCoordinator = d.sourceTo - d.sourceFrom == 1 && d.sourceFrom > 1
        && w[d.sourceFrom - 1].equals(",") && lexicon.contains("coordinator", w[d.sourceFrom]);
    Draft first = afterCommaAndCoordinator ? claimAround(out, d.sourceFrom - 1) : null;
    if (first != null) {
      // "innrømmer at A, men understreker at B": the second cue shares the first one's source,
      // and the first claim ends where the second verb begins
      d.sourceFrom = first.sourceFrom;
      d.sourceTo = first.sourceTo;
      int[] last = first.content.get(first.content.size() - 1);
      last[1] = Math.min(last[1], d.cueFrom - 2);
    } else if (afterCommaAndCoordinator) {
      // "Kritikerne hisset seg opp, og mente …": the subject of the clause before the comma
      int previous = d.sourceFrom - 1;
      d.sourceFrom = sources.subjectStart(w, previous);
      d.sourceTo = sources.coordinatedSubjectEnd(s, w, d.sourceFrom, previous);
      if (d.sourceFrom > 0 && words.isThat(w[d.sourceFrom - 1])) {
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
  }

  /**
   * The content of a subject-first cue: after the cue, ended by the clause the cue stands in, or the
   * quotation before the subject.
   */
  private void contentAfterSubject(Sentence s, String[] w, Reading r, boolean inRelative) {
    Draft d = r.draft;
    int contentFrom = boundaries.skipComplementiser(w, d.cueTo);
    r.complement = contentFrom > d.cueTo;
    if (d.sourceFrom > 0 && lexicon.match("subordinator", w, d.sourceFrom - 1) > 0
        && words.clauseStart(w, d.sourceFrom - 1) == d.sourceFrom - 1) {
      // "Da Borat sa at …, tenkte Perisat …": the subordinate clause ends at its comma
      r.end = subordinateEnd(w, contentFrom, r.end);
    } else if (!isOpener(w[0]) && sources.opensWithSubordinateClause(w)) {
      // "Når ministeren sier at A, og at B, vil det da …": the main clause after the fronted one is the writer's
      r.end = boundaries.mainClauseAfter(w, contentFrom, r.end);
    }
    if (inRelative) {
      r.end = boundaries.relativeEnd(s, w, contentFrom, r.end);
    }
    // only the English order, the comma inside the quotation: «…», den nye boka X har skrevet is an apposition
    int quoteComma = d.sourceFrom >= 2 && isCloser(w[d.sourceFrom - 1]) && w[d.sourceFrom - 2].equals(",")
        ? d.sourceFrom - 2 : -1;
    if (!r.complement && quoteComma > 0) {
      // '"We will not give up," the minister told reporters.': the source between quotation and cue
      int[] quoted = quotationBefore(w, quoteComma);
      contentFrom = quoted[0];
      r.end = quoted[1];
      d.postposed = true;
      r.complement = true;
    }
    d.content.add(new int[] {contentFrom, r.end});
  }

  /** The quotation or dialogue line that ends at {@code comma} ("«…», sier X"), without its marks. */
  private static int[] quotationBefore(String[] w, int comma) {
    int from = skipOpeners(w, quotedStart(w, comma));
    int to = comma;
    while (to > from && isCloser(w[to - 1])) {
      to--;
    }
    return new int[] {from, to};
  }

  /** The content right after the cue, a complement if "at" or the like opens it. */
  private void contentAfterCue(String[] w, Reading r) {
    Draft d = r.draft;
    int contentFrom = boundaries.skipComplementiser(w, d.cueTo);
    r.complement = contentFrom > d.cueTo;
    d.content.add(new int[] {contentFrom, r.end});
  }

  /** "Allerede da ble religionen ansett som en samlende kraft": a passive and its predicate, no speaker. */
  private static boolean predicateAfterPassive(String[] w, Draft d, int end) {
    return d.sourceFrom < end && (w[d.sourceFrom].equals("som") || w[d.sourceFrom].equals("as"));
  }



  /**
   * Adds a cue's draft to {@code out} if it is a claim: a statement in a clause, with the quotation it
   * leads into, or a stance on a noun phrase ("avviser treenighetslæren").
   */
  private void admit(Sentence s, String[] w, Reading r, List<Draft> out) {
    Draft d = r.draft;
    if (narratesOrRefuses(w, r)) {
      return;
    }
    if (d.anaphoric) {
      if (d.sourceTo > d.sourceFrom && d.sourceTo - d.sourceFrom <= SourceSpans.MAX_SOURCE_TOKENS) {
        // "Det krever mye": "Det" is what requires, no claim taken up, unless someone demands it ("Det krever LO")
        d.holderNeeded = lexicon.match("object-needs-holder", w, r.cue.at()) == r.cue.length();
        out.add(d);
      }
      return;
    }
    if (!r.complement && (objectCue(w, r) || r.cue.belief()) && passiveParticiple(w, r.cue.at())) {
      return; // "ble religionen ansett som …", "er vurdert uavhengig av …": what is said of it, no one saying it
    }
    int[] content = d.content.get(0);
    // before demandedObject may move the content past the cue's preposition
    boolean reflexive = content[0] < w.length && (w[content[0]].equals("seg") || w[content[0]].equals("itself"));
    boolean sourced = d.sourceTo > d.sourceFrom && d.sourceTo - d.sourceFrom <= SourceSpans.MAX_SOURCE_TOKENS
        && !(d.sourceTo - d.sourceFrom == 1 && (lexicon.contains("not-source", w[d.sourceFrom])
            // "Det har vært pekt på at": a passive's auxiliary left as the subject names no one
            || lexicon.match("passive", w, d.sourceFrom) > 0 || lexicon.contains("auxiliary", w[d.sourceFrom])
            || w[d.sourceFrom].equals("vært") || w[d.sourceFrom].equals("been")));
    boolean urged = infinitiveComplement(w, r, content);
    if (!urged && lexicon.match("directive-only", w, r.cue.at()) == r.cue.length()) {
      return; // "ber bare om at …", "ber for de syke": a prayer or a wish, no one urged
    }
    // "staten forventer 28 milliarder kroner": an expectation held of a noun, not only of an at-clause
    boolean expected = r.cue.belief() && !r.complement && lexicon.match("demand-object", w, r.cue.at()) == r.cue.length();
    if (!expected && noPropositionHere(w, r, content)) {
      return;
    }
    boolean clause = !expected && readsAsClause(s, w, r, content);
    boolean demanded = demandedObject(w, r, content);
    if (!clause) {
      if (sourced && nounPhraseObject(w, r, content, demanded)) {
        content[1] = boundaries.objectEnd(s, w, content[0], content[1]);
        // a bare noun demanded is an act asked for ("krever penger"), not yet a stance one can check
        boolean taken = demanded && lexicon.contains("taken-object", w[content[1] - 1]);
        boolean pointedAt = lexicon.match("pointing-cue", w, r.cue.at()) == r.cue.length() && !announcesOrStates(w, content);
        if (content[1] - content[0] >= (demanded ? 2 : 1) && !taken && !pointedAt) {
          d.holderNeeded = lexicon.match("object-needs-holder", w, r.cue.at()) == r.cue.length();
          out.add(d);
        }
      }
    } else if (content[1] - content[0] >= 2 && sourced && !reflexive) {
      out.add(d);
      int colon = content[1];
      if (r.complement && !d.postposed && colon + 2 < w.length && w[colon].equals(":") && isOpener(w[colon + 1])) {
        // "konkluderte med at A: «B»": the quotation the at-clause leads into is the same source's
        quotationAfter(w, d, colon).ifPresent(out::add);
      }
    }
  }

  /** Whether the cue takes a noun object as its claim (demands, stances, objects with a predicate). */
  private boolean objectCue(String[] w, Reading r) {
    int c = r.cue.at();
    int length = r.cue.length();
    return lexicon.match("object-claim", w, c) == length || lexicon.match("demand-object", w, c) == length
        || lexicon.match("proposition-object", w, c) == length;
  }

  /** Whether the participle at {@code c} is a passive's: "ble (religionen) ansett", "er vurdert", not "har vurdert". */
  private boolean passiveParticiple(String[] w, int c) {
    if (!lexicon.contains("cue-participle", w[c])) {
      return false;
    }
    for (int i = c - 1; i >= words.clauseStart(w, c); i--) {
      if (lexicon.contains("passive-auxiliary", w[i]) || lexicon.contains("copula", w[i]) || w[i].equals("blir")
          || w[i].equals("bli")) {
        return true;
      }
      if (lexicon.contains("auxiliary", w[i]) || w[i].equals("som") || words.isThat(w[i])) {
        return false; // "har vurdert", "hadde varslet", "Det er politiet som varslet om"
      }
    }
    return false;
  }

  private boolean noVerbBetween(String[] w, int from, int to) {
    for (int i = from; i < to; i++) {
      if (lexicon.contains("verb-stop", w[i]) || lexicon.contains("finite-verb", w[i]) || lexicon.contains("auxiliary", w[i])) {
        return false;
      }
    }
    return true;
  }

  /** Whether the verb narrates rather than reports, or what it reports is a bare yes or no. */
  private boolean narratesOrRefuses(String[] w, Reading r) {
    Draft d = r.draft;
    boolean inQuotation = d.contentFrom() > 0 && isOpener(w[d.contentFrom() - 1]);
    if (lexicon.match("postposed-cue", w, r.cue.at()) > 0
        && (!d.postposed || !inQuotation && lexicon.match("subordinator", w, d.contentFrom()) > 0)) {
      // "Hun avslutter karrieren", "Da kampen var over, jublet de": no quotation before ("– Dersom
      // vi vinner, …, fortsatte han" opens one)
      return true;
    }
    // "sier tvert nei", "svarte jenta nei": a refusal, not a statement
    return isAnswer(w, d.content.get(0), d.postposed);
  }

  /**
   * An infinitive the cue takes as its complement: "benekter å ha vært der", "oppfordrer NRK til å …". Whether the
   * cue urges someone to do what the infinitive says.
   */
  private boolean infinitiveComplement(String[] w, Reading r, int[] content) {
    Draft d = r.draft;
    int c = r.cue.at();
    if (!r.complement && content[0] < content[1] && (w[content[0]].equals("å") || w[content[0]].equals("to"))
        && lexicon.match("infinitive-claim", w, c) == r.cue.length()) {
      // "Han benekter å ha vært der": a claim about the source's own past, up to the next clause
      content[1] = boundaries.clauseBreak(w, content[0], content[1]);
      r.complement = true;
    }
    int directed = !r.complement && !d.postposed ? directedInfinitive(w, content) : -1;
    if (directed >= 0 && lexicon.match("directive", w, c) == r.cue.length()) {
      // "oppfordrer NRK til å være bevisst på …", "ber alle om å holde seg inne": whom it is urged on and what
      content[1] = boundaries.clauseBreak(w, content[0], content[1]);
      r.complement = content[1] > directed;
      return r.complement;
    }
    return false;
  }

  /**
   * Whether a pointing cue's object announces a list after a colon ("fem årsaker: …") or is a clause of its own
   * ("det er psykososiale faktorer"), a verb in it before any relative clause; not a thing pointed at.
   */
  private boolean announcesOrStates(String[] w, int[] content) {
    for (int i = content[0]; i < content[1]; i++) {
      if (w[i].equals(":")) {
        return true;
      }
      if (w[i].equals("som") || lexicon.contains("wh-word", w[i]) || w[i].equals(",")) {
        return false;
      }
      if (lexicon.contains("verb-stop", w[i]) || lexicon.contains("finite-verb", w[i])
          || lexicon.contains("auxiliary", w[i])) {
        return true;
      }
    }
    return false;
  }

  /** Whether what the cue takes is no proposition, or one that is stated elsewhere. */
  private boolean noPropositionHere(String[] w, Reading r, int[] content) {
    Draft d = r.draft;
    int c = r.cue.at();
    if (r.cue.belief() && !r.complement && lexicon.match("needs-that", w, c) == r.cue.length()) {
      return true; // "Hun er redd for hunder": a fear of a thing, not a belief about what is the case
    }
    if (r.cue.belief() && !r.complement && lexicon.contains("wish", w[c]) && infinitiveOpens(w, content)) {
      return true; // "Høyre håper i det lengste å vinne": a wish for oneself, not a claim
    }
    // "…, som Jensen sa til Dagsavisen, er …": the comment points back; its content is not here
    return !r.complement && d.sourceFrom > 0 && w[d.sourceFrom - 1].equals("som") && !d.postposed
        && words.clauseStart(w, d.sourceFrom - 1) == d.sourceFrom - 1;
  }

  /**
   * Whether the content is a clause: a complement, a belief, what a cue of bare clauses takes, or an
   * object with its predicate, whose content then ends before a coordinated verb.
   */
  private boolean readsAsClause(Sentence s, String[] w, Reading r, int[] content) {
    int c = r.cue.at();
    if (r.complement || r.cue.belief() || lexicon.match("bare-clause", w, c) >= r.cue.length()) {
      return true;
    }
    if (!r.draft.postposed && content[0] < content[1] && lexicon.contains("wh-word", w[content[0]])
        && lexicon.contains("wh-cue", w[c])
        && !w[w.length - 1].equals("?") && !words.negatedWithin(w, words.clauseStart(w, c), c - 1)) {
      return true; // "har innsett hvilket luftslott det var": what is known, worded as a question
    }
    if (content[1] - content[0] >= 3 && lexicon.match("object-claim", w, c) == r.cue.length()
        && !(c > 0 && lexicon.contains("impersonal-auxiliary", w[c - 1]))
        // "vurderer å investere i fond for …": an infinitive is no object; "vurderer sin rolle som …" is one's own
        && !lexicon.contains("infinitive-marker", w[content[0]]) && !lexicon.contains("reflexive-possessive", w[content[0]])
        && predicateFollows(w, content[0] + 1, content[1])) {
      // "beskylder regjeringen for å ha sviktet", "kaller budsjettet for et svik"
      content[1] = boundaries.coordinatedVerbAfter(s, w, content[0], content[1]);
      return true;
    }
    return false;
  }

  /**
   * Whether the cue demands, proposes or warns against its object ("krever X", "advarer mot X"); a
   * preposition the cue takes is moved out of the content.
   */
  private boolean demandedObject(String[] w, Reading r, int[] content) {
    Draft d = r.draft;
    int c = r.cue.at();
    int cueLength = r.cue.length();
    // "Per årsverk krever de et tillegg": the subject may stand between the cue and its object
    boolean demanded = lexicon.match("demand-object", w, c) == cueLength
        && (content[0] == c + cueLength || d.sourceFrom == c + cueLength && content[0] == d.sourceTo);
    if (!demanded && content[0] < content[1]
        && lexicon.match("demand-object", cueThen(w, c, cueLength, content[0]), 0) == cueLength + 1) {
      content[0]++; // "advarer (han) mot X": the preposition is the cue's, X is what is warned against
      demanded = true;
    }
    int adverb = content[0] < content[1] && content[0] == d.cueTo ? lexicon.match("adverb", w, content[0]) : 0;
    if (!demanded && adverb > 0 && content[0] + adverb < content[1]
        && lexicon.match("demand-object", cueThen(w, c, cueLength, content[0] + adverb), 0) == cueLength + 1) {
      content[0] += adverb + 1; // "advarer fredag om forsøk på svindel": a time between cue and preposition
      demanded = true;
    }
    if (demanded && c > 0 && lexicon.contains("passive-auxiliary", w[c - 1]) || demanded && c > 0
        && lexicon.contains("copula", w[c - 1]) && lexicon.contains("cue-participle", w[c])) {
      return false; // "er varslet om barnets navn": who was told, not who warned
    }
    if (demanded && words.negatedWithin(w, words.clauseStart(w, c), c - 1)) {
      return false; // "har ikke Regjeringen foreslått noen endringer": nothing proposed
    }
    if (demanded && d.sourceFrom > 0 && lexicon.match("subordinator", w, d.sourceFrom - 1) > 0) {
      return false; // "Da utvalget foreslo en sammenslåing svarte …": background to the main clause
    }
    return demanded;
  }

  /** "De avviser treenighetslæren og mener …": whether a noun phrase after the cue is what is denied or granted. */
  private boolean nounPhraseObject(String[] w, Reading r, int[] content, boolean demanded) {
    Draft d = r.draft;
    boolean inverted = demanded && d.sourceFrom >= d.cueTo && d.sourceTo <= content[0];
    return !d.postposed && (d.sourceTo <= d.cueFrom || inverted) && content[0] < content[1]
        // "avviser å svare", "avviser derfor ikke"; what is warned of may have its own infinitive ("utfordringer med å …")
        && !(demanded ? words.negatedWithin(w, content[0], content[0]) : words.negatedWithin(w, content[0],
            Math.min(content[1], content[0] + 2)))
        && (lexicon.match("proposition-object", w, r.cue.at()) == r.cue.length() || demanded)
        && !words.isPronoun(w[content[0]]) && !lexicon.contains("act-object", w[content[0]])
        && !lexicon.contains("pointing-determiner", w[content[0]])
        && !words.negatedWithin(w, Math.max(0, d.sourceFrom), Math.max(0, d.sourceTo - 1)) // "ikke mange stiller spørsmål ved"
        && !w[content[0]].equals("disse") && !w[content[0]].equals("these")
        && (!java.util.Set.of("det", "dette", "den", "denne", "dem", "alt", "alle", "it", "this").contains(w[content[0]])
            || determinerBeforeNoun(w, content))
        && (Character.isLetter(w[content[0]].charAt(0)) || demanded && Character.isDigit(w[content[0]].charAt(0)))
        && !lexicon.contains("negation", w[content[0]]); // "krever 2,1 milliarder kroner": an amount demanded
  }

  /** "den foreslåtte modellen", "denne planen": a determiner before its noun, not a pronoun ("avviser den", "det som"). */
  private boolean determinerBeforeNoun(String[] w, int[] content) {
    int next = content[0] + 1;
    return (w[content[0]].equals("den") || w[content[0]].equals("denne")) && next < content[1]
        && Character.isLetter(w[next].charAt(0)) && !w[next].equals("som") && !lexicon.contains("verb-stop", w[next])
        && !lexicon.contains("finite-verb", w[next]) && !lexicon.contains("auxiliary", w[next])
        && !lexicon.contains("negation", w[next]) && !lexicon.contains("adverb", w[next]);
  }

  /** The quotation that opens after {@code colon}, said by the source of {@code d}, unless too short. */
  private Optional<Draft> quotationAfter(String[] w, Draft d, int colon) {
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
    if (quoteEnd - (colon + 2) < 2 || closedEarlier) {
      return Optional.empty();
    }
    quoted.content.add(new int[] {colon + 2, quoteEnd});
    return Optional.of(quoted);
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
      if (particle < 0 && (!Character.isLetter(w[p].charAt(0)) || words.isThat(w[p]) || lexicon.contains("negation", w[p]))) {
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
      d.content.add(quotationBefore(w, comma));
      d.postposed = true;
    } else {
      return null;
    }
    return d.contentTo() - d.contentFrom() >= 2 ? d : null;
  }

  /**
   * A cue that reports nothing: "å si", "vil ikke si hva", "ble sagt", "sa opp", "sier seg enig",
   * "det han mente".
   */
  private boolean reportsNothing(String[] w, int c, int length) {
    if (hearsay.impersonalPassive(w, c) > 0) {
      return true; // "det er varslet at …": hearsay without a source, read by Hearsay
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
    if (c >= 2 && lexicon.contains("free-relative", w[c - 2]) && words.clauseStart(w, c - 2) != c - 2
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
        if (controlledInfinitive(w, i, c, length)) {
          break;
        }
        if (w[i].equals("å") || w[i].equals("to") || lexicon.contains("negation", w[i])) {
          return true;
        }
      }
    }
    // "kan ikke si": an infinitive denied; "synes ikke det er rart" is a present tense that keeps its claim
    boolean finiteBelief = lexicon.match("belief-cue", w, c) > 0 && !words.governedInfinitive(w, c);
    return c + length < w.length && lexicon.contains("negation", w[c + length]) && lexicon.match("infinitive", w, c) > 0
        && !finiteBelief;
  }

  /**
   * Whether the "å" at {@code i} makes the cue at {@code c} an infinitive the main clause's subject
   * says or comes to know through ("er ydmyk nok til å innse at", "gikk til coach for å fortelle at",
   * "har ikke noe problem med å innse at"): the subject is its source, as long as an at-clause follows
   * and nothing but the cue stands between. Not when the governing word is negated ("er ikke klar til
   * å innrømme at"); "Det er grunn til å tro at" has no one to name and is left to the source check.
   */
  private boolean controlledInfinitive(String[] w, int i, int c, int length) {
    return i == c - 1 && i > 0 && w[i].equals("å") && lexicon.contains("infinitive-controller", w[i - 1])
        && !words.negatedSource(w, Math.max(0, i - 3), i)
        && c + length < w.length && words.isThat(w[c + length]);
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

  /** The claim found so far in a sentence whose content holds token {@code at}, or null. */
  private static Draft claimAround(List<Draft> drafts, int at) {
    for (Draft d : drafts) {
      if (!d.anaphoric && d.contentFrom() <= at && at < d.contentTo()) {
        return d;
      }
    }
    return null;
  }

  /** The cue's words followed by the word at {@code next}, as if nothing stood between ("advarer han mot"). */
  private static String[] cueThen(String[] w, int cue, int cueLength, int next) {
    String[] words = java.util.Arrays.copyOfRange(w, cue, cue + cueLength + 1);
    words[cueLength] = w[next];
    return words;
  }

  /** "regjeringen for å ha sviktet", "budsjettet som et svik": a predicate after an object, within a few words. */
  private boolean predicateFollows(String[] w, int from, int to) {
    // "omtalte saken hvor fem ble drept som et grusomt angrep", "vurderer sannsynligheten for at …, som svært lav":
    // a long object, its predicate a last "som" with no verb, subject or negation after it ("som vi ikke skuer",
    // "…, som innledes senere denne måneden" are relative clauses); no comma but the one right before "som"
    for (int i = to - 2; i > from && to - i <= MAX_PREDICATE_TOKENS; i--) {
      if (w[i].equals("som") || w[i].equals("as")) {
        boolean commaBefore = w[i - 1].equals(",");
        for (int k = from; k < (commaBefore ? i - 1 : i); k++) {
          if (w[k].equals(",")) {
            return false; // "Måten hun omtaler kjæresten på, får X til å framstå som …"
          }
        }
        for (int k = i + 1; k < to; k++) {
          if (words.isSubjectPronoun(w[k]) || lexicon.contains("negation", w[k]) || w[k].equals(",")) {
            return false;
          }
        }
        return noVerbBetween(w, i + 1, to) && !words.isThat(w[i + 1]) && (!commaBefore || to - i <= 3);
      }
    }
    for (int i = from; i < Math.min(to, from + SourceSpans.MAX_SUBJECT_TOKENS); i++) {
      if (w[i].equals(",") || words.isThat(w[i]) || lexicon.contains("coordinator", w[i])) {
        return false; // "kritiserer kommunen og mener at …": a second verb, not a predicate
      }
      if (w[i].equals("som") && i + 1 < to && (words.isSubjectPronoun(w[i + 1]) || !noVerbBetween(w, i + 1, i + 2)
          || lexicon.match("cue", w, i + 1) > 0 || lexicon.match("belief-cue", w, i + 1) > 0)) {
        return false; // "peker på jenter som de mener …", "pilen som viser …": a relative clause, no predicate
      }
      if (lexicon.contains("object-predicate", w[i])) {
        return true;
      }
    }
    return false;
  }

  /** Whether an infinitive marker opens a content, after at most a few adverbial words and no verb. */
  private boolean infinitiveOpens(String[] w, int[] content) {
    for (int i = content[0]; i < Math.min(content[1], content[0] + 4); i++) {
      if (w[i].equals("å")) {
        return true;
      }
      if (lexicon.contains("verb-stop", w[i]) || words.isThat(w[i]) || w[i].equals(",")) {
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
    int reach = SourceSpans.MAX_SUBJECT_TOKENS;
    for (int i = content[0]; i + 2 < content[1] && i <= content[0] + reach; i++) {
      if (w[i].equals("som")) {
        reach = SourceSpans.MAX_SOURCE_TOKENS + 2; // "alle som kommer over døde fugler av bestemte arter, om å"
      }
      if ((w[i].equals("til") || w[i].equals("om")) && w[i + 1].equals("å")) {
        return i;
      }
      if (w[i].equals(",") && i + 3 < content[1] && (w[i + 1].equals("til") || w[i + 1].equals("om")) && w[i + 2].equals("å")) {
        return i + 1; // "ber alle som finner døde fugler, om å gi beskjed": a relative clause closed before "om å"
      }
      if (!Character.isLetterOrDigit(w[i].charAt(0)) || words.isThat(w[i]) || lexicon.contains("negation", w[i])) {
        return -1;
      }
    }
    return -1;
  }
}
