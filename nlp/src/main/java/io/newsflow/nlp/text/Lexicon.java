package io.newsflow.nlp.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists shipped as class-path resources: one entry per line, {@code #} starts a comment.
 * Keeping lexicons in files lets a linguist extend a language without touching code.
 */
public final class Lexicon {
  private Lexicon() {}

  /** The entries of {@code resource} (relative to {@code anchor}'s package), in file order. */
  public static List<String> lines(Class<?> anchor, String resource) {
    InputStream in = anchor.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "lexicon " + resource + " is missing next to " + anchor.getName());
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!entry.isEmpty()) {
          out.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
    return List.copyOf(out);
  }

  /** The entries lower-cased, as a set for look-ups. */
  public static Set<String> lowerCaseSet(Class<?> anchor, String resource) {
    return Set.copyOf(
        lines(anchor, resource).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
  }
}
