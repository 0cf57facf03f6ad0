/**
 * The HTTP endpoint every service exposes, on the JDK's built-in server: routing, bounded request
 * bodies, RFC 9457 problem responses, bearer-token authentication, per-client rate limits, and the
 * {@code /health/*} and {@code /metrics} routes.
 */
package io.newsflow.runtime.http;
