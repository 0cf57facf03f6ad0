package io.newsflow.nlp.conllu;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a CoNLL-U file: its comment lines and its rows, each row the ten columns as
 * written. Multi-word token ranges ({@code 3-4}) and empty nodes ({@code 5.1}) are kept as rows
 * but are not words.
 */
public record ConlluSentence(List<String> comments, List<String[]> rows) {
  public static final int FORM = 1;
  public static final int UPOS = 3;
  public static final int MISC = 9;

  public ConlluSentence {
    comments = List.copyOf(comments);
    rows = List.copyOf(rows);
  }

  /** Whether a {@code # newdoc} comment opens a new document here. */
  public boolean startsDocument() {
    return comments.stream().anyMatch(c -> c.startsWith("# newdoc"));
  }

  /** The word rows: not multi-word ranges, not empty nodes. */
  public List<String[]> words() {
    List<String[]> out = new ArrayList<>(rows.size());
    for (String[] row : rows) {
      if (isWord(row)) {
        out.add(row);
      }
    }
    return out;
  }

  public List<String> forms() {
    return words().stream().map(r -> r[FORM]).toList();
  }

  /** The IOB2 tags from {@code name=} in MISC ({@code O} where there is none). */
  public List<String> nameTags() {
    return words().stream().map(r -> miscValue(r[MISC], "name").orElse("O")).toList();
  }

  static boolean isWord(String[] row) {
    return row[0].chars().allMatch(Character::isDigit);
  }

  static java.util.Optional<String> miscValue(String misc, String key) {
    if (misc == null || misc.equals("_")) {
      return java.util.Optional.empty();
    }
    for (String part : misc.split("\\|")) {
      if (part.startsWith(key + "=")) {
        return java.util.Optional.of(part.substring(key.length() + 1));
      }
    }
    return java.util.Optional.empty();
  }

  /** MISC with {@code name=} set to {@code tag}, other attributes kept in place. */
  static String withName(String misc, String tag) {
    if (misc == null || misc.equals("_") || misc.isEmpty()) {
      return "name=" + tag;
    }
    List<String> parts = new ArrayList<>();
    boolean replaced = false;
    for (String part : misc.split("\\|")) {
      if (part.startsWith("name=")) {
        parts.add("name=" + tag);
        replaced = true;
      } else {
        parts.add(part);
      }
    }
    if (!replaced) {
      parts.add("name=" + tag);
    }
    return String.join("|", parts);
  }

  /** A copy with the words' {@code name=} tags replaced by {@code tags}. */
  public ConlluSentence withNameTags(List<String> tags) {
    List<String[]> out = new ArrayList<>(rows.size());
    int w = 0;
    for (String[] row : rows) {
      String[] copy = row.clone();
      if (isWord(row)) {
        copy[MISC] = withName(row[MISC], tags.get(w++));
      }
      out.add(copy);
    }
    return new ConlluSentence(comments, out);
  }
}
