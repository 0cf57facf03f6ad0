package io.newsflow.nlp.claims;

import static io.newsflow.nlp.claims.Punctuation.isTerminal;
import static io.newsflow.nlp.claims.Punctuation.onlyTerminals;
import static io.newsflow.nlp.claims.Punctuation.skipOpeners;

import io.newsflow.nlp.model.ClaimKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Reported claims: hearsay without a source, "skal ha gitt", "sies å", "angivelig", "det er varslet at",
 * "Saken skal dreie seg om", "…, ble det rapportert"; the claim is the clause around the cue.
 */
final class Hearsay {
  static final int MAX_MODAL_GAP = 6;

  private final ClaimLexicon lexicon;
  private final WordClasses words;
  private final ContentBoundaries boundaries;

  Hearsay(ClaimLexicon lexicon, WordClasses words, ContentBoundaries boundaries) {
    this.lexicon = lexicon;
    this.words = words;
    this.boundaries = boundaries;
  }

  List<Draft> reported(String[] w, List<Draft> attributed) {
    List<Draft> out = new ArrayList<>();
    for (int r = 0; r < w.length; r++) {
      int length = lexicon.match("reportative", w, r);
      if (length > 0 && r > 0 && lexicon.contains("modal", w[r - 1])) {
        length = 0; // "må sies å være", "kan sies å": the writer's judgement, not hearsay
      }
      if (length == 0) {
        length = reportativeModal(w, r);
      }
      boolean passive = false;
      if (length == 0) {
        length = impersonalPassive(w, r);
        passive = length > 0;
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
      int[] clause = boundaries.clause(w, r);
      if (passive) {
        // "Utover kvelden ble det bekreftet at A": what was confirmed is A, as in "X bekreftet at A"
        int that = boundaries.skipComplementiser(w, r + length);
        clause = new int[] {that, boundaries.contentEnd(w, that)};
      }
      d.content.add(clause);
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
      if (w[i].equals(",") || isTerminal(w[i]) || words.isThat(w[i]) || lexicon.contains("counterfactual", w[i])) {
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

  /**
   * "det er varslet at", "Det ble opplyst at", "var det ventet at": a participle of a cue after
   * "det" and "er", "ble" or "var", with an "at" after it, is hearsay without a source. Returns the
   * cue's length in tokens (1), or 0.
   */
  int impersonalPassive(String[] w, int c) {
    if (!lexicon.contains("cue-participle", w[c]) && !lexicon.contains("impersonal-participle", w[c])
        || boundaries.skipComplementiser(w, c + 1) == c + 1 || !words.isThat(w[boundaries.skipComplementiser(w, c + 1) - 1])) {
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
}
