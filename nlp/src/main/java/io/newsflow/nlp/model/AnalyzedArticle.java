package io.newsflow.nlp.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of analysing one article.
 *
 * @param language the language the article was analysed as (ISO 639-1, e.g. {@code nb})
 * @param stageMicros wall time per analysis stage, in the order the stages ran
 */
public record AnalyzedArticle(
    String language,
    List<Paragraph> paragraphs,
    List<CanonicalEntity> entities,
    Map<String, Long> stageMicros) {

  public AnalyzedArticle {
    paragraphs = List.copyOf(paragraphs);
    entities = List.copyOf(entities);
    stageMicros = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageMicros));
  }

  public List<Claim> claims() {
    return paragraphs.stream().flatMap(p -> p.claims().stream()).toList();
  }

  public int mentionCount() {
    return paragraphs.stream().mapToInt(p -> p.entities().size()).sum();
  }

  public int tokenCount() {
    return paragraphs.stream().mapToInt(Paragraph::tokenCount).sum();
  }
}
