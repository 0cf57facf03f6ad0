package io.newsflow.enrich.query;

/**
 * The answer cannot be given right now: partitions are moving between instances, the owner of a
 * key is not known yet, or it did not answer. The API turns this into a 503 with Retry-After.
 */
public final class QueryUnavailable extends RuntimeException {
  public QueryUnavailable(String message) {
    super(message);
  }

  public QueryUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
