package io.newsflow.nlp.model;

import java.util.List;

/** An entity of the article, with how often it is mentioned and under which other names. */
public record CanonicalEntity(
    String id, String name, EntityType type, int mentions, List<String> aliases) {
  public CanonicalEntity {
    aliases = List.copyOf(aliases);
  }
}
