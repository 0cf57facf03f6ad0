/**
 * The enrich service: a Kafka Streams application that reads raw articles and writes their analysis.
 * The topology is in {@link io.newsflow.enrich.EnrichTopology}; the analysis of one article, free of
 * Kafka, in {@link io.newsflow.enrich.ArticleEnricher}; every setting in {@link
 * io.newsflow.enrich.EnrichSettings}; the query API and web view on the same port in {@link
 * io.newsflow.enrich.query}.
 */
package io.newsflow.enrich;
