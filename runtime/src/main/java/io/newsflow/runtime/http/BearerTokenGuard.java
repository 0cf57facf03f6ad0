package io.newsflow.runtime.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Requires {@code Authorization: Bearer <token>}. Tokens are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, which takes the same time whatever the input, so neither the
 * token's content nor its length leaks through response times.
 */
public final class BearerTokenGuard implements Guard {
  private final byte[] expectedDigest;

  public BearerTokenGuard(String token) {
    if (token.isBlank()) {
      throw new IllegalArgumentException("an empty bearer token would let everyone in");
    }
    this.expectedDigest = sha256(token);
  }

  @Override
  public Optional<Response> check(Request request) {
    String presented = request.header("authorization")
        .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
        .map(h -> h.substring(7).trim())
        .orElse("");
    if (MessageDigest.isEqual(expectedDigest, sha256(presented)) && !presented.isEmpty()) {
      return Optional.empty();
    }
    Problem problem = Problem.of(401, "Unauthorized",
        presented.isEmpty() ? "this endpoint needs an 'Authorization: Bearer <token>' header"
            : "the bearer token is not valid");
    return Optional.of(Response.problem(problem).withHeader("WWW-Authenticate", "Bearer realm=\"newsflow\""));
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
