/**
 * Near-duplicate detection of article texts: a {@link io.newsflow.nlp.dedup.MinHash}
 * {@link io.newsflow.nlp.dedup.Signature} over word shingles, whose agreement estimates how much of
 * two texts is shared, so that a syndicated copy with a new headline or an edited sentence scores
 * close to 1 while a different article on the same story scores close to 0.
 */
package io.newsflow.nlp.dedup;
