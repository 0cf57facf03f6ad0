package io.newsflow.nlp.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The samples of {@code language-samples.tsv}: language, text, and whether it is a heading. */
record LanguageSamples(List<Sample> all) {
  record Sample(String language, String text, boolean isShort) {
    @Override
    public String toString() {
      return language + ": " + text;
    }
  }

  static LanguageSamples load() {
    try (InputStream in = LanguageSamples.class.getResourceAsStream("language-samples.tsv")) {
      if (in == null) {
        throw new IllegalStateException("language-samples.tsv is missing");
      }
      List<Sample> samples = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        samples.add(new Sample(fields[0], fields[1], fields.length > 2 && fields[2].equals("short")));
      }
      return new LanguageSamples(samples);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Sample> sentences(List<String> languages) {
    return all.stream().filter(s -> !s.isShort() && languages.contains(s.language())).toList();
  }

  List<Sample> headings() {
    return all.stream().filter(Sample::isShort).toList();
  }

  List<Sample> otherLanguages(List<String> known) {
    return all.stream().filter(s -> !known.contains(s.language())).toList();
  }

  /** All sentences of one language as one text, the way the analyzer samples an article. */
  String article(String language) {
    return all.stream().filter(s -> s.language().equals(language) && !s.isShort())
        .map(Sample::text).collect(Collectors.joining("\n\n"));
  }
}
