package io.newsflow.nlp.text;

import java.util.Set;

/**
 * The words by which a language's news layouts mark paragraph kinds, all lower-case.
 *
 * @param teaserLabels words of the label before a link to another story ("les", "også", "video",
 *     "spesial"); a label "X:" containing one of them marks a teaser
 * @param creditLabels what precedes a picture credit ("foto", "bilde", "photo")
 * @param bylinePrefixes what opens a byline ("av", "tekst")
 * @param datelineLabels labels of publication metadata ("publisert", "oppdatert")
 */
public record ParagraphCues(
    Set<String> teaserLabels,
    Set<String> creditLabels,
    Set<String> bylinePrefixes,
    Set<String> datelineLabels) {

  public ParagraphCues {
    teaserLabels = Set.copyOf(teaserLabels);
    creditLabels = Set.copyOf(creditLabels);
    bylinePrefixes = Set.copyOf(bylinePrefixes);
    datelineLabels = Set.copyOf(datelineLabels);
  }

  /**
   * Cues from a lexicon file with sections {@code [teaser]}, {@code [credit]}, {@code [byline]} and
   * {@code [dateline]}, one lower-case entry per line.
   */
  public static ParagraphCues load(Class<?> anchor, String resource) {
    java.util.Map<String, Set<String>> sections = new java.util.HashMap<>();
    Set<String> current = null;
    for (String line : Lexicon.lines(anchor, resource)) {
      if (line.startsWith("[") && line.endsWith("]")) {
        current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new java.util.HashSet<>());
      } else if (current == null) {
        throw new IllegalStateException(resource + ": entry before the first [section]: " + line);
      } else {
        current.add(line.toLowerCase(java.util.Locale.ROOT));
      }
    }
    return new ParagraphCues(
        sections.getOrDefault("teaser", Set.of()),
        sections.getOrDefault("credit", Set.of()),
        sections.getOrDefault("byline", Set.of()),
        sections.getOrDefault("dateline", Set.of()));
  }

  /** The union of several languages' cues, for text whose language is unknown. */
  public ParagraphCues and(ParagraphCues other) {
    return new ParagraphCues(
        union(teaserLabels, other.teaserLabels),
        union(creditLabels, other.creditLabels),
        union(bylinePrefixes, other.bylinePrefixes),
        union(datelineLabels, other.datelineLabels));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return out;
  }
}
