/**
 * What every newsflow service runs on, so that ingest and enrich behave alike for operators:
 * {@code config} (typed settings from environment variables), {@code http} (the HTTP endpoint with
 * problem responses, authentication and rate limits, health and metrics), {@link
 * io.newsflow.runtime.Logging} and {@link io.newsflow.runtime.Lifecycle}.
 */
package io.newsflow.runtime;
