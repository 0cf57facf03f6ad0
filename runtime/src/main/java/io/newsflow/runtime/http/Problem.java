package io.newsflow.runtime.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem: what went wrong, for a client to read and a program to act on. Extension
 * members say where ({@code field}, {@code line}) so a user can fix the input.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, Map<String, Object> extensions) {
  public static final String CONTENT_TYPE = "application/problem+json";

  public Problem {
    extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
  }

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, Map.of());
  }

  public Problem with(String name, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(extensions);
    more.put(name, value);
    return new Problem(type, title, status, detail, more);
  }

  @JsonAnyGetter
  public Map<String, Object> extensionMembers() {
    return extensions;
  }

  /** Hidden from JSON: the extensions are written as top-level members instead. */
  @Override
  @com.fasterxml.jackson.annotation.JsonIgnore
  public Map<String, Object> extensions() {
    return extensions;
  }
}
