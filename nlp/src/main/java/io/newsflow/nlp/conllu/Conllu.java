package io.newsflow.nlp.conllu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes CoNLL-U; rows keep every column as written, so a round trip changes nothing. */
public final class Conllu {
  private Conllu() {}

  public static List<ConlluSentence> read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    }
  }

  public static List<ConlluSentence> read(Reader reader) throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<ConlluSentence> sentences = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    int lineNumber = 0;
    for (String line; (line = in.readLine()) != null; ) {
      lineNumber++;
      if (line.isBlank()) {
        if (!rows.isEmpty() || !comments.isEmpty()) {
          sentences.add(new ConlluSentence(comments, rows));
          comments = new ArrayList<>();
          rows = new ArrayList<>();
        }
      } else if (line.startsWith("#")) {
        comments.add(line);
      } else {
        String[] columns = line.split("\t", -1);
        if (columns.length != 10) {
          throw new IOException("line " + lineNumber + " has " + columns.length + " columns; CoNLL-U has 10");
        }
        rows.add(columns);
      }
    }
    if (!rows.isEmpty() || !comments.isEmpty()) {
      sentences.add(new ConlluSentence(comments, rows));
    }
    return sentences;
  }

  public static void write(List<ConlluSentence> sentences, Writer out) {
    try {
      for (ConlluSentence s : sentences) {
        for (String c : s.comments()) {
          out.write(c);
          out.write('\n');
        }
        for (String[] row : s.rows()) {
          out.write(String.join("\t", row));
          out.write('\n');
        }
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
