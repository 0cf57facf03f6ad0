package io.newsflow.nlp.model;

/** Universal Dependencies part-of-speech tags; {@link #X} also stands for "not tagged". */
public enum Upos {
  NOUN, PROPN, VERB, AUX, ADJ, ADV, ADP, CCONJ, SCONJ, PRON, DET, NUM, PART, INTJ, PUNCT, SYM, X;

  private static final Upos[] VALUES = values();

  public static Upos ofOrdinal(int ordinal) {
    return VALUES[ordinal];
  }
}
