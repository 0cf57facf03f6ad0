package io.newsflow.nlp.entities;

import io.newsflow.nlp.conllu.ConlluSentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Trains a {@link NerModel} with the averaged perceptron (Collins 2002): tag a training sentence
 * left to right with the current weights, and where a predicted label differs from the gold one,
 * move the weights of that token's features towards the gold label. Averaging the weights over
 * all steps makes the result far more stable than the last weights. Deterministic for a seed.
 */
public final class NerTrainer {
  /** 2^19 buckets × 19 labels: collisions stay rare for NorNE's vocabulary, the model stays ~40 MB in memory. */
  public static final int DEFAULT_BUCKETS = 1 << 19;
  /** A word written in lower case this often is a common word, even when capitalised at a sentence start. */
  private static final int COMMON_WORD_MIN_COUNT = 3;

  private NerTrainer() {}

  public static NerModel train(List<ConlluSentence> sentences, int epochs, long seed) {
    return train(sentences, epochs, seed, DEFAULT_BUCKETS);
  }

  public static NerModel train(List<ConlluSentence> sentences, int epochs, long seed, int buckets) {
    String[] labels = labels(sentences);
    NerModel model = new NerModel(labels, new float[buckets * labels.length], commonWords(sentences));
    float[] weights = model.trainableWeights();
    float[] accumulated = new float[weights.length];
    List<ConlluSentence> order = new ArrayList<>(sentences);
    Random random = new Random(seed);
    NerFeatures features = model.features();
    int n = labels.length;
    float[] scores = new float[n];
    long step = 1;
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, random);
      for (ConlluSentence sentence : order) {
        String[] words = sentence.forms().toArray(String[]::new);
        if (words.length == 0) {
          continue;
        }
        int[] gold = sentence.nameTags().stream().mapToInt(model::labelIndex).toArray();
        int[][] observations = features.observations(words);
        int previous = model.outside();
        int beforePrevious = model.outside();
        for (int i = 0; i < words.length; i++) {
          features.history(observations[i], words[i], previous, beforePrevious);
          model.score(observations[i], scores);
          int best = -1;
          for (int l = 0; l < n; l++) {
            if (model.allowed(previous, l) && (best < 0 || scores[l] > scores[best])) {
              best = l;
            }
          }
          if (best != gold[i]) {
            for (int bucket : observations[i]) {
              int base = bucket * n;
              weights[base + gold[i]] += 1;
              accumulated[base + gold[i]] += step;
              weights[base + best] -= 1;
              accumulated[base + best] -= step;
            }
          }
          // Learn from the gold history, as the tagger will see mostly right histories.
          beforePrevious = previous;
          previous = gold[i];
          step++;
        }
      }
    }
    for (int i = 0; i < weights.length; i++) {
      weights[i] -= accumulated[i] / step;
    }
    return model;
  }

  /** O first, then B- and I- of every type in the data, in a stable order. */
  static String[] labels(List<ConlluSentence> sentences) {
    Set<String> types = new java.util.TreeSet<>();
    for (ConlluSentence s : sentences) {
      for (String tag : s.nameTags()) {
        if (!tag.equals("O")) {
          types.add(tag.substring(2));
        }
      }
    }
    Set<String> labels = new LinkedHashSet<>();
    labels.add("O");
    for (String type : types) {
      labels.add("B-" + type);
      labels.add("I-" + type);
    }
    return labels.toArray(String[]::new);
  }

  static Set<String> commonWords(List<ConlluSentence> sentences) {
    Map<String, Integer> counts = new HashMap<>();
    for (ConlluSentence s : sentences) {
      for (String form : s.forms()) {
        if (!form.isEmpty() && Character.isLowerCase(form.codePointAt(0))) {
          counts.merge(form.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
      }
    }
    Set<String> common = new java.util.HashSet<>();
    counts.forEach((word, count) -> {
      if (count >= COMMON_WORD_MIN_COUNT) {
        common.add(word);
      }
    });
    return common;
  }
}
