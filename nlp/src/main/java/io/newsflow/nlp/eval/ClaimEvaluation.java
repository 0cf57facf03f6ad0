package io.newsflow.nlp.eval;

import io.newsflow.nlp.ArticleAnalyzer;
import io.newsflow.nlp.ArticleInput;
import io.newsflow.nlp.model.Claim;
import io.newsflow.nlp.model.ClaimKind;
import io.newsflow.nlp.model.Paragraph;
import io.newsflow.nlp.model.ResolvedSource;
import io.newsflow.nlp.model.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores claims against a gold article. A found claim matches a gold claim when it is in the same
 * paragraph, its cue overlaps the gold cue (factual statements have none), and its content
 * overlaps the gold content by a Dice coefficient of at least 0.5 over lower-cased word tokens.
 * Matching is one to one, best overlap first. A source is right when the resolved source (or the
 * source itself when the gold has no resolution) has a Dice overlap of at least 0.5 with gold's.
 */
public final class ClaimEvaluation {
  static final double MIN_DICE = 0.5;

  /** One gold claim and what it was matched with. */
  public record Outcome(GoldArticle.GoldClaim gold, Claim found, boolean sourceRight, boolean parentRight) {}

  private final List<Outcome> matched = new ArrayList<>();
  private final List<GoldArticle.GoldClaim> missed = new ArrayList<>();
  private final List<Claim> spurious = new ArrayList<>();

  public static ClaimEvaluation of(GoldArticle gold, ArticleAnalyzer analyzer) {
    ArticleInput input = ArticleInput.plainText(gold.text()).withLanguage(gold.language());
    List<Paragraph> paragraphs = analyzer.analyze(gold.published().map(input::publishedOn).orElse(input)).paragraphs();
    List<Claim> found = paragraphs.stream().flatMap(p -> p.claims().stream()).toList();
    ClaimEvaluation evaluation = new ClaimEvaluation();
    Set<Claim> used = new HashSet<>();
    Map<String, String> foundIdOfGold = new HashMap<>();
    for (GoldArticle.GoldClaim g : gold.claims()) {
      String paragraphText = gold.paragraph(g.paragraph()).text();
      Claim best = null;
      double bestDice = MIN_DICE;
      for (Claim c : found) {
        if (used.contains(c) || c.paragraph() != g.paragraph() || !cueOverlaps(g, c, paragraphText)) {
          continue;
        }
        double dice = dice(g.content(), c.content().text());
        if (dice >= bestDice) {
          best = c;
          bestDice = dice;
        }
      }
      if (best == null) {
        evaluation.missed.add(g);
      } else {
        used.add(best);
        foundIdOfGold.put(g.id(), best.id());
        String source = best.resolvedSource().map(ResolvedSource::name)
            .orElse(best.source().map(TextSpan::text).orElse(""));
        boolean sourceRight = g.effectiveSource().map(s -> dice(s, source) >= MIN_DICE).orElse(best.source().isEmpty());
        evaluation.matched.add(new Outcome(g, best, sourceRight, true));
      }
    }
    for (int i = 0; i < evaluation.matched.size(); i++) {
      Outcome o = evaluation.matched.get(i);
      String expected = o.gold().parent() == null ? null : foundIdOfGold.get(o.gold().parent());
      boolean parentRight = java.util.Objects.equals(expected, o.found().parentId().orElse(null));
      evaluation.matched.set(i, new Outcome(o.gold(), o.found(), o.sourceRight(), parentRight));
    }
    found.stream().filter(c -> !used.contains(c)).forEach(evaluation.spurious::add);
    return evaluation;
  }

  private static boolean cueOverlaps(GoldArticle.GoldClaim g, Claim c, String paragraphText) {
    if (g.cue() == null) {
      return c.kind() == ClaimKind.FACTUAL;
    }
    if (c.cue().isEmpty()) {
      return false;
    }
    TextSpan cue = c.cue().get();
    for (int at = paragraphText.indexOf(g.cue()); at >= 0; at = paragraphText.indexOf(g.cue(), at + 1)) {
      if (at < cue.end() && cue.start() < at + g.cue().length()) {
        return true;
      }
    }
    return false;
  }

