package io.newsflow.nlp.entities;

import io.newsflow.nlp.conllu.ConlluSentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores a tagger against gold IOB2 tags the CoNLL way: an entity counts as found only when its
 * span and type are both exactly right. Reports precision, recall and F1 per type and overall.
 */
public final class NerEvaluation {
  private final Map<String, int[]> counts = new TreeMap<>(); // type -> {true positives, predicted, gold}

  /**
   * The score of {@code model} on {@code gold}, tagged as the documents it holds ({@code # newdoc}
   * comments), or as one running text with a sliding window for a document when it marks none.
   */
  public static NerEvaluation of(NerModel model, List<ConlluSentence> gold) {
    return of(model::tagDocument, gold);
  }

  /** The score of a recognizer, with its document-level revisions, on {@code gold}. */
  public static NerEvaluation of(PerceptronEntityRecognizer recognizer, List<ConlluSentence> gold) {
    return of(recognizer::tagDocument, gold);
  }

  private static NerEvaluation of(java.util.function.UnaryOperator<List<String[]>> tagger, List<ConlluSentence> gold) {
    NerEvaluation evaluation = new NerEvaluation();
    for (List<ConlluSentence> document : documents(gold)) {
      List<String[]> tagged = tagger.apply(document.stream().map(s -> s.forms().toArray(String[]::new)).toList());
      for (int s = 0; s < document.size(); s++) {
        evaluation.add(document.get(s).nameTags(), List.of(tagged.get(s)));
      }
    }
    return evaluation;
  }

  /** The documents of a CoNLL-U file: split at {@code # newdoc}, or the whole file when it has none. */
  public static List<List<ConlluSentence>> documents(List<ConlluSentence> sentences) {
    List<List<ConlluSentence>> documents = new ArrayList<>();
    for (ConlluSentence sentence : sentences) {
      if (documents.isEmpty() || sentence.startsDocument()) {
        documents.add(new ArrayList<>());
      }
      documents.get(documents.size() - 1).add(sentence);
    }
    return documents;
  }

  public void add(List<String> goldTags, List<String> predictedTags) {
    Set<Span> gold = new HashSet<>(spans(goldTags));
    for (Span s : gold) {
      counts.computeIfAbsent(s.type, t -> new int[3])[2]++;
    }
    for (Span s : spans(predictedTags)) {
      int[] c = counts.computeIfAbsent(s.type, t -> new int[3]);
      c[1]++;
      if (gold.contains(s)) {
        c[0]++;
      }
    }
  }

  /** Entities in IOB2 tags; an {@code I-} without its {@code B-} starts an entity, as conlleval does. */
  static List<Span> spans(List<String> tags) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean continues = tag.startsWith("I-") && tag.substring(2).equals(type);
      if (!continues && type != null) {
        spans.add(new Span(start, i, type));
        type = null;
      }
      if (!tag.equals("O") && !continues) {
        start = i;
        type = tag.substring(2);
      }
    }
    return spans;
  }

  record Span(int start, int end, String type) {}

  public double precision() {
    int[] t = total();
    return t[1] == 0 ? 0 : (double) t[0] / t[1];
  }

  public double recall() {
    int[] t = total();
    return t[2] == 0 ? 0 : (double) t[0] / t[2];
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private int[] total() {
    int[] t = new int[3];
    counts.values().forEach(c -> {
      t[0] += c[0];
      t[1] += c[1];
      t[2] += c[2];
    });
    return t;
  }

  /** The table {@code ./newsflow eval ner} prints. */
  public String report() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-8s %9s %9s %9s %7s%n",
        "type", "precision", "recall", "f1", "gold"));
    counts.forEach((type, c) -> out.append(row(type, c)));
    out.append(row("overall", total()));
    return out.toString();
  }

  private static String row(String name, int[] c) {
    double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
    double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return String.format(Locale.ROOT, "%-8s %9.3f %9.3f %9.3f %7d%n", name, p, r, f, c[2]);
  }
}
