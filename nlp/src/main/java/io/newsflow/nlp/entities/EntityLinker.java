package io.newsflow.nlp.entities;

import io.newsflow.nlp.model.CanonicalEntity;
import io.newsflow.nlp.model.Paragraph;
import java.util.List;

/**
 * Decides which mentions of an article name the same entity ("Abu Bakr al-Baghdadi", "Baghdadi",
 * "al-Baghdadi"; "Islamsk stat i Irak (ISI)"; "IS-lederen" derived from "IS") and gives each
 * mention the canonical id and name of its entity. Thread-safe.
 */
@FunctionalInterface
public interface EntityLinker {
  Linked link(List<Paragraph> paragraphs);

  /** The paragraphs with linked mentions, and the article's entities in order of first mention. */
  record Linked(List<Paragraph> paragraphs, List<CanonicalEntity> entities) {
    public Linked {
      paragraphs = List.copyOf(paragraphs);
      entities = List.copyOf(entities);
    }
  }
}
