package io.newsflow.nlp.values;

import io.newsflow.nlp.model.Paragraph;
import io.newsflow.nlp.model.ValueMention;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds dates, times, amounts and numbers in a paragraph and normalizes them; relative dates
 * ("i fjor", "28. mai i år", "i mars") are resolved against {@code reference}, the article's
 * publication date. Returns values in text order without overlaps. Thread-safe.
 */
@FunctionalInterface
public interface ValueExtractor {
  List<ValueMention> extract(Paragraph paragraph, LocalDate reference);

  ValueExtractor NONE = (paragraph, reference) -> List.of();
}
