package io.newsflow.nlp.claims;

import static io.newsflow.nlp.claims.Punctuation.isDash;
import static io.newsflow.nlp.claims.TextSpans.priorSpan;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Claims a paragraph makes as a line of an interview or a transcript rather than by a reporting verb:
 * a dash turn with no attribution of its own ("– Vi gir oss ikke."), heard from the last or the next
 * speaker, and a statement after a speaker's label ("Statsminister Kari Holm: …").
 */
final class DialogueTurns {
  /** The most words a speaker label before its colon has: "Statsminister Kjell Magne Bondevik (KrF)". */
  private static final int MAX_LABEL_TOKENS = 6;

  private final ClaimLexicon lexicon;
  private final WordClasses words;

  DialogueTurns(ClaimLexicon lexicon, WordClasses words) {
    this.lexicon = lexicon;
    this.words = words;
  }

  /**
   * A paragraph that is a dialogue turn ("– Vi gir oss ikke.") with no attribution of its own is
   * still someone's claim: the interview goes on line by line, and the reader hears the last
   * speaker quoted. The cue is the dash; the source is left empty and resolved to that speaker
   * when there is one.
   */
  Optional<Claim> unattributedTurn(Paragraph p, List<Claim> claims, int paragraphFirst,
      SourceResolver resolver) {
    List<Sentence> sentences = p.sentences().stream().filter(s -> !s.tokens().isEmpty()).toList();
    if (sentences.isEmpty() || !isDash(sentences.get(0).tokens().get(0).text()) || sentences.get(0).tokens().size() < 3) {
      return Optional.empty();
    }
    // A paragraph with an attribution of its own has its turns read already; an interviewer's
    // question and a bare "– Ja." claim nothing.
    if (claims.subList(paragraphFirst, claims.size()).stream().anyMatch(c -> c.kind() == ClaimKind.ATTRIBUTED)) {
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
   * "– A.¶– B, sier X.": a dialogue turn left unattributed and followed straight away by a turn
   * whose attribution opens the paragraph is X's too, as a reader takes it, whoever spoke before.
   */
  static List<Claim> heardFromTheNextTurn(List<Claim> claims, List<Claim> unattributedTurns,
      List<Paragraph> paragraphs) {
    List<Claim> out = new ArrayList<>(claims);
    for (Claim turn : unattributedTurns) {
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
  boolean narratesSpeaker(String before, String[] w, Draft d) {
    java.util.Set<String> narrated = new java.util.HashSet<>(
        java.util.Arrays.asList(before.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")));
    for (int i = d.sourceFrom; i < d.sourceTo; i++) {
      if (narrated.contains(w[i]) && !lexicon.contains("not-source", w[i])) {
        return true;
      }
    }
    return narrated.stream().anyMatch(t -> lexicon.contains("pronoun-person", t));
  }

  /**
   * "Statsminister Kari Holm: Regjeringen vil …": a paragraph opening with a person's name and a
   * colon, as transcripts of debates and interviews are written, is that person's statement.
   */
  Optional<Claim> labelledStatement(Paragraph p, SourceResolver resolver) {
    Optional<Claim> statement = labelledStatement(p, resolver, 0);
    // "Jan Petersen – til oppfølgingsspørsmål. Jan Petersen (H): Jeg forstår …": the chair hands
    // over in a sentence of its own, and the label opens the next one
    for (int i = 1; statement.isEmpty() && i < p.sentences().size(); i++) {
      statement = labelledStatement(p, resolver, p.sentences().get(i).start());
    }
    return statement;
  }

  Optional<Claim> labelledStatement(Paragraph p, SourceResolver resolver, int from) {
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
}
