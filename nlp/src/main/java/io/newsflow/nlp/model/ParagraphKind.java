package io.newsflow.nlp.model;

/** What a paragraph is in the article's layout; published as the Avro enum of the same name. */
public enum ParagraphKind {
  /** Running text of the story. */
  BODY,
  /** A section heading inside the article. */
  HEADING,
  /** A link to another article ("Les også: …"), usually a label and a headline. */
  TEASER,
  /** The text under a picture, often with a photo credit. */
  CAPTION,
  /** Who wrote it and when ("Av Ola Nordmann"). */
  BYLINE,
  /** Anything else: stray links, widgets, share buttons. */
  OTHER
}
