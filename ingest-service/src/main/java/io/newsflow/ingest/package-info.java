/**
 * The ingest service: raw articles in over HTTP ({@link io.newsflow.ingest.IngestService}), from
 * polled RSS and Atom feeds ({@link io.newsflow.ingest.feeds}) and from files dropped into a watched
 * folder ({@link io.newsflow.ingest.FolderWatcher}), out to {@code news.articles.raw}, near-copies
 * marked on the way ({@link io.newsflow.ingest.dedup}). A request is answered 202 only once Kafka
 * has acknowledged the record; when Kafka or the registry cannot take it the answer is 503 with
 * {@code Retry-After}, never an unbounded buffer.
 */
package io.newsflow.ingest;