  static double dice(String a, String b) {
    List<String> x = words(a);
    List<String> y = new ArrayList<>(words(b));
    if (x.isEmpty() && y.isEmpty()) {
      return 1;
    }
    int common = 0;
    for (String word : x) {
      if (y.remove(word)) {
        common++;
      }
    }
    return 2.0 * common / (x.size() + words(b).size());
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Precision, recall and F1 over the given kinds (lower-case, as in the gold). */
  public double[] scores(Set<String> kinds) {
    long tp = matched.stream().filter(o -> kinds.contains(o.gold().kind())).count();
    long goldCount = tp + missed.stream().filter(g -> kinds.contains(g.kind())).count();
    long foundCount = tp + spurious.stream().filter(c -> kinds.contains(c.kind().name().toLowerCase(Locale.ROOT))).count();
    double p = foundCount == 0 ? 0 : (double) tp / foundCount;
    double r = goldCount == 0 ? 0 : (double) tp / goldCount;
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), tp, goldCount, foundCount};
  }

  /** The report {@code ./newsflow eval claims} prints. */
  public String report() {
    StringBuilder out = new StringBuilder();
    Set<String> sourced = Set.of("attributed", "reported");
    Set<String> all = Set.of("attributed", "reported", "factual");
    for (var view : List.of(Map.entry("attributed+reported", sourced), Map.entry("factual", Set.of("factual")),
        Map.entry("all claims", all))) {
      double[] s = scores(view.getValue());
      out.append(String.format(Locale.ROOT, "%-20s precision %.3f  recall %.3f  f1 %.3f  (matched %d of %d gold, %d found)%n",
          view.getKey(), s[0], s[1], s[2], (long) s[3], (long) s[4], (long) s[5]));
    }
    long withSource = matched.stream().filter(o -> o.gold().source() != null).count();
    long sourcesRight = matched.stream().filter(o -> o.gold().source() != null && o.sourceRight()).count();
    long nested = matched.stream().filter(o -> o.gold().parent() != null).count();
    long nestedRight = matched.stream().filter(o -> o.gold().parent() != null && o.parentRight()).count();
    long hedgedRight = matched.stream().filter(o -> o.gold().hedged() != null && o.gold().hedged() == o.found().hedged()).count();
    out.append(String.format(Locale.ROOT, "sources right %d of %d matched; nested right %d of %d; hedged right %d of %d%n",
        sourcesRight, withSource, nestedRight, nested, hedgedRight,
        matched.stream().filter(o -> o.gold().hedged() != null).count()));
    for (Outcome o : matched) {
      out.append(String.format(Locale.ROOT, "  match  %-4s ¶%-2d %-10s cue=%s source=%s%s%n", o.gold().id(),
          o.gold().paragraph(), o.gold().kind(), o.found().cue().map(TextSpan::text).orElse("-"),
          o.found().resolvedSource().map(ResolvedSource::name).orElse(o.found().source().map(TextSpan::text).orElse("-")),
          o.sourceRight() ? "" : "  (source wrong)"));
    }
    missed.forEach(g -> out.append(String.format(Locale.ROOT, "  missed %-4s ¶%-2d %-10s cue=%s content=%s%n",
        g.id(), g.paragraph(), g.kind(), g.cue(), g.content())));
    spurious.forEach(c -> out.append(String.format(Locale.ROOT, "  extra       ¶%-2d %-10s cue=%s content=%s%n",
        c.paragraph(), c.kind().name().toLowerCase(Locale.ROOT), c.cue().map(TextSpan::text).orElse("-"),
        c.content().text())));
    return out.toString();
  }
}
