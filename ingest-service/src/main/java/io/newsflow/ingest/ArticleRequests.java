package io.newsflow.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.avro.RawArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the JSON of {@code POST /articles} into raw articles, or into the list of what is wrong
 * with it, field by field, so a client can fix everything in one go.
 */
public final class ArticleRequests {
  /** A date without a time is taken as that day in Norway's time zone, where most of the news is from. */
  private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Oslo");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int maxBodyChars;

  public ArticleRequests(int maxBodyChars) {
    this.maxBodyChars = maxBodyChars;
  }

  /** One wrong field. */
  public record FieldError(String field, String detail) {}

  /** The article, or why there is none. */
  public record Parsed(Optional<RawArticle> article, List<FieldError> errors, Optional<JsonError> syntax) {
    static Parsed ok(RawArticle article) {
      return new Parsed(Optional.of(article), List.of(), Optional.empty());
    }

    static Parsed invalid(List<FieldError> errors) {
      return new Parsed(Optional.empty(), List.copyOf(errors), Optional.empty());
    }

    static Parsed malformed(JsonError error) {
      return new Parsed(Optional.empty(), List.of(), Optional.of(error));
    }
  }

  /** Where the JSON stopped making sense. */
  public record JsonError(String detail, long line, long column) {}

  public Parsed parse(String json, Instant receivedAt) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      return Parsed.malformed(new JsonError(e.getOriginalMessage(),
          at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr()));
    }
    if (node == null || node.isMissingNode()) {
      return Parsed.malformed(new JsonError("the request has no JSON content", 1, 1));
    }
    return parse(node, receivedAt);
  }

  public Parsed parse(JsonNode node, Instant receivedAt) {
    if (!node.isObject()) {
      return Parsed.invalid(List.of(new FieldError("", "an article must be a JSON object, not " + kind(node))));
    }
    List<FieldError> errors = new ArrayList<>();
    Optional<String> id = optionalText(node, "id", errors);
    Optional<String> url = optionalText(node, "url", errors);
    Optional<String> outlet = optionalText(node, "outlet", errors);
    Optional<String> language = optionalText(node, "language", errors);
    String title = requiredText(node, "title", errors);
    String body = requiredText(node, "body", errors);
    if (body != null && body.length() > maxBodyChars) {
      errors.add(new FieldError("body", "has " + body.length() + " characters; the limit is " + maxBodyChars));
    }
    String contentType = optionalText(node, "content_type", errors).orElse("text/plain");
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("text/plain") && !mediaType.equals("text/html")) {
      errors.add(new FieldError("content_type", "must be text/plain or text/html, not '" + contentType + "'"));
    }
    Optional<Instant> published = optionalText(node, "published_at", errors).flatMap(s -> date(s, errors));
    Map<String, String> metadata = metadata(node, errors);
    if (language.isPresent() && !language.get().matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
      errors.add(new FieldError("language", "must be a language tag like 'nb' or 'en-GB', not '" + language.get() + "'"));
    }
    if (!errors.isEmpty()) {
      return Parsed.invalid(errors);
    }
    return Parsed.ok(RawArticle.newBuilder()
        .setId(ArticleIds.of(id, url, outlet, title, body))
        .setUrl(url.orElse(null))
        .setOutlet(outlet.orElse(null))
        .setTitle(title.strip())
        .setBody(body)
        .setContentType(mediaType)
        .setLanguage(language.orElse(null))
        .setPublishedAt(published.orElse(null))
        .setReceivedAt(receivedAt)
        .setMetadata(metadata)
        .build());
  }

  private static Optional<Instant> date(String text, List<FieldError> errors) {
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException notDateTime) {
      try {
        return Optional.of(LocalDate.parse(text).atStartOfDay(DEFAULT_ZONE).toInstant());
      } catch (DateTimeParseException notDate) {
        errors.add(new FieldError("published_at",
            "'" + text + "' is not an ISO-8601 date-time (2017-06-16T20:31:00+02:00) or date (2017-06-16)"));
        return Optional.empty();
      }
    }
  }

  private static Map<String, String> metadata(JsonNode node, List<FieldError> errors) {
    JsonNode value = node.get("metadata");
    if (value == null || value.isNull()) {
      return Map.of();
    }
    if (!value.isObject()) {
      errors.add(new FieldError("metadata", "must be an object of strings, not " + kind(value)));
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    value.fields().forEachRemaining(e -> {
      if (e.getValue().isTextual()) {
        out.put(e.getKey(), e.getValue().asText());
      } else {
        errors.add(new FieldError("metadata." + e.getKey(), "must be a string, not " + kind(e.getValue())));
      }
    });
    return out;
  }

  private static String requiredText(JsonNode node, String field, List<FieldError> errors) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      errors.add(new FieldError(field, "is required"));
      return null;
    }
    if (!value.isTextual()) {
      errors.add(new FieldError(field, "must be a string, not " + kind(value)));
      return null;
    }
    if (value.asText().isBlank()) {
      errors.add(new FieldError(field, "must not be blank"));
      return null;
    }
    return value.asText();
  }

  private static Optional<String> optionalText(JsonNode node, String field, List<FieldError> errors) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      errors.add(new FieldError(field, "must be a string, not " + kind(value)));
      return Optional.empty();
    }
    return value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case STRING -> "a string";
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }
}
