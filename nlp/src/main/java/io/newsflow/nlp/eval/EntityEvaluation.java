package io.newsflow.nlp.eval;

import io.newsflow.nlp.ArticleAnalyzer;
import io.newsflow.nlp.ArticleInput;
import io.newsflow.nlp.model.AnalyzedArticle;
import io.newsflow.nlp.model.EntityMention;
import io.newsflow.nlp.model.Paragraph;
import io.newsflow.nlp.text.CodePoints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The entity mentions of an analysed article against a gold article: exact span and type
 * (GPE_LOC and GPE_ORG count as one, as the gold conventions allow), and the canonical links,
 * scored as pairs of mentions that belong to one entity. Links are scored over the mentions both
 * sides found, so that a missed mention counts once, as a missed mention, not again as missed links.
 */
public final class EntityEvaluation {
  /** A mention's place: paragraph, and code-point offsets as the gold file gives them. */
  public record Place(int paragraph, int start, int end) {}

  /** A mention found or missed, with its text and family type. */
  public record Mention(Place place, String text, String type) {}

  private final List<Mention> missed = new ArrayList<>();
  private final List<Mention> spurious = new ArrayList<>();
  private int gold;
  private int found;
  private int exact;
  private int pairsBoth;
  private int pairsGold;
  private int pairsFound;

  private EntityEvaluation() {}

  /** Analyses the gold article's text with its publication date and scores the entities. */
  public static EntityEvaluation of(GoldArticle gold, ArticleAnalyzer analyzer) {
    ArticleInput input = ArticleInput.plainText(gold.text()).withLanguage(gold.language());
    return of(gold, analyzer.analyze(gold.published().map(input::publishedOn).orElse(input)));
  }

  public static EntityEvaluation of(GoldArticle gold, AnalyzedArticle analysis) {
    Map<Mention, String> goldLinks = new LinkedHashMap<>();
    for (GoldArticle.GoldEntity e : gold.entities()) {
      goldLinks.put(new Mention(new Place(e.paragraph(), e.start(), e.end()), e.text(), family(e.type())),
          Objects.requireNonNullElse(e.canonical(), e.text()));
    }
    Map<Mention, String> foundLinks = new LinkedHashMap<>();
    for (Paragraph p : analysis.paragraphs()) {
      CodePoints cp = new CodePoints(p.text());
      for (EntityMention m : p.entities()) {
        foundLinks.put(new Mention(new Place(p.index(), cp.of(m.start()), cp.of(m.end())), m.text(),
            family(m.type().name())), m.canonicalId() == null ? m.text() : m.canonicalId());
      }
    }
    EntityEvaluation out = new EntityEvaluation();
    out.gold = goldLinks.size();
    out.found = foundLinks.size();
    List<Mention> both = new ArrayList<>();
    for (Mention m : goldLinks.keySet()) {
      if (foundLinks.containsKey(m)) {
        both.add(m);
      } else {
        out.missed.add(m);
      }
    }
    foundLinks.keySet().stream().filter(m -> !goldLinks.containsKey(m)).forEach(out.spurious::add);
    out.exact = both.size();
    for (int i = 0; i < both.size(); i++) {
      for (int j = i + 1; j < both.size(); j++) {
        boolean inGold = goldLinks.get(both.get(i)).equals(goldLinks.get(both.get(j)));
        boolean inFound = foundLinks.get(both.get(i)).equals(foundLinks.get(both.get(j)));
        out.pairsGold += inGold ? 1 : 0;
        out.pairsFound += inFound ? 1 : 0;
        out.pairsBoth += inGold && inFound ? 1 : 0;
      }
    }
    return out;
  }

  private static String family(String type) {
    return type.startsWith("GPE") ? "GPE" : type;
  }

  public double precision() {
    return found == 0 ? 0 : (double) exact / found;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) exact / gold;
  }

  public double f1() {
    return f1(precision(), recall());
  }

  /** Of the pairs of mentions that gold puts in one entity, the share linked; and the reverse. */
  public double linkRecall() {
    return pairsGold == 0 ? 1 : (double) pairsBoth / pairsGold;
  }

  public double linkPrecision() {
    return pairsFound == 0 ? 1 : (double) pairsBoth / pairsFound;
  }

  public List<Mention> missed() {
    return List.copyOf(missed);
  }

  public List<Mention> spurious() {
    return List.copyOf(spurious);
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** What {@code ./newsflow eval ner --gold} prints. */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "entities: gold %d, found %d, exact %d; precision %.3f recall %.3f f1 %.3f%n"
        + "(span and type must match; GPE_LOC and GPE_ORG count as one, as the gold conventions allow)%n",
        gold, found, exact, precision(), recall(), f1()));
    out.append(String.format(Locale.ROOT,
        "links: %d of %d gold pairs linked, %d of %d found pairs right; precision %.3f recall %.3f%n",
        pairsBoth, pairsGold, pairsBoth, pairsFound, linkPrecision(), linkRecall()));
    missed.forEach(m -> out.append(line("missed", m)));
    spurious.forEach(m -> out.append(line("spurious", m)));
    return out.toString();
  }

  private static String line(String what, Mention m) {
    return String.format(Locale.ROOT, "  %-8s paragraph %d [%d,%d) %s %s%n", what, m.place().paragraph(),
        m.place().start(), m.place().end(), m.type(), m.text());
  }
}
