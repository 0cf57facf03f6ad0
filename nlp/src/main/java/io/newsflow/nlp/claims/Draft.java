package io.newsflow.nlp.claims;

import io.newsflow.nlp.model.ClaimKind;
import java.util.ArrayList;
import java.util.List;

/** A claim before ids, nesting and resolution: token ranges of one sentence. */
final class Draft {
  ClaimKind kind;
  int sourceFrom = -1;
  int sourceTo = -1;
  int cueFrom;
  int cueTo;
  final List<int[]> content = new ArrayList<>();
  boolean beliefCue;
  /** "står det i brevet", "I dommen slås det fast": the source is a text, no one speaking. */
  boolean written;
  /** Where a hearsay "skal"/"skulle" before the subject stands ("skal X ha sagt"), or -1. */
  int hearsayModal = -1;
  boolean postposed;
  /** Where a quotation that began in an earlier sentence of the paragraph starts (UTF-16), or -1. */
  int quoteStart = -1;
  /** "Det sa X.": the claim is earlier text of the paragraph, from here to there (UTF-16), or -1. */
  int priorStart = -1;
  int priorEnd = -1;
  boolean anaphoric;
  /** "Bøndene krever 2,1 milliarder kroner": a noun object that is a claim only if the source can hold a stance. */
  boolean holderNeeded;
  double score = 1;
  Draft parent;
  String id;

  int contentFrom() {
    return content.get(0)[0];
  }

  int contentTo() {
    return content.get(content.size() - 1)[1];
  }

  static void nest(List<Draft> drafts) {
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
    // "– A. Jeg innrømmer at B, sier X.": what the inner cue claims ends where the quotation does, not
    // at the sentence's end, which would take the outer attribution in
    for (Draft d : drafts) {
      Draft outer = d.parent;
      if (outer != null && outer.postposed && outer.cueFrom > outer.contentTo() && d.contentTo() > outer.contentTo()
          && d.contentFrom() < outer.contentTo()) {
        d.content.removeIf(r -> r[0] >= outer.contentTo());
        int[] last = d.content.get(d.content.size() - 1);
        last[1] = Math.min(last[1], outer.contentTo());
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
}
