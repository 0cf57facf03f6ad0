package io.newsflow.nlp.model;

import java.util.List;

/**
 * A paragraph of an article and what the analysis found in it. The structural stages create it
 * with empty annotation lists; later stages return copies with their findings added.
 *
 * @param index 1-based position in the article
 */
public record Paragraph(
    int index,
    ParagraphKind kind,
    String text,
    List<Sentence> sentences,
    List<EntityMention> entities,
    List<ValueMention> values,
    List<Claim> claims) {

  public Paragraph {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    values = List.copyOf(values);
    claims = List.copyOf(claims);
  }

  public static Paragraph of(int index, ParagraphKind kind, String text, List<Sentence> sentences) {
    return new Paragraph(index, kind, text, sentences, List.of(), List.of(), List.of());
  }

  public Paragraph withSentences(List<Sentence> newSentences) {
    return new Paragraph(index, kind, text, newSentences, entities, values, claims);
  }

  public Paragraph withEntities(List<EntityMention> newEntities) {
    return new Paragraph(index, kind, text, sentences, newEntities, values, claims);
  }

  public Paragraph withValues(List<ValueMention> newValues) {
    return new Paragraph(index, kind, text, sentences, entities, newValues, claims);
  }

  public Paragraph withClaims(List<Claim> newClaims) {
    return new Paragraph(index, kind, text, sentences, entities, values, newClaims);
  }

  public int tokenCount() {
    int n = 0;
    for (Sentence s : sentences) {
      n += s.tokens().size();
    }
    return n;
  }
}
