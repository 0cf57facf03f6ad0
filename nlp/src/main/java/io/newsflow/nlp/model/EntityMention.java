package io.newsflow.nlp.model;

/**
 * A name in a paragraph. A recognizer creates mentions with {@link #unlinked}, whose canonical
 * name is the surface text; the linker then points each at the entity it refers to.
 */
public record EntityMention(
    int start, int end, String text, EntityType type, String canonicalId, String canonicalName) {

  public static EntityMention unlinked(int start, int end, String text, EntityType type) {
    return new EntityMention(start, end, text, type, EntityIds.of(type, text), text);
  }

  public EntityMention linkedTo(String id, String name) {
    return new EntityMention(start, end, text, type, id, name);
  }

  public boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
