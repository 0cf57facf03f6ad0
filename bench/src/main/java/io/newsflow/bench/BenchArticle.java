package io.newsflow.bench;

import io.newsflow.avro.RawArticle;
import io.newsflow.nlp.ArticleInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * One article of the benchmark corpus, plain text with paragraphs separated by blank lines.
 *
 * @param id unique within the corpus
 * @param title the article's headline; the body starts with its teaser, as the newsroom's exports do
 * @param body the text the pipeline analyses
 * @param published the publication date relative dates are resolved against
 */
public record BenchArticle(String id, String title, String body, LocalDate published) {
  /** Bokmål, declared by the outlet as the seed article's metadata does. */
  static final String LANGUAGE = "nb";

  /** What the analyzers get when they run in-process: what the enrich service builds from the raw record. */
  public ArticleInput input() {
    return new ArticleInput(body, "text/plain", Optional.of(LANGUAGE), Optional.of(published));
  }

  /** The record ingest would write for this article, under {@code id}. */
  public RawArticle raw(String recordId, Instant receivedAt) {
    return RawArticle.newBuilder()
        .setId(recordId).setTitle(title).setBody(body).setContentType("text/plain").setLanguage(LANGUAGE)
        .setOutlet("bench").setReceivedAt(receivedAt)
        .setPublishedAt(published.atTime(8, 0).toInstant(ZoneOffset.UTC)).setMetadata(Map.of())
        .build();
  }
}
