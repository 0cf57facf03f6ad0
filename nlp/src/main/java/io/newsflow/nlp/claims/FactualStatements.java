package io.newsflow.nlp.claims;

import io.newsflow.nlp.model.Claim;
import io.newsflow.nlp.model.ClaimKind;
import io.newsflow.nlp.model.Paragraph;
import io.newsflow.nlp.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Factual claims: in body text, clauses no other claim covers that a fact-checker could verify, as
 * {@link CheckWorthiness} scores them.
 */
final class FactualStatements {
  /** Clauses scoring at least this are flagged as factual, check-worthy statements. */
  private static final double CHECKWORTHY = CheckWorthiness.THRESHOLD;

  private final ClaimLexicon lexicon;
  private final CheckWorthiness checkWorthiness;
  private final ContentBoundaries boundaries;

  FactualStatements(ClaimLexicon lexicon, CheckWorthiness checkWorthiness, ContentBoundaries boundaries) {
    this.lexicon = lexicon;
    this.checkWorthiness = checkWorthiness;
    this.boundaries = boundaries;
  }

  List<Draft> factual(String[] w, Sentence s, Paragraph p, List<Draft> claims) {
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

  /**
   * A factual statement that turns out to be inside a quotation attributed later in its paragraph
   * ("– Over 450 ble arrestert. …, sier X.") is the speaker's claim, not the text's own.
   */
  static void dropFactualInsideQuotations(List<Claim> claims, int from) {
    List<Claim> paragraph = claims.subList(from, claims.size());
    List<Claim> quoted = paragraph.stream().filter(c -> c.kind() != ClaimKind.FACTUAL).toList();
    paragraph.removeIf(f -> f.kind() == ClaimKind.FACTUAL && quoted.stream().anyMatch(
        q -> q.content().start() <= f.content().start() && f.content().end() <= q.content().end()));
  }
}
