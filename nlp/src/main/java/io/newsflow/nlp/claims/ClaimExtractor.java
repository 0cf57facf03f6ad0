package io.newsflow.nlp.claims;

import io.newsflow.nlp.model.Claim;
import io.newsflow.nlp.model.Paragraph;
import java.util.List;

/**
 * Finds the claims of an article: attributed (source, cue, content), reported (hearsay without a
 * named source) and factual check-worthy statements. It sees the whole article, with tokens, tags,
 * linked entities and values, because a source like "Han" or "departementet" is resolved against
 * the text before it. Claim ids are article-local ({@code c1}, {@code c2}, … in text order).
 * Thread-safe.
 */
@FunctionalInterface
public interface ClaimExtractor {
  List<Claim> extract(List<Paragraph> paragraphs);

  ClaimExtractor NONE = paragraphs -> List.of();
}
