package io.newsflow.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed proper nouns from a morphological analyser: Apertium's Bokmål analyser (Debian's
 * {@code apertium-nno-nob}) tells a place ({@code top}) from a given name ({@code ant}), a
 * family name ({@code cog}), an organisation ({@code org}) or another name ({@code al}), and
 * knows genitives. The trainer asks it about the capitalised words of a word list, at training
 * time only; the answers ship inside the model.
 */
public final class ProperNouns {
  private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'-]*");
  /** One analysed word in {@code lt-proc}'s stream format: {@code ^surface/analysis/analysis$}. */
  private static final Pattern UNIT = Pattern.compile("\\^([^/$]*)/([^$]*)\\$");
  private static final Pattern TAG = Pattern.compile("<([^>]+)>");
  private static final List<String> KINDS = List.of("top", "ant", "cog", "org", "al");

  private ProperNouns() {}

  /** The words worth asking about: capitalised, and free of the analyser's reserved characters. */
  public static List<String> candidates(List<String> wordList) {
    Set<String> out = new TreeSet<>();
    for (String line : wordList) {
      String word = line.strip();
      if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && SAFE.matcher(word).matches()) {
        out.add(word);
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * The proper-noun kinds of each analysed word, joined in a stable order ("cog+top" for Bergen,
   * "topG" for Norges, the genitive of a place); words the analyser does not know as a proper
   * noun are left out. Compound readings are ignored: any capitalised word can start a compound.
   */
  public static Map<String, String> parse(String analyserOutput) {
    Map<String, String> out = new TreeMap<>();
    Matcher unit = UNIT.matcher(analyserOutput);
    while (unit.find()) {
      Set<String> kinds = new TreeSet<>();
      for (String analysis : unit.group(2).split("/")) {
        if (analysis.contains("<compound")) {
          continue;
        }
        Set<String> tags = new TreeSet<>();
        Matcher tag = TAG.matcher(analysis);
        while (tag.find()) {
          tags.add(tag.group(1));
        }
        if (tags.contains("np")) {
          for (String kind : KINDS) {
            if (tags.contains(kind)) {
              kinds.add(kind + (tags.contains("gen") ? "G" : ""));
            }
          }
        }
      }
      if (!kinds.isEmpty()) {
        out.put(unit.group(1), String.join("+", kinds));
      }
    }
    return out;
  }
}
