package io.newsflow.nlp.entities;

import io.newsflow.nlp.model.EntityMention;
import io.newsflow.nlp.model.Paragraph;
import java.util.List;

/**
 * Finds the names in a paragraph (its sentences are tokenized and tagged) and returns them
 * {@linkplain EntityMention#unlinked unlinked}, in text order, without overlaps. Thread-safe.
 */
@FunctionalInterface
public interface EntityRecognizer {
  List<EntityMention> recognize(Paragraph paragraph);

  /**
   * The names in each paragraph of one article, in paragraph order. A recognizer that reads the
   * whole article (to tag a name alike wherever it recurs) overrides this; by default each
   * paragraph is taken on its own.
   */
  default List<List<EntityMention>> recognizeArticle(List<Paragraph> paragraphs) {
    return paragraphs.stream().map(this::recognize).toList();
  }

  EntityRecognizer NONE = paragraph -> List.of();
}
