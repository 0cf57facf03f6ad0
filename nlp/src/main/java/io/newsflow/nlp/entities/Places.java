package io.newsflow.nlp.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Gazetteers that ship with the code, so nothing is downloaded: country and territory names in
 * Bokmål, Nynorsk and English from the JDK's own CLDR data, and the one-word names of the world's
 * towns and cities from GeoNames ({@code cities.txt.gz}; its source and licence in
 * {@code CITIES.md} beside it).
 */
final class Places {
  private static final Set<String> NAMES = load();

  private Places() {}

  static Set<String> names() {
    return NAMES;
  }

  /** Whether a word names a town, city or administrative division somewhere, compared without case or diacritics ("Sāmarrā’" is "samarra"). */
  static boolean isPlaceName(String word) {
    return Towns.NAMES.contains(fold(word));
  }

  /** Lower case without diacritics or apostrophes, as the town list is written. */
  static String fold(String word) {
    boolean plain = true;
    for (int i = 0; i < word.length() && plain; i++) {
      char c = word.charAt(i);
      plain = c < 0x80 && c != '\'' && c != '`';
    }
    if (plain) {
      return word.toLowerCase(Locale.ROOT);
    }
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK && "’‘'ʼ`´".indexOf(c) < 0) {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Loaded on first use: only the recognizer's last step asks, and the list takes ~100 ms to read. */
  private static final class Towns {
    static final Set<String> NAMES = read();

    private static Set<String> read() {
      Set<String> towns = new HashSet<>(1 << 18);
      try (InputStream resource = Places.class.getResourceAsStream("cities.txt.gz")) {
        if (resource == null) {
          throw new IllegalStateException("cities.txt.gz is missing next to " + Places.class.getName());
        }
        BufferedReader lines = new BufferedReader(
            new InputStreamReader(new GZIPInputStream(resource, 1 << 16), StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (!line.isEmpty()) {
            towns.add(line);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return java.util.Collections.unmodifiableSet(towns);
    }
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
