package io.newsflow.nlp.model;

import java.util.List;

/**
 * A sentence of a paragraph with its tokens and, once a tagger has run, one part-of-speech tag per
 * token ({@code tags} is empty before tagging).
 */
public record Sentence(int start, int end, List<Token> tokens, List<Upos> tags) {
  public Sentence {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    if (!tags.isEmpty() && tags.size() != tokens.size()) {
      throw new IllegalArgumentException(tags.size() + " tags for " + tokens.size() + " tokens");
    }
  }

  public static Sentence untagged(int start, int end, List<Token> tokens) {
    return new Sentence(start, end, tokens, List.of());
  }

  public boolean isTagged() {
    return !tags.isEmpty() || tokens.isEmpty();
  }

  /** The tag of token {@code i}, or {@link Upos#X} when the sentence is not tagged. */
  public Upos tag(int i) {
    return tags.isEmpty() ? Upos.X : tags.get(i);
  }

  public Sentence withTags(List<Upos> newTags) {
    return new Sentence(start, end, tokens, newTags);
  }
}
