/**
 * Near-duplicate marking at ingest: {@link io.newsflow.ingest.dedup.DuplicateDetector} keeps the
 * MinHash signatures of recent articles with a band index for fast look-up, and
 * {@link io.newsflow.ingest.dedup.DeduplicatingPublisher} marks an article that is a copy of an
 * earlier one ({@code duplicate_of}) before it is published, whichever way it came in.
 */
package io.newsflow.ingest.dedup;
