package io.newsflow.nlp.claims;

import static io.newsflow.nlp.claims.DialogueTurns.heardFromTheNextTurn;
import static io.newsflow.nlp.claims.FactualStatements.dropFactualInsideQuotations;
import static io.newsflow.nlp.claims.Punctuation.skipOpeners;
import static io.newsflow.nlp.claims.TextSpans.priorSpan;
import static io.newsflow.nlp.claims.TextSpans.span;
import static io.newsflow.nlp.claims.WordClasses.lower;

import io.newsflow.nlp.model.Claim;
import io.newsflow.nlp.model.ClaimKind;
import io.newsflow.nlp.model.EntityType;
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
 *       source ("står det i brevet"); a stance verb may take a noun object as its claim ("krever 2,1
 *       milliarder kroner", "advarer om X", "vurderer X som Y"; word lists [demand-object],
 *       [proposition-object], [object-claim]), a demand or an expectation only from someone who can hold
 *       it ([object-needs-holder], [stance-holder]: not "Jobben krever tid");
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
 *
 * <p>This class keeps the order: paragraph by paragraph, sentence by sentence, the constructions
 * tried in turn. Each construction has a class of its own: {@link ReportingVerbs}, {@link
 * PrepositionalSources} ("ifølge X"), {@link Hearsay}, {@link FactualStatements} and {@link
 * DialogueTurns} (dash turns and speaker labels), with {@link Quotation} following a quotation
 * across sentences. They share {@link SourceSpans} (where a source starts and ends), {@link
 * ContentBoundaries} (where what is claimed ends), {@link WordClasses} and {@link Punctuation}.
 */
public final class LexiconClaimExtractor implements ClaimExtractor {
  private final ClaimLexicon lexicon;
  private final WordClasses words;
  private final ReportingVerbs reportingVerbs;
  private final PrepositionalSources prepositional;
  private final Hearsay hearsay;
  private final FactualStatements factualStatements;
  private final DialogueTurns turns;

  public LexiconClaimExtractor(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
    this.words = new WordClasses(lexicon);
    ContentBoundaries boundaries = new ContentBoundaries(lexicon, words);
    SourceSpans sources = new SourceSpans(lexicon, words);
    this.hearsay = new Hearsay(lexicon, words, boundaries);
    this.reportingVerbs = new ReportingVerbs(lexicon, words, boundaries, sources, hearsay);
    this.prepositional = new PrepositionalSources(lexicon, words, boundaries, sources);
    this.factualStatements = new FactualStatements(lexicon, new CheckWorthiness(lexicon), boundaries);
    this.turns = new DialogueTurns(lexicon, words);
  }

  @Override
  public List<Claim> extract(List<Paragraph> paragraphs) {
    List<Claim> claims = new ArrayList<>();
    SourceResolver resolver = new SourceResolver(lexicon);
    int issued = 0;
    // Which claims are dialogue turns without an attribution of their own, for the next turn to name
    List<Claim> unattributedTurns = new ArrayList<>();
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
        List<Draft> drafts = sentenceDrafts(p, s, w, quote, previousSentence, body);
        // Ids first: a parent may come after its nested claim in reading order.
        for (Draft d : drafts) {
          d.id = "c" + (++issued);
        }
        for (Draft d : drafts) {
          Claim claim = toClaim(d, p, s, w, resolver);
          if (d.cueFrom >= 0 && lexicon.match("evidence-cue", w, d.cueFrom) == d.cueTo - d.cueFrom && isPerson(claim)) {
            continue; // "Espen viser at han kan spille": a person shows by doing, a study by finding ("viser til" is a saying)
          }
          if (d.holderNeeded && !holdsStance(claim, p, s, w, d)) {
            continue; // "Jobben krever mye tid": a thing requires, only someone demands
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
        turns.labelledStatement(p, resolver).ifPresent(statement -> {
          claims.add(paragraphFirst, statement);
          resolver.seeSource(statement);
        });
        Optional<Claim> turn = turns.unattributedTurn(p, claims, paragraphFirst, resolver);
        turn.ifPresent(t -> {
          // "– Da skal regjeringen være der": a modal in the speaker's turn is theirs, no hearsay of its own
          // ("visstnok" in it is still hearsay)
          claims.subList(paragraphFirst, claims.size()).removeIf(c -> c.kind() == ClaimKind.REPORTED
              && c.cue().map(cue -> lexicon.contains("reportative-modal", cue.text().toLowerCase(Locale.ROOT))).orElse(false));
          claims.add(paragraphFirst, t);
          unattributedTurns.add(t);
        });
        turnOpen = turn.isPresent();
      }
      dropFactualInsideQuotations(claims, paragraphFirst);
      if (body) {
        resolver.seeMentionsBefore(p, Integer.MAX_VALUE);
        resolver.seeSpeakerLabel(p);
      }
    }
    return renumbered(heardFromTheNextTurn(claims, unattributedTurns, paragraphs));
  }

