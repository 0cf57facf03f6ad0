package io.newsflow.nlp.model;

/** NorNE's entity types, which the other languages reuse. */
public enum EntityType {
  PER, ORG, LOC, GPE_LOC, GPE_ORG, PROD, EVT,
  /** A word derived from a name ("IS-lederen", "Oslo-politiet"), linked to the name it comes from. */
  DRV,
  MISC;

  /**
   * The family a canonical id is formed in: a geo-political entity is the same thing whether the
   * text uses it as a place or as an actor, so both GPE types share one.
   */
  public String family() {
    return switch (this) {
      case GPE_LOC, GPE_ORG -> "gpe";
      default -> name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
