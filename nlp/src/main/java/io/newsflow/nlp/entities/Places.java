package io.newsflow.nlp.entities;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Country and territory names in Bokmål, Nynorsk and English from the JDK's own CLDR data: a
 * gazetteer that ships with every JVM and needs no download.
 */
final class Places {
  private static final Set<String> NAMES = load();

  private Places() {}

  static Set<String> names() {
    return NAMES;
  }

  private static Set<String> load() {
    Set<String> names = new HashSet<>();
    Locale[] languages = {Locale.forLanguageTag("nb"), Locale.forLanguageTag("nn"), Locale.ENGLISH};
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      for (Locale language : languages) {
        String name = country.getDisplayCountry(language);
        if (!name.isBlank() && !name.equals(code)) {
          names.add(name.toLowerCase(Locale.ROOT));
        }
      }
    }
    return Set.copyOf(names);
  }
}
