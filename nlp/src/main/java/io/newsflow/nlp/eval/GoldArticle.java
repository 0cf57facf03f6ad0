package io.newsflow.nlp.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A hand-annotated article in the gold format of {@code ../shared/seeds/*.gold.json}: paragraphs
 * with kinds, entity mentions, values and claims, offsets in code points into each paragraph.
 * The evaluators of every component read gold data through this one class.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldArticle(
    String article,
    String language,
    @JsonProperty("published_assumed") String publishedAssumed,
    List<GoldParagraph> paragraphs,
    List<GoldEntity> entities,
    List<GoldValue> values,
    List<GoldClaim> claims) {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

  public GoldArticle {
    paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    entities = entities == null ? List.of() : List.copyOf(entities);
    values = values == null ? List.of() : List.copyOf(values);
    claims = claims == null ? List.of() : List.copyOf(claims);
  }

  public static GoldArticle read(Path file) throws IOException {
    try {
      return JSON.readValue(Files.readAllBytes(file), GoldArticle.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IOException(file + " is not a gold article: " + e.getOriginalMessage(), e);
    }
  }

  public Optional<LocalDate> published() {
    return Optional.ofNullable(publishedAssumed).map(GoldArticle::date);
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("gold file: published_assumed must be a date YYYY-MM-DD, got \"" + text + "\"", e);
    }
  }

  /** The article text as the gold paragraphs give it, separated by blank lines. */
  public String text() {
    return String.join("\n\n", paragraphs.stream().map(GoldParagraph::text).toList());
  }

  public GoldParagraph paragraph(int index) {
    return paragraphs.stream().filter(p -> p.index() == index).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no gold paragraph " + index));
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record GoldParagraph(int index, String kind, String text) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record GoldEntity(
      int paragraph, int start, int end, String text, String type, String canonical) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record GoldValue(
      int paragraph, int start, int end, String text, String type, String normalized) {}

  /** Claims give source, cue and content as text; a pronoun source also names what it refers to. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record GoldClaim(
      String id,
      int paragraph,
      String kind,
      String source,
      @JsonProperty("source_resolved") String sourceResolved,
      String cue,
      String content,
      Boolean hedged,
      String parent,
      Boolean discontinuous) {

    /** What the source refers to: the resolution when there is one, else the source itself. */
    public Optional<String> effectiveSource() {
      return Optional.ofNullable(sourceResolved != null ? sourceResolved : source);
    }
  }
}
