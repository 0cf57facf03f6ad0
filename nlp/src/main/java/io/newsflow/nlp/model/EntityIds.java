package io.newsflow.nlp.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Canonical entity ids: {@code family:slug}, e.g. {@code per:abu-bakr-al-baghdadi}. Stable across
 * articles, so consumers of {@code news.entities} can group by key without a lookup service.
 */
public final class EntityIds {
  private EntityIds() {}

  public static String of(EntityType type, String canonicalName) {
    return type.family() + ":" + slug(canonicalName);
  }

  /** Lower-case ASCII-folded words joined by '-'; letters outside Latin are kept as they are. */
  public static String slug(String name) {
    String folded = Normalizer.normalize(foldNordic(name), Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(folded.length());
    boolean pendingDash = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        if (pendingDash && out.length() > 0) {
          out.append('-');
        }
        pendingDash = false;
        out.appendCodePoint(Character.toLowerCase(cp));
      } else {
        pendingDash = true;
      }
    }
    return out.length() == 0 ? "_" : out.toString();
  }

  /** NFKD does not decompose æ, ø, å's neighbours the way a reader expects; spell them out first. */
  private static String foldNordic(String s) {
    return s.replace("æ", "ae").replace("Æ", "Ae").replace("ø", "o").replace("Ø", "O")
        .replace("å", "a").replace("Å", "A").toLowerCase(Locale.ROOT);
  }
}
