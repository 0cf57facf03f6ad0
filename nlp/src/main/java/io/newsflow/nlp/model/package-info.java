/**
 * The immutable document model every analysis stage reads and writes: an article is a list of
 * {@link io.newsflow.nlp.model.Paragraph}s, each with its sentences and tokens and, once analysed,
 * its entity mentions, values and claims.
 *
 * <p>Offsets in this model are UTF-16 indices into the paragraph text (what {@link String#substring}
 * takes), end exclusive. Published formats (Avro, {@code analyze --json}) use Unicode code points;
 * {@link io.newsflow.nlp.text.CodePoints} converts at that boundary and nowhere else.
 */
package io.newsflow.nlp.model;
