/**
 * The ingest service: raw articles in over HTTP ({@link io.newsflow.ingest.IngestService}), out to
 * {@code news.articles.raw}. A request is answered 202 only once Kafka has acknowledged the record;
 * when Kafka or the registry cannot take it the answer is 503 with {@code Retry-After}, never an
 * unbounded buffer.
 */
package io.newsflow.ingest;
