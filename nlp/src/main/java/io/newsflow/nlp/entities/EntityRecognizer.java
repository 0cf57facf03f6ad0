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

  EntityRecognizer NONE = paragraph -> List.of();
}
