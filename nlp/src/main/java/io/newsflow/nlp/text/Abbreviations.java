package io.newsflow.nlp.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A language's abbreviations that end in a period ("f.eks.", "bl.a.", "ca.", "Mr."). Most never end
 * a sentence, because something always follows them; those listed as {@code sentenceFinal} ("osv.",
 * "m.m.", "etc.") end one when the next word starts a new sentence.
 */
public final class Abbreviations {
  private final Set<String> all;
  private final Set<String> sentenceFinal;

  /**
   * @param entries lower-case abbreviations with their final period; an entry ending in {@code
   *     "$"} ("osv.$") may also end a sentence
   */
  public Abbreviations(Iterable<String> entries) {
    Set<String> allSet = new HashSet<>();
    Set<String> finalSet = new HashSet<>();
    for (String raw : entries) {
      String entry = raw.toLowerCase(Locale.ROOT);
      if (entry.endsWith("$")) {
        entry = entry.substring(0, entry.length() - 1);
        finalSet.add(entry);
      }
      if (!entry.endsWith(".")) {
        throw new IllegalArgumentException("abbreviation without final period: " + raw);
      }
      allSet.add(entry);
    }
    this.all = Set.copyOf(allSet);
    this.sentenceFinal = Set.copyOf(finalSet);
  }

  public static Abbreviations none() {
    return new Abbreviations(Set.of());
  }

  /** Whether {@code candidate} (with its final period) is a known abbreviation. */
  public boolean contains(CharSequence candidate) {
    return all.contains(candidate.toString().toLowerCase(Locale.ROOT));
  }

  public boolean maySentenceEnd(CharSequence candidate) {
    return sentenceFinal.contains(candidate.toString().toLowerCase(Locale.ROOT));
  }
}
