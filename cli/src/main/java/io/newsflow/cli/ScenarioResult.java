package io.newsflow.cli;

/**
 * The figures of one chaos scenario. {@code articles} were accepted (202, or committed by the
 * scenario's own producer), {@code enriched} of them have an enriched record, {@code lost} are the
 * rest; {@code duplicated} counts enriched records beyond one per raw record. The HTTP scenarios
 * also count the 503 answers clients got ({@code unavailable}), the raw records written twice
 * because a client re-sent after a 503 whose first attempt still landed ({@code resent}), and the
 * articles that were never accepted within the client's patience ({@code refused}).
 */
record ScenarioResult(String scenario, int articles, int enriched, int lost, int duplicated, int unavailable,
    int resent, int refused) {

  /** Exactly once, and every article the clients sent was in the end accepted. */
  boolean exact() {
    return lost == 0 && duplicated == 0 && refused == 0 && enriched == articles;
  }

  String summary() {
    return "articles " + articles + ", enriched " + enriched + ", lost " + lost + ", duplicated " + duplicated;
  }

  /** The same figures summed over several scenarios. */
  static ScenarioResult total(Iterable<ScenarioResult> results) {
    int a = 0;
    int e = 0;
    int l = 0;
    int d = 0;
    int u = 0;
    int r = 0;
    int f = 0;
    for (ScenarioResult s : results) {
      a += s.articles;
      e += s.enriched;
      l += s.lost;
      d += s.duplicated;
      u += s.unavailable;
      r += s.resent;
      f += s.refused;
    }
    return new ScenarioResult("all", a, e, l, d, u, r, f);
  }
}
