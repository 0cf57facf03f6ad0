/**
 * The read side of the enrich service: state stores built from {@code news.articles.enriched}
 * ({@link io.newsflow.enrich.query.QueryStores}), what one instance can answer from its own stores
 * ({@link io.newsflow.enrich.query.LocalQueries}), how a question reaches the instance that owns the
 * answer ({@link io.newsflow.enrich.query.QueryRouter}), the read-only JSON API under {@code /api/}
 * ({@link io.newsflow.enrich.query.QueryApi}) and the web view that calls it ({@link
 * io.newsflow.enrich.query.WebView}).
 */
package io.newsflow.enrich.query;
