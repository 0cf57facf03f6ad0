/**
 * Near-duplicate detection of article texts: a {@link io.newsflow.nlp.dedup.SimHash} fingerprint
 * over word shingles, so that a syndicated copy with a new headline or an edited sentence lands a
 * few bits from the original while a different article on the same story lands far away.
 */
package io.newsflow.nlp.dedup;
