package io.newsflow.bench.jmh;

import io.newsflow.bench.BenchArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The articles every stage benchmark processes per operation, handed from the command to JMH's
 * forked JVM as a folder of files (first line the publication date, then the body), so the fork
 * does not need to find the treebank.
 */
public final class StageSample {
  /** System property naming the sample folder in the forked JVM. */
  static final String PROPERTY = "newsflow.bench.sample";
  /** Articles per benchmark operation: about 25,000 tokens, long enough to time, short enough to repeat. */
  public static final int ARTICLES = 40;
  /** A different corpus seed from the harness's default, so the stages are not tuned to one text. */
  public static final long SEED = 7L;

  private StageSample() {}

  static void write(List<BenchArticle> articles, Path dir) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < articles.size(); i++) {
      BenchArticle a = articles.get(i);
      Files.writeString(dir.resolve(String.format("%03d.txt", i)), a.published() + "\n" + a.body(),
          StandardCharsets.UTF_8);
    }
  }

  static List<BenchArticle> read(Path dir) throws IOException {
    List<BenchArticle> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        if (newline < 0) {
          throw new IOException(f + " is not a sample article: the first line must be its publication date");
        }
        String name = f.getFileName().toString();
        out.add(new BenchArticle(name, name, text.substring(newline + 1),
            LocalDate.parse(text.substring(0, newline))));
      }
    }
    if (out.isEmpty()) {
      throw new IOException("no sample articles in " + dir);
    }
    return out;
  }

  static List<BenchArticle> fromProperty() {
    String dir = System.getProperty(PROPERTY);
    if (dir == null) {
      throw new IllegalStateException("-D" + PROPERTY + " must name the sample folder; run through ./newsflow bench --jmh");
    }
    try {
      return read(Path.of(dir));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the benchmark sample: " + e.getMessage(), e);
    }
  }
}