  /**
   * The claims of one sentence in reading order. The constructions are tried in this order because
   * the later ones look at what the earlier found: a passive with its agent and hearsay leave alone
   * what a reporting verb already claims, and a factual statement is only what no claim covers.
   */
  private List<Draft> sentenceDrafts(Paragraph p, Sentence s, String[] w, Quotation quote, int previousSentence,
      boolean body) {
    quote.enter(s, w);
    boolean quoted = quote.start >= 0;
    List<Draft> drafts = new ArrayList<>();
    drafts.addAll(reportingVerbs.attributed(w, s));
    drafts.addAll(prepositional.accordingTo(w, s));
    drafts.addAll(prepositional.messageFrom(w));
    drafts.addAll(prepositional.passiveWithAgent(w, drafts));
    drafts.addAll(hearsay.reported(w, drafts));
    for (Draft d : drafts) {
      // "– A. B. C, sier X.": the quotation began sentences ago and ends at this attribution.
      if (d.postposed && quote.start >= 0 && quote.start < s.start() && d.contentFrom() == skipOpeners(w, 0)
          && !(quote.carried && turns.narratesSpeaker(p.text().substring(quote.start, s.start()), w, d))) {
        d.quoteStart = quote.start;
      }
    }
    // "– Når tror du prisene slutter å øke?": an interviewer asks what the hearer believes; nobody claims it
    boolean question = w.length > 0 && w[w.length - 1].equals("?");
    drafts.removeIf(d -> question && !d.postposed && d.cueFrom >= 0 && (d.sourceFrom >= 0
        && lexicon.contains("second-person", w[d.sourceFrom])
        || d.cueTo < w.length && lexicon.contains("second-person", w[d.cueTo])));
    // "«Hvorfor sier du det?»": a question word is never who speaks
    drafts.removeIf(d -> d.sourceTo - d.sourceFrom == 1 && lexicon.contains("wh-word", w[d.sourceFrom]));
    // "et land der håpet om en bedre fremtid er …": after a relative "der" the clause's subject is still to
    // come, so the "cue" is a noun
    drafts.removeIf(d -> d.sourceTo > d.sourceFrom && d.sourceFrom >= 0 && d.sourceTo <= d.cueFrom
        && lexicon.contains("relative-adverb", w[d.sourceTo - 1]));
    drafts.removeIf(d -> d.anaphoric && !quote.pointBack(d, previousSentence, s,
        d.sourceFrom >= 0 && lexicon.contains("first-person", w[d.sourceFrom])));
    quote.leave(w, drafts.stream().anyMatch(d -> d.postposed || d.anaphoric));
    Draft.nest(drafts);
    // "– Jeg tror …, sier X": a speaker's own belief hedges the quotation and reports nothing of
    // its own; the writer's ("Jeg tror Operaen kan …", "Vi vet jo begge at …") is their claim.
    // So does what the speaker says of their own saying inside it ("– Jeg innrømmer at A, sier X"), but
    // not what they came to know from someone else ("fikk jeg vite at").
    drafts.removeIf(d -> d.sourceTo - d.sourceFrom == 1 && lexicon.contains("first-person", w[d.sourceFrom])
        && (d.beliefCue && (quoted || d.parent != null)
            || (quoted && !d.postposed || d.parent != null && d.parent.postposed)
                && lexicon.match("learning-cue", w, d.cueFrom) == 0));
    if (body) {
      drafts.addAll(factualStatements.factual(w, s, p, drafts));
    }
    drafts.sort(Comparator.comparingInt((Draft d) -> d.cueFrom >= 0 ? Math.min(d.cueFrom, d.contentFrom())
        : d.contentFrom()));
    return drafts;
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
    return claim.resolvedSource().flatMap(ResolvedSource::type).map(t -> t == EntityType.PER)
        .orElse(false) || claim.source().map(src -> lexicon.contains("pronoun-person", src.text().toLowerCase(Locale.ROOT)))
        .orElse(false);
  }

  /**
   * Whether a claim's source can hold a demand or an expectation: a name (an entity, or a capital inside the
   * sentence), a person or a group taken up by a pronoun, or a noun for people or a body ("Bøndene",
   * "85 prosent av kommunene", "Aktor").
   */
  private boolean holdsStance(Claim claim, Paragraph p, Sentence s, String[] w, Draft d) {
    if (claim.resolvedSource().flatMap(ResolvedSource::type)
        .map(t -> t != EntityType.PROD && t != EntityType.EVT && t != EntityType.MISC).orElse(false)) {
      return true;
    }
    for (int i = d.sourceFrom; i < d.sourceTo; i++) {
      int at = s.tokens().get(i).start();
      if (i > 0 && Character.isUpperCase(s.tokens().get(i).text().charAt(0))
          || p.entities().stream().anyMatch(m -> m.start() <= at && at < m.end())) {
        return true;
      }
    }
    String last = w[d.sourceTo - 1];
    return words.isSubjectPronoun(last) || lexicon.endsWithAny("stance-holder", last)
        || lexicon.endsWithAny("person-noun", last) || lexicon.endsWithAny("organisation-noun", last)
        || definiteStemOf(last).map(stem -> lexicon.endsWithAny("person-noun", stem)
            || lexicon.endsWithAny("organisation-noun", stem)).orElse(false);
  }

  /** Endings of definite and plural nouns: "lederen" → "leder", "sykehusene" → "sykehus", "sykepleierne" → "sykepleier". */
  private static final String[] NOUN_ENDINGS = {"ene", "en", "et", "a", "ne", "er", "e"};

  private static Optional<String> definiteStemOf(String word) {
    return WordClasses.withoutEnding(word, NOUN_ENDINGS, 3);
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
