package io.newsflow.nlp.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Head nouns that make a compound with a name into a name of its own kind: "Irak-krigen" is an
 * event and "EØS-avtalen" a document, where "IS-lederen" is only a word derived from a name.
 * NorNE annotates them so, but a tagger meets most such compounds once or never, and calls them
 * derived. Per language, from a list of definite head forms and their types
 * ({@code lang/nb/ner-name-heads.txt}). The same list names the nouns that take a capital letter
 * as a label ("plan B", "type A", "vitamin D"), where a tagger that has met "A" and "B" as
 * anonymised persons sees a name.
 */
final class NameHeads {
  static final NameHeads NONE = new NameHeads(Map.of());
  /** The type column of a noun that takes a letter as its label. */
  private static final String LETTER_LABEL = "LETTER";

  private final Map<String, String> typeOfHead;

  NameHeads(Map<String, String> typeOfHead) {
    this.typeOfHead = Map.copyOf(typeOfHead);
  }

  /** The list next to {@code anchor}, or none when the language has no such list. */
  static NameHeads load(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        return NONE;
      }
      Map<String, String> heads = new HashMap<>();
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        String[] parts = entry.split("\\s+");
        if (parts.length != 2) {
          throw new IllegalArgumentException(resource + ": expected 'head TYPE', got '" + entry + "'");
        }
        String type = parts[1].equals(LETTER_LABEL) ? LETTER_LABEL
            : io.newsflow.nlp.model.EntityType.valueOf(parts[1]).name();
        heads.put(parts[0].toLowerCase(Locale.ROOT), type);
      }
      return new NameHeads(heads);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * The tags with each derived-word span (DRV) that ends in a hyphenated compound on a listed head
   * retyped to the head's type, and such a compound the tagger left out tagged when its first part
   * is capitalised, as a name is; spans the tagger typed otherwise are left alone. A lone capital
   * letter after a noun that takes a letter as its label is no name.
   */
  List<String[]> retype(List<String[]> sentences, List<String[]> tags) {
    if (typeOfHead.isEmpty()) {
      return tags;
    }
    for (int s = 0; s < sentences.size(); s++) {
      String[] words = sentences.get(s);
      String[] row = tags.get(s);
      for (NerEvaluation.Span span : NerEvaluation.spans(List.of(row))) {
        String type = span.type().equals("DRV") ? headType(words[span.end() - 1]) : null;
        if (type != null) {
          for (int i = span.start(); i < span.end(); i++) {
            row[i] = (i == span.start() ? "B-" : "I-") + type;
          }
        }
      }
      for (int i = 1; i < words.length; i++) {
        if (isLetter(words[i]) && row[i].startsWith("B-") && (i + 1 == row.length || !row[i + 1].startsWith("I-"))
            && LETTER_LABEL.equals(typeOfHead.get(words[i - 1].toLowerCase(Locale.ROOT)))) {
          row[i] = "O";
        }
      }
      for (int i = 0; i < words.length; i++) {
        if (row[i].equals("O") && !words[i].isEmpty() && Character.isUpperCase(words[i].codePointAt(0))) {
          String type = headType(words[i]);
          if (type != null) {
            row[i] = "B-" + type;
          }
        }
      }
    }
    return tags;
  }

  private static boolean isLetter(String word) {
    return word.length() == 1 && Character.isUpperCase(word.charAt(0));
  }

  /** The type a word's head gives it ("Jan Mayen-lovens": the genitive of "loven"), or null. */
  String headType(String word) {
    int hyphen = word.lastIndexOf('-');
    if (hyphen <= 0 || hyphen == word.length() - 1) {
      return null;
    }
    String head = word.substring(hyphen + 1).toLowerCase(Locale.ROOT);
    String type = typeOfHead.get(head);
    if (type == null && head.length() > 4 && head.endsWith("s")) {
      type = typeOfHead.get(head.substring(0, head.length() - 1));
    }
    return LETTER_LABEL.equals(type) ? null : type;
  }
}
