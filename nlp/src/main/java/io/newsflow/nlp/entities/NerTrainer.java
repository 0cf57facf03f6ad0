package io.newsflow.nlp.entities;

import io.newsflow.nlp.conllu.ConlluSentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Trains a {@link NerModel} with the structured averaged perceptron (Collins 2002): decode a
 * training sentence with Viterbi under the current weights and, where the best path differs from
 * the gold one, move the features of the gold path up and those of the predicted path down.
 * Averaging the weights over all steps makes the result far more stable than the last weights.
 * Deterministic for a seed.
 *
 * <p>The lexicon's name classes come from the training names themselves, so the trainer computes
 * each sentence's features with classes learnt from the other folds only: otherwise every
 * training name would be "known" and the weights would trust the lexicon far more than it
 * deserves on new text.
 */
public final class NerTrainer {
  /**
   * 2^18 buckets × 19 labels × 2 passes: 20 MB of 16-bit weights when tagging. Measured on NorNE
   * dev, 2^20 buckets score no better (0.830 against 0.835 micro F1) and tag at half the speed,
   * as each feature costs a memory read and fewer of them hit the caches; 2^17 loses 0.009.
   */
  public static final int DEFAULT_BUCKETS = 1 << 18;
  /** Folds for name classes learnt without the sentence itself (interleaved: any sentence's fold-mates are everywhere). */
  private static final int LEXICON_FOLDS = 10;
  /** Contiguous parts for first-pass labels of text the first pass has not seen (contiguous: documents stay whole). */
  private static final int DOCUMENT_FOLDS = 5;

  private final int epochs;
  private final long seed;
  private final int buckets;
  private final NerLexicon.Dictionary dictionary;

