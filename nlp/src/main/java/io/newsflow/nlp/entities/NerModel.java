package io.newsflow.nlp.entities;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained named-entity tagger: a linear model over hashed features ({@link NerFeatures}) that
 * labels tokens left to right with IOB2 tags, never opening an entity with {@code I-}. Immutable
 * and thread-safe. Stored as gzip'd 16-bit quantised weights.
 */
public final class NerModel {
  private static final String MAGIC = "newsflow-ner-1";

  private final String[] labels;
  private final float[] weights;
  private final Set<String> commonWords;
  private final NerFeatures features;
  private final int[] typeOf;
  private final boolean[] inside;

  NerModel(String[] labels, float[] weights, Set<String> commonWords) {
    this.labels = labels.clone();
    this.weights = weights;
    this.commonWords = Set.copyOf(commonWords);
    int buckets = weights.length / labels.length;
    this.features = new NerFeatures(buckets, this.commonWords, Places.names());
    this.typeOf = new int[labels.length];
    this.inside = new boolean[labels.length];
    List<String> types = new ArrayList<>();
    for (int l = 0; l < labels.length; l++) {
      String label = labels[l];
      if (label.equals("O")) {
        typeOf[l] = -1;
        continue;
      }
      String type = label.substring(2);
      if (!types.contains(type)) {
        types.add(type);
      }
      typeOf[l] = types.indexOf(type);
      inside[l] = label.startsWith("I-");
    }
  }

  public List<String> labels() {
    return List.of(labels);
  }

  /** IOB2 tags for the words of one sentence. */
  public String[] tag(String[] words) {
    int[][] observations = features.observations(words);
    String[] out = new String[words.length];
    int previous = outside();
    int beforePrevious = outside();
    float[] scores = new float[labels.length];
    for (int i = 0; i < words.length; i++) {
      features.history(observations[i], words[i], previous, beforePrevious);
      score(observations[i], scores);
      int best = -1;
      for (int l = 0; l < labels.length; l++) {
        if (allowed(previous, l) && (best < 0 || scores[l] > scores[best])) {
          best = l;
        }
      }
      out[i] = labels[best];
      beforePrevious = previous;
      previous = best;
    }
    return out;
  }

  void score(int[] featureBuckets, float[] scores) {
    java.util.Arrays.fill(scores, 0f);
    int n = labels.length;
    for (int bucket : featureBuckets) {
      int base = bucket * n;
      for (int l = 0; l < n; l++) {
        scores[l] += weights[base + l];
      }
    }
  }

  /** {@code I-X} only continues {@code B-X} or {@code I-X}. */
  boolean allowed(int previous, int label) {
    return !inside[label] || (typeOf[previous] == typeOf[label] && typeOf[previous] >= 0);
  }

  int outside() {
    for (int l = 0; l < labels.length; l++) {
      if (typeOf[l] < 0) {
        return l;
      }
    }
    throw new IllegalStateException("a tag set without O");
  }

  /** The weights themselves, which only the trainer changes, before the model is published. */
  float[] trainableWeights() {
    return weights;
  }

  NerFeatures features() {
    return features;
  }

  int labelIndex(String label) {
    for (int l = 0; l < labels.length; l++) {
      if (labels[l].equals(label)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown label " + label);
  }

  public void write(OutputStream target) throws IOException {
    float max = 0;
    for (float w : weights) {
      max = Math.max(max, Math.abs(w));
    }
    float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(target, 1 << 16))) {
      out.writeUTF(MAGIC);
      out.writeInt(labels.length);
      for (String label : labels) {
        out.writeUTF(label);
      }
      out.writeInt(commonWords.size());
      for (String word : commonWords.stream().sorted().toList()) {
        out.writeUTF(word);
      }
      out.writeInt(weights.length);
      out.writeFloat(scale);
      for (float w : weights) {
        out.writeShort(Math.round(w / scale));
      }
    }
  }

  public static NerModel read(InputStream source) throws IOException {
    try (DataInputStream in = new DataInputStream(new GZIPInputStream(source, 1 << 16))) {
      String magic = in.readUTF();
      if (!magic.equals(MAGIC)) {
        throw new IOException("not a newsflow NER model (" + magic + ")");
      }
      String[] labels = new String[in.readInt()];
      for (int l = 0; l < labels.length; l++) {
        labels[l] = in.readUTF();
      }
      int common = in.readInt();
      Set<String> commonWords = new HashSet<>(common * 2);
      for (int i = 0; i < common; i++) {
        commonWords.add(in.readUTF().toLowerCase(Locale.ROOT));
      }
      float[] weights = new float[in.readInt()];
      float scale = in.readFloat();
      for (int i = 0; i < weights.length; i++) {
        weights[i] = in.readShort() * scale;
      }
      return new NerModel(labels, weights, commonWords);
    }
  }
}
