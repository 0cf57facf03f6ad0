package io.newsflow.nlp.model;

/** How a claim enters the text. */
public enum ClaimKind {
  /** Someone named says it: source, cue and content. */
  ATTRIBUTED,
  /** Hearsay without a named source ("skal ha", "sies å", "angivelig"). */
  REPORTED,
  /** The article asserts it itself, and it can be checked (numbers, dates, named actors). */
  FACTUAL
}
