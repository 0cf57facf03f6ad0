package io.newsflow.nlp.pos;

import io.newsflow.nlp.model.Sentence;

/** Assigns a part-of-speech tag to every token of a sentence. Implementations are thread-safe. */
@FunctionalInterface
public interface PosTagger {
  Sentence tag(Sentence sentence);

  /** For languages without a tagger: leaves every token untagged ({@code X}). */
  PosTagger NONE = sentence -> sentence;
}
