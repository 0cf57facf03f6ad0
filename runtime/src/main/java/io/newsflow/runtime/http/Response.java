package io.newsflow.runtime.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers. */
public record Response(int status, Map<String, String> headers, byte[] body) {
  /** The one JSON mapper of the HTTP layer: ISO dates, Optionals as values or absent. */
  public static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  public Response {
    headers = Map.copyOf(headers);
  }

  public static Response json(int status, Object value) {
    try {
      return new Response(status, Map.of("Content-Type", "application/json"),
          JSON.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("response is not serialisable to JSON", e);
    }
  }

  public static Response problem(Problem problem) {
    try {
      return new Response(problem.status(), Map.of("Content-Type", Problem.CONTENT_TYPE),
          JSON.writeValueAsBytes(problem));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("problem is not serialisable", e);
    }
  }

  public static Response text(int status, String contentType, String body) {
    return new Response(status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
  }

  public static Response bytes(int status, String contentType, byte[] body) {
    return new Response(status, Map.of("Content-Type", contentType), body);
  }

  public Response withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Response(status, more, body);
  }
}
