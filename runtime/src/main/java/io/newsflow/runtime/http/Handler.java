package io.newsflow.runtime.http;

/** Answers one route. Throw {@link ProblemException} to answer with a problem. */
@FunctionalInterface
public interface Handler {
  Response handle(Request request) throws Exception;
}
