package io.newsflow.nlp.entities;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained named-entity tagger: two linear-chain passes over hashed token features
 * ({@link NerFeatures}) and label-to-label transitions, each decoded exactly with Viterbi over
 * IOB2 tags (an entity never opens with {@code I-}). The first pass tags each sentence on its
 * own; the second sees, besides, how the first pass tagged the same words in the sentences around
 * ({@link DocumentEvidence}), so a document's names get consistent spans and types. Immutable and
 * thread-safe once published by the trainer. Stored as gzip'd 16-bit quantised weights with the
 * lexicon the features read.
 */
public final class NerModel {
  private static final String MAGIC = "newsflow-ner-2";

  /**
   * The weights of one pass: {@code weights[bucket * labels + label]} is what an observation
   * feature says about a label, {@code transitions[(previous + 1) * labels + label]} what a
   * label says after another (row 0: at the sentence start).
   */
  record Pass(float[] weights, float[] transitions) {
    static Pass empty(int buckets, int labels) {
      return new Pass(new float[buckets * labels], new float[(labels + 1) * labels]);
    }

    Pass copy() {
      return new Pass(weights.clone(), transitions.clone());
    }
  }

  /**
   * A pass as the model file holds it: weights as 16-bit integers times a scale, which the tagger
   * reads through {@link Tables}, so a model tags the same before and after a round trip.
   */
  private record Packed(short[] weights, float scale, float[] transitions) {
    static Packed of(Pass pass) {
      float scale = NerModel.scale(pass.weights);
      short[] weights = new short[pass.weights.length];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = (short) Math.round(pass.weights[i] / scale);
      }
      float transitionScale = NerModel.scale(pass.transitions);
      float[] transitions = new float[pass.transitions.length];
      for (int i = 0; i < transitions.length; i++) {
        transitions[i] = (short) Math.round(pass.transitions[i] / transitionScale) * transitionScale;
      }
      return new Packed(weights, scale, transitions);
    }
  }

  /**
   * Both passes' weights as the tagger reads them: only the buckets some feature weights (about a
   * fifth of them), and for each label one {@code long} that holds the first pass's weight in its
   * low 32 bits and the second pass's above (as {@code second << 32 + first}), so that one
   * addition serves both passes and a feature costs one read. The sums stay exact as long as each
   * pass's sum fits in an {@code int}, far beyond what a few dozen 16-bit weights can reach.
   * {@code rowOf[bucket]} is the bucket's row; row 0, all zeros, stands for every unused bucket.
   */
  private record Tables(int[] rowOf, long[] rows) {
    static Tables of(short[] first, short[] second, int labels) {
      int[] rowOf = new int[first.length / labels];
      int used = 1;
      for (int bucket = 0; bucket < rowOf.length; bucket++) {
        for (int y = bucket * labels, end = y + labels; y < end; y++) {
          if (first[y] != 0 || second[y] != 0) {
            rowOf[bucket] = used++;
            break;
          }
        }
      }
      long[] rows = new long[used * labels];
      for (int bucket = 0; bucket < rowOf.length; bucket++) {
        for (int y = 0; y < labels && rowOf[bucket] > 0; y++) {
          rows[rowOf[bucket] * labels + y] = ((long) second[bucket * labels + y] << 32) + first[bucket * labels + y];
        }
      }
      return new Tables(rowOf, rows);
    }

    static int first(long sum) {
      return (int) sum;
    }

    static int second(long sum) {
      return (int) ((sum - first(sum)) >> 32);
    }
  }

  private final String[] labels;
  private final Packed first;
  private final Packed second;
  private final Tables tables;
  /**
   * For {@code I-X}, the label {@code B-X} (itself in a tag set without it), as {@code I-X} only
   * continues {@code B-X} or {@code I-X}; -1 for the others.
   */
  private final int[] begin;
  private final Steps firstSteps;
  private final Steps secondSteps;
  /** The float weights while training, which only the trainer changes; empty in a published model. */
  private final List<Pass> trainable;
  private final NerLexicon lexicon;
  private final NerFeatures features;
  private final int[] typeOf;
  private final boolean[] inside;
  private final int outside;

  /** A model to train: its passes are the trainer's to change, and it does not tag. */
  static NerModel untrained(String[] labels, int buckets, NerLexicon lexicon) {
    Pass empty = Pass.empty(1, labels.length);
    return new NerModel(labels, Packed.of(empty), Packed.of(empty), lexicon, buckets,
        List.of(Pass.empty(buckets, labels.length), Pass.empty(buckets, labels.length)));
  }

  /** The published model of trained passes. */
  NerModel(String[] labels, Pass first, Pass second, NerLexicon lexicon) {
    this(labels, Packed.of(first), Packed.of(second), lexicon, first.weights.length / labels.length, List.of());
  }

  private NerModel(String[] labels, Packed first, Packed second, NerLexicon lexicon, int buckets,
      List<Pass> trainable) {
    for (Packed pass : List.of(first, second)) {
      if (pass.weights.length != first.weights.length
          || pass.transitions.length != (labels.length + 1) * labels.length) {
        throw new IllegalArgumentException("weights do not fit " + labels.length + " labels");
      }
    }
    this.labels = labels.clone();
    this.first = first;
    this.second = second;
    this.trainable = trainable;
    this.lexicon = lexicon;
    this.features = new NerFeatures(buckets, lexicon);
    this.typeOf = new int[labels.length];
    this.inside = new boolean[labels.length];
    List<String> types = new ArrayList<>();
    int o = -1;
    for (int l = 0; l < labels.length; l++) {
      String label = labels[l];
      if (label.equals("O")) {
        typeOf[l] = -1;
        o = l;
        continue;
      }
      if (!label.startsWith("B-") && !label.startsWith("I-")) {
        throw new IllegalArgumentException("not an IOB2 label: " + label);
      }
      String type = label.substring(2);
      if (!types.contains(type)) {
        types.add(type);
      }
      typeOf[l] = types.indexOf(type);
      inside[l] = label.startsWith("I-");
    }
    if (o < 0) {
      throw new IllegalArgumentException("a tag set without O: " + Arrays.toString(labels));
    }
    this.outside = o;
    this.tables = Tables.of(first.weights, second.weights, labels.length);
    this.begin = new int[labels.length];
    for (int y = 0; y < labels.length; y++) {
      int b = inside[y] ? List.of(labels).indexOf("B-" + labels[y].substring(2)) : -1;
      begin[y] = inside[y] && b < 0 ? y : b;
    }
    this.firstSteps = steps(first.transitions);
    this.secondSteps = steps(second.transitions);
  }

  public List<String> labels() {
    return List.of(labels);
  }

  /** IOB2 tags for the words of one sentence, taken on its own. */
  public String[] tag(String[] words) {
    return tagDocument(List.<String[]>of(words)).get(0);
  }

  /**
   * IOB2 tags for the sentences of one document, in order: an article, or a corpus whose
   * documents are not marked (each sentence then takes {@link DocumentEvidence#WINDOW} sentences
   * on either side as its document).
   */
  public List<String[]> tagDocument(List<String[]> sentences) {
    // Both passes' sums over the first pass's features, [token][label]: the second pass only
    // adds its evidence features.
    List<long[]> sums = new ArrayList<>(sentences.size());
    List<int[]> firstTypes = new ArrayList<>(sentences.size());
    for (String[] words : sentences) {
      long[] s = new long[words.length * labels.length];
      add(features.observations(words), s);
      sums.add(s);
      firstTypes.add(types(viterbi(emissions(s, true), words.length, firstSteps)));
    }
    String[][] out = new String[sentences.size()][];
    DocumentEvidence.slide(sentences, firstTypes, typeCount(), DocumentEvidence.WINDOW, (s, evidence) -> {
      String[] words = sentences.get(s);
      long[] both = sums.get(s);
      add(features.evidence(words, evidence), both);
      int[] best = viterbi(emissions(both, false), words.length, secondSteps);
      String[] tags = new String[best.length];
      for (int i = 0; i < tags.length; i++) {
        tags[i] = labels[best[i]];
      }
      out[s] = tags;
    });
    return List.of(out);
  }

  /** Adds the weights of each token's features to its sums {@code [token][label]} (see {@link Tables}). */
  private void add(int[][] featureBuckets, long[] sums) {
    int[] rowOf = tables.rowOf;
    long[] rows = tables.rows;
    int l = labels.length;
    int[] used = new int[0];
    for (int i = 0, at = 0; i < featureBuckets.length; i++, at += l) {
      int[] buckets = featureBuckets[i];
      if (used.length < buckets.length) {
        used = new int[buckets.length];
      }
      // The rows of buckets no feature weights (one in ten) add nothing.
      int m = 0;
      for (int bucket : buckets) {
        int row = rowOf[bucket];
        used[m] = row * l;
        m += row != 0 ? 1 : 0;
      }
      int k = 0;
      // Four rows at a time: the sums are read and written once for four features.
      for (; k + 4 <= m; k += 4) {
        int a = used[k];
        int b = used[k + 1];
        int c = used[k + 2];
        int d = used[k + 3];
        for (int y = 0; y < l; y++) {
          sums[at + y] += (rows[a + y] + rows[b + y]) + (rows[c + y] + rows[d + y]);
        }
      }
      for (; k < m; k++) {
        int base = used[k];
        for (int y = 0; y < l; y++) {
          sums[at + y] += rows[base + y];
        }
      }
    }
  }

  /** The first or the second pass's scores {@code [token][label]} from the sums of {@link #add}. */
  private float[] emissions(long[] sums, boolean firstPass) {
    float[] out = new float[sums.length];
    if (firstPass) {
      for (int i = 0; i < out.length; i++) {
        out[i] = Tables.first(sums[i]) * first.scale;
      }
    } else {
      for (int i = 0; i < out.length; i++) {
        out[i] = Tables.second(sums[i]) * second.scale;
      }
    }
    return out;
  }

  /** The entity type index of each label, -1 for outside. */
  int[] types(int[] labelPath) {
    int[] out = new int[labelPath.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = typeOf[labelPath[i]];
    }
    return out;
  }

  int typeCount() {
    int max = -1;
    for (int t : typeOf) {
      max = Math.max(max, t);
    }
    return max + 1;
  }

  /** The highest-scoring label sequence under weights being trained. */
  int[] decode(Pass pass, int[][] observations) {
    int l = labels.length;
    float[] scores = new float[observations.length * l];
    for (int i = 0; i < observations.length; i++) {
      for (int bucket : observations[i]) {
        int base = bucket * l;
        for (int y = 0; y < l; y++) {
          scores[i * l + y] += pass.weights[base + y];
        }
      }
    }
    return viterbi(scores, observations.length, steps(pass.transitions));
  }

  /** A pass's transitions as Viterbi reads them: {@code into[label * labels + previous]}, and the sentence start. */
  private Steps steps(float[] transitions) {
    int l = labels.length;
    float[] into = new float[l * l];
    for (int y = 0; y < l; y++) {
      for (int p = 0; p < l; p++) {
        into[y * l + p] = transitions[(p + 1) * l + y];
      }
    }
    return new Steps(Arrays.copyOf(transitions, l), into);
  }

  private record Steps(float[] start, float[] into) {}

  /**
   * The highest-scoring IOB2 label sequence for {@code n} words with scores {@code [word][label]}
   * (Viterbi). Only the steps IOB2 allows are tried; a tie goes to the lowest previous label, and
   * where no step is possible the back pointer is {@code O}.
   */
  private int[] viterbi(float[] emissions, int n, Steps steps) {
    int l = labels.length;
    int[] path = new int[n];
    if (n == 0) {
      return path;
    }
    float[] into = steps.into;
    float[] previous = new float[l];
    float[] current = new float[l];
    int[] back = new int[n * l];
    for (int y = 0; y < l; y++) {
      previous[y] = inside[y] ? Float.NEGATIVE_INFINITY : emissions[y] + steps.start[y];
    }
    for (int i = 1; i < n; i++) {
      int at = i * l;
      for (int y = 0; y < l; y++) {
        int row = y * l;
        int arg;
        float top;
        if (inside[y]) {
          int p = Math.min(begin[y], y);
          int q = Math.max(begin[y], y);
          float sp = previous[p] + into[row + p];
          float sq = previous[q] + into[row + q];
          top = sq > sp ? sq : sp;
          arg = sq > sp ? q : p;
        } else {
          top = Float.NEGATIVE_INFINITY;
          arg = outside;
          for (int p = 0; p < l; p++) {
            float s = previous[p] + into[row + p];
            if (s > top) {
              top = s;
              arg = p;
            }
          }
        }
        if (top == Float.NEGATIVE_INFINITY) {
          arg = outside;
        }
        current[y] = top + emissions[at + y];
        back[at + y] = arg;
      }
      float[] swap = previous;
      previous = current;
      current = swap;
    }
    int last = 0;
    for (int y = 1; y < l; y++) {
      if (previous[y] > previous[last]) {
        last = y;
      }
    }
    path[n - 1] = last;
    for (int i = n - 1; i > 0; i--) {
      path[i - 1] = back[i * l + path[i]];
    }
    return path;
  }

  int labelCount() {
    return labels.length;
  }

  /** The float weights of the first pass while training. */
  Pass first() {
    return trainable(0);
  }

  Pass second() {
    return trainable(1);
  }

  private Pass trainable(int pass) {
    if (trainable.isEmpty()) {
      throw new IllegalStateException("a published model is not trained further");
    }
    return trainable.get(pass);
  }

  NerFeatures features() {
    return features;
  }

  NerLexicon lexicon() {
    return lexicon;
  }

  int labelIndex(String label) {
    for (int l = 0; l < labels.length; l++) {
      if (labels[l].equals(label)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown label " + label + " (the model knows " + Arrays.toString(labels) + ")");
  }

  public void write(OutputStream target) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(target, 1 << 16))) {
      out.writeUTF(MAGIC);
      out.writeInt(labels.length);
      for (String label : labels) {
        out.writeUTF(label);
      }
      lexicon.write(out);
      for (Packed pass : List.of(first, second)) {
        writeQuantised(out, pass.transitions);
        out.writeInt(pass.weights.length);
        out.writeFloat(pass.scale);
        byte[] buffer = new byte[pass.weights.length * 2];
        for (int i = 0; i < pass.weights.length; i++) {
          buffer[2 * i] = (byte) (pass.weights[i] >>> 8);
          buffer[2 * i + 1] = (byte) pass.weights[i];
        }
        out.write(buffer);
      }
    }
  }

  public static NerModel read(InputStream source) throws IOException {
    try (DataInputStream in = new DataInputStream(new GZIPInputStream(source, 1 << 16))) {
      String magic = in.readUTF();
      if (!magic.equals(MAGIC)) {
        throw new IOException("not a newsflow NER model of this version (" + magic + "; expected " + MAGIC + ")");
      }
      String[] labels = new String[in.readInt()];
      for (int l = 0; l < labels.length; l++) {
        labels[l] = in.readUTF();
      }
      NerLexicon lexicon = NerLexicon.read(in);
      Packed first = readPacked(in);
      Packed second = readPacked(in);
      return new NerModel(labels, first, second, lexicon, first.weights.length / labels.length, List.of());
    }
  }

  /**
   * 16 bits per weight lose nothing that changes a decision in practice, and the runs of zeros
   * of unused buckets compress to almost nothing.
   */
  private static void writeQuantised(DataOutputStream out, float[] values) throws IOException {
    float scale = scale(values);
    out.writeInt(values.length);
    out.writeFloat(scale);
    byte[] buffer = new byte[values.length * 2];
    for (int i = 0; i < values.length; i++) {
      int q = Math.round(values[i] / scale);
      buffer[2 * i] = (byte) (q >>> 8);
      buffer[2 * i + 1] = (byte) q;
    }
    out.write(buffer);
  }

  private static Packed readPacked(DataInputStream in) throws IOException {
    float[] transitions = readQuantised(in);
    short[] weights = new short[in.readInt()];
    float scale = in.readFloat();
    byte[] buffer = new byte[weights.length * 2];
    in.readFully(buffer);
    for (int i = 0; i < weights.length; i++) {
      weights[i] = (short) ((buffer[2 * i] << 8) | (buffer[2 * i + 1] & 0xff));
    }
    return new Packed(weights, scale, transitions);
  }

  private static float scale(float[] values) {
    float max = 0;
    for (float w : values) {
      max = Math.max(max, Math.abs(w));
    }
    return max == 0 ? 1 : max / Short.MAX_VALUE;
  }

  private static float[] readQuantised(DataInputStream in) throws IOException {
    float[] values = new float[in.readInt()];
    float scale = in.readFloat();
    byte[] buffer = new byte[values.length * 2];
    in.readFully(buffer);
    for (int i = 0; i < values.length; i++) {
      values[i] = (short) ((buffer[2 * i] << 8) | (buffer[2 * i + 1] & 0xff)) * scale;
    }
    return values;
  }
}
