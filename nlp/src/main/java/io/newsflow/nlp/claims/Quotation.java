package io.newsflow.nlp.claims;

import static io.newsflow.nlp.claims.Punctuation.isDash;
import static io.newsflow.nlp.claims.Punctuation.isOpener;
import static io.newsflow.nlp.claims.Punctuation.skipOpeners;

import io.newsflow.nlp.model.Paragraph;
import io.newsflow.nlp.model.Sentence;

/**
 * The quotation open in a paragraph: a sentence that opens with a dash starts a dialogue turn
 * (ending a turn before it), one that opens with «…» a quotation that ends where its marks balance
 * ("«Om jeg skulle beskrive «Mein Kampf» …" stays open); an attribution after it ends either.
 */
final class Quotation {
  /** Where the open quotation's words start (UTF-16), or -1. */
  int start = -1;
  boolean guillemets;
  int depth;

  void enter(Sentence s, String[] w) {
    int i = skipOpeners(w, 0);
    if (i == 0 || i >= w.length) {
      return;
    }
    boolean dash = isDash(w[0]) || isDash(w[i - 1]);
    if (dash || start < 0) {
      start = s.tokens().get(i).start();
      guillemets = !dash;
      depth = 0;
    }
  }

  /** Whether the quotation was carried over from a dialogue turn in the paragraph before. */
  boolean carried;

  /**
   * "– A.¶B. C, sier X.": a paragraph after a dialogue turn left unattributed goes on with it
   * when it opens with no mark of its own, until an attribution ends it.
   */
  void carryOver(Paragraph p) {
    p.sentences().stream().filter(s -> !s.tokens().isEmpty()).findFirst().ifPresent(s -> {
      String first = s.tokens().get(0).text();
      if (!isDash(first) && !isOpener(first)) {
        start = s.tokens().get(0).start();
        guillemets = false;
        carried = true;
      }
    });
  }

  void leave(String[] w, boolean attributed) {
    for (String t : w) {
      if (t.equals("«") || t.equals("“")) {
        depth++;
      } else if (t.equals("»") || t.equals("”")) {
        depth--;
      }
    }
    if (attributed || guillemets && depth <= 0) {
      start = -1;
    }
  }

  /**
   * "– Så lenge …, vil bevegelsen fortsette. Det sa X til Reuters.": the claim is what came before
   * in the paragraph: the open quotation, or else the sentence before; first in a paragraph, the pronoun.
   */
  boolean pointBack(Draft d, int previousSentence, Sentence s, boolean firstPerson) {
    if (start >= 0 && start < s.start()) {
      d.priorStart = start;
    } else if (previousSentence >= 0) {
      d.priorStart = previousSentence;
    } else if (d.cueFrom == 1 && s.start() == 0 && !firstPerson) {
      // "Det bekrefter NSM overfor VG." opening a paragraph takes up the paragraph before, which is
      // another's text: the claim is the pronoun that stands for it, as an analyst would mark it ("Dette vet
      // vi om …" is the writer's own announcement, no claim)
      d.priorStart = s.tokens().get(d.cueFrom - 1).start();
      d.priorEnd = s.tokens().get(d.cueFrom - 1).end();
      return true;
    } else {
      return false;
    }
    d.priorEnd = s.start();
    return true;
  }
}
