package io.newsflow.nlp.claims;

import static io.newsflow.nlp.claims.Punctuation.isCloser;
import static io.newsflow.nlp.claims.Punctuation.skipOpeners;

import io.newsflow.nlp.model.ClaimKind;
import io.newsflow.nlp.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Attributed claims whose source a preposition introduces rather than a reporting verb's subject:
 * "ifølge X" (the content either side of it), "fikk melding fra X om at …", and a naming in the passive
 * with its agent, "ble av X omtalt som Y".
 */
final class PrepositionalSources {
  private final ClaimLexicon lexicon;
  private final WordClasses words;
  private final ContentBoundaries boundaries;
  private final SourceSpans sources;

  PrepositionalSources(ClaimLexicon lexicon, WordClasses words, ContentBoundaries boundaries, SourceSpans sources) {
    this.lexicon = lexicon;
    this.words = words;
    this.boundaries = boundaries;
    this.sources = sources;
  }

  List<Draft> accordingTo(String[] w, Sentence s) {
    List<Draft> out = new ArrayList<>();
    for (int c = 0; c < w.length; c++) {
      int length = lexicon.match("according-to", w, c);
      if (length == 0) {
        continue;
      }
      if (lexicon.match("according-to-set-off", w, c) == length && words.clauseStart(w, c) != c && !w[c - 1].equals(",")) {
        continue; // "vurdert ordningen i henhold til kravene": in line with a rule, not a source
      }
      // from the cue on: a content break before it (", ifølge X") ends the content before, not the source
      int end = boundaries.contentEnd(w, c);
      int nounPhraseEnd = sources.sourceEnd(s, w, c + length, end);
      int sourceTo = nounPhraseEnd;
      // Without commas, the source is the noun phrase right after the cue: it ends at a preposition
      // ("ifølge politiet i et kjøkken …").
      // But a name after the preposition belongs to the source: "ifølge tall fra SSB", "ifølge produktsjef i
      // analyseselskapet Strise", "ifølge politiet i Oslo".
      for (int i = c + length + 1; i < sourceTo; i++) {
        if (lexicon.contains("source-stop-after-name", w[i])) {
          int named = nameAfter(s, w, i, end);
          if (named < 0) {
            sourceTo = i;
            break;
          }
          if (named >= sourceTo) {
            sourceTo = named;
            break;
          }
          i = named - 1;
        }
      }
      // "Ifølge Aftenposten sto russiske hackere bak angrepet": with no comma, the inverted clause's finite
      // verb ends the source
      if (c == skipOpeners(w, 0)) {
        for (int i = c + length + 1; i < sourceTo; i++) {
          if (finiteAfterSource(s, w, i)) {
            sourceTo = i;
            break;
          }
        }
      }
      int appositionEnd = sources.appositionEnd(s, w, nounPhraseEnd, end);
      if (appositionEnd > nounPhraseEnd) {
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

  /**
   * Where a name after the preposition at {@code at} ends, names joined by "og" included: "fra SSB", "i
   * analyseselskapet Strise" (one common noun may stand first), "fra Eiendom Norge og Finn"; -1 when no name
   * follows before {@code to}.
   */
  private static int nameAfter(Sentence s, String[] w, int at, int to) {
    int i = at + 1;
    if (i < to && Character.isLowerCase(s.tokens().get(i).text().charAt(0)) && i + 1 < to) {
      i++; // "i analyseselskapet Strise"
    }
    int name = i;
    while (i < to && Character.isUpperCase(s.tokens().get(i).text().charAt(0))) {
      i++;
      if (i + 1 < to && w[i].equals("og") && Character.isUpperCase(s.tokens().get(i + 1).text().charAt(0))) {
        i++; // "fra Norges Eiendomsmeglerforbund og Econ"
      }
    }
    return i > name ? i : -1;
  }

  private boolean finiteAfterSource(Sentence s, String[] w, int i) {
    // "Etter det NRK erfarer": that verb is part of the cue
    if (!Character.isLowerCase(s.tokens().get(i).text().charAt(0)) || words.isPrepositionBefore(w[i - 1])
        || lexicon.match("according-to-verb", w, i) > 0) {
      return false;
    }
    // "Ifølge en av Diarras livvakter var det …": after a genitive a word in -er is a plural noun, not a verb
    boolean genitive = Character.isUpperCase(s.tokens().get(i - 1).text().charAt(0)) && w[i - 1].endsWith("s");
    return !genitive && words.looksFinite(s, w, i) || words.knownFinite(w[i]);
  }

  /**
   * A message from someone about what is the case: "fikk melding fra politiet om at …", "mottok
   * meddelelse fra Statsministerens kontor om at …". The noun and "fra" are the cue, the words up to
   * "om at" the source.
   */
  List<Draft> messageFrom(String[] w) {
    List<Draft> out = new ArrayList<>();
    for (int i = 0; i + 4 < w.length; i++) {
      if (!lexicon.contains("message-noun", w[i]) || !w[i + 1].equals("fra")) {
        continue;
      }
      for (int j = i + 3; j + 1 < Math.min(w.length, i + 3 + SourceSpans.MAX_NAME_TOKENS); j++) {
        if (w[j].equals("om") && words.isThat(w[j + 1])) {
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


  /**
   * A naming or accusation in the passive with its agent: "ble han av Aftenposten omtalt som
   * «Nord-Norges Dior»", "Planen ble kalt et svik av opposisjonen": the agent is the source, the
   * predicate the claim.
   */
  List<Draft> passiveWithAgent(String[] w, List<Draft> found) {
    List<Draft> out = new ArrayList<>();
    for (int c = 1; c < w.length; c++) {
      if (lexicon.match("object-claim", w, c) != 1 || !lexicon.contains("cue-participle", w[c])) {
        continue;
      }
      int start = words.clauseStart(w, c);
      boolean passive = false;
      for (int i = Math.max(start, c - Hearsay.MAX_MODAL_GAP); i < c; i++) {
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
}
