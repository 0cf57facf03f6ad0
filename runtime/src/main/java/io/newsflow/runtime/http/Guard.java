package io.newsflow.runtime.http;

import java.util.Optional;

/** Looks at a request before its handler does and may answer it instead (401, 429, …). */
@FunctionalInterface
public interface Guard {
  Optional<Response> check(Request request);
}
