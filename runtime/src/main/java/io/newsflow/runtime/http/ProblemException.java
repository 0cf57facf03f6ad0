package io.newsflow.runtime.http;

/** Thrown by a handler to answer with a problem response. */
public final class ProblemException extends RuntimeException {
  private final Problem problem;
  private final java.util.Map<String, String> headers;

  public ProblemException(Problem problem) {
    this(problem, java.util.Map.of());
  }

  public ProblemException(Problem problem, java.util.Map<String, String> headers) {
    super(problem.title() + ": " + problem.detail());
    this.problem = problem;
    this.headers = java.util.Map.copyOf(headers);
  }

  public Problem problem() {
    return problem;
  }

  public java.util.Map<String, String> headers() {
    return headers;
  }
}