  private NerTrainer(int epochs, long seed, int buckets, NerLexicon.Dictionary dictionary) {
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be at least 1, not " + epochs);
    }
    this.epochs = epochs;
    this.seed = seed;
    this.buckets = buckets;
    this.dictionary = dictionary;
  }

  /** Watches training: called with the averaged model after each epoch. */
  @FunctionalInterface
  public interface EpochListener {
    void epochDone(int epoch, NerModel averaged);
  }

  public static NerModel train(List<ConlluSentence> sentences, int epochs, long seed) {
    return train(sentences, epochs, seed, DEFAULT_BUCKETS);
  }

  public static NerModel train(List<ConlluSentence> sentences, int epochs, long seed, int buckets) {
    return new NerTrainer(epochs, seed, buckets, NerLexicon.Dictionary.NONE).run(sentences, (e, m) -> {});
  }

  /** Training with a general word list (lines of Debian's {@code /usr/share/dict/bokmaal}, say) and a listener. */
  public static NerModel train(List<ConlluSentence> sentences, int epochs, long seed, List<String> wordList,
      Map<String, String> properNouns, EpochListener listener) {
    return train(sentences, epochs, seed, DEFAULT_BUCKETS, wordList, properNouns, listener);
  }

  public static NerModel train(List<ConlluSentence> sentences, int epochs, long seed, int buckets,
      List<String> wordList, Map<String, String> properNouns, EpochListener listener) {
    return new NerTrainer(epochs, seed, buckets, NerLexicon.Dictionary.of(wordList, properNouns))
        .run(sentences, listener);
  }

  private NerModel run(List<ConlluSentence> sentences, EpochListener listener) {
    List<ConlluSentence> usable = sentences.stream().filter(s -> !s.forms().isEmpty()).toList();
    if (usable.isEmpty()) {
      throw new IllegalArgumentException("no sentences to train on");
    }
    String[] labels = labels(usable);
    int n = labels.length;
    NerModel model = NerModel.untrained(labels, buckets, NerLexicon.of(usable, dictionary));
    List<String[]> words = usable.stream().map(s -> s.forms().toArray(String[]::new)).toList();
    List<Example> first = firstPassExamples(usable, words, model);
    train(model, model.first(), first, (epoch, pass) -> {});

    // The second pass learns from first-pass labels as flawed as they will be on new text: each
    // part of the data is tagged by a first pass trained without it.
    List<int[]> firstTypes = new ArrayList<>(Collections.nCopies(first.size(), null));
    int part = (first.size() + DOCUMENT_FOLDS - 1) / DOCUMENT_FOLDS;
    for (int from = 0; from < first.size(); from += part) {
      int to = Math.min(first.size(), from + part);
      List<Example> rest = new ArrayList<>(first.subList(0, from));
      rest.addAll(first.subList(to, first.size()));
      NerModel.Pass pass = NerModel.Pass.empty(buckets, n);
      train(model, pass, rest, (epoch, p) -> {});
      for (int s = from; s < to; s++) {
        firstTypes.set(s, model.types(model.decode(pass, first.get(s).observations)));
      }
    }
    List<Example> second = new ArrayList<>(first.size());
    NerFeatures features = model.features();
    DocumentEvidence.slide(words, firstTypes, model.typeCount(), DocumentEvidence.WINDOW, (s, evidence) ->
        second.add(new Example(features.withEvidence(first.get(s).observations, words.get(s), evidence),
            first.get(s).gold)));
    train(model, model.second(), second,
        (epoch, pass) -> listener.epochDone(epoch, new NerModel(labels, model.first(), pass, model.lexicon())));
    return new NerModel(labels, model.first(), model.second(), model.lexicon());
  }

  /** Trains one pass in place, calling {@code listener} with the averaged weights after each epoch. */
  private void train(NerModel model, NerModel.Pass pass, List<Example> data,
      java.util.function.BiConsumer<Integer, NerModel.Pass> listener) {
    int n = model.labelCount();
    float[] weights = pass.weights();
    float[] transitions = pass.transitions();
    float[] accumulated = new float[weights.length];
    float[] accumulatedTransitions = new float[transitions.length];
    List<Example> examples = new ArrayList<>(data);
    Random random = new Random(seed);
    long step = 1;
    for (int epoch = 1; epoch <= epochs; epoch++) {
      Collections.shuffle(examples, random);
      for (Example example : examples) {
        int[] predicted = model.decode(pass, example.observations);
        int[] gold = example.gold;
        for (int i = 0; i < gold.length; i++) {
          if (predicted[i] != gold[i]) {
            for (int bucket : example.observations[i]) {
              int base = bucket * n;
              weights[base + gold[i]] += 1;
              accumulated[base + gold[i]] += step;
              weights[base + predicted[i]] -= 1;
              accumulated[base + predicted[i]] -= step;
            }
          }
          int goldEdge = (i == 0 ? 0 : gold[i - 1] + 1) * n + gold[i];
          int predictedEdge = (i == 0 ? 0 : predicted[i - 1] + 1) * n + predicted[i];
          if (goldEdge != predictedEdge) {
            transitions[goldEdge] += 1;
            accumulatedTransitions[goldEdge] += step;
            transitions[predictedEdge] -= 1;
            accumulatedTransitions[predictedEdge] -= step;
          }
        }
        step++;
      }
      if (epoch < epochs) {
        NerModel.Pass averaged = pass.copy();
        average(averaged.weights(), accumulated, step);
        average(averaged.transitions(), accumulatedTransitions, step);
        listener.accept(epoch, averaged);
      }
    }
    average(weights, accumulated, step);
    average(transitions, accumulatedTransitions, step);
    listener.accept(epochs, pass);
  }

  private record Example(int[][] observations, int[] gold) {}

  /** Features of every sentence, each computed with name classes from the other folds. */
  private static List<Example> firstPassExamples(List<ConlluSentence> sentences, List<String[]> words,
      NerModel model) {
    Example[] examples = new Example[sentences.size()];
    for (int f = 0; f < LEXICON_FOLDS; f++) {
      List<ConlluSentence> others = new ArrayList<>(sentences.size());
      for (int i = 0; i < sentences.size(); i++) {
        if (i % LEXICON_FOLDS != f) {
          others.add(sentences.get(i));
        }
      }
      NerLexicon heldOut = model.lexicon().withNameClassesOf(others);
      for (int i = f; i < sentences.size(); i += LEXICON_FOLDS) {
        int[] gold = sentences.get(i).nameTags().stream().mapToInt(model::labelIndex).toArray();
        examples[i] = new Example(model.features().observations(words.get(i), heldOut), gold);
      }
    }
    return List.of(examples);
  }

  private static void average(float[] weights, float[] accumulated, long step) {
    for (int i = 0; i < weights.length; i++) {
      weights[i] -= accumulated[i] / step;
    }
  }

  /** O first, then B- and I- of every type in the data, in a stable order. */
  static String[] labels(List<ConlluSentence> sentences) {
    Set<String> types = new TreeSet<>();
    for (ConlluSentence s : sentences) {
      for (String tag : s.nameTags()) {
        if (!tag.equals("O")) {
          types.add(tag.substring(2));
        }
      }
    }
    List<String> labels = new ArrayList<>();
    labels.add("O");
    for (String type : types) {
      labels.add("B-" + type);
      labels.add("I-" + type);
    }
    return labels.toArray(String[]::new);
  }
}
