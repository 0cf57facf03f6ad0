package io.newsflow.enrich;

import io.newsflow.avro.RawArticle;
import io.newsflow.nlp.ArticleAnalyzer;
import io.newsflow.nlp.ArticleInput;
import io.newsflow.nlp.model.AnalyzedArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The analysis of one raw article into its enriched records, free of Kafka: the topology calls it
 * for every record and {@code ./newsflow analyze} calls it for a file, so both produce the same
 * output.
 */
public final class ArticleEnricher {
  /** Dates in Norwegian news are Oslo dates; "i går" depends on the day the article came out there. */
  private static final ZoneId NEWSROOM_ZONE = ZoneId.of("Europe/Oslo");

  private final ArticleAnalyzer analyzer;
  private final Clock clock;
  private final String pipelineVersion;

  public ArticleEnricher(ArticleAnalyzer analyzer, Clock clock) {
    this.analyzer = analyzer;
    this.clock = clock;
    this.pipelineVersion = pipelineVersion();
  }

  public static ArticleEnricher standard() {
    return new ArticleEnricher(ArticleAnalyzer.standard(), Clock.systemUTC());
  }

  public EnrichedRecords.Enrichment enrich(RawArticle raw) {
    if (raw.getDuplicateOf() != null) {
      // Ingest found this a near-copy of an earlier article: its analysis is that article's, not repeated here.
      return EnrichedRecords.duplicate(raw, pipelineVersion, clock.instant());
    }
    AnalyzedArticle analysis = analyze(raw);
    return EnrichedRecords.of(raw, analysis, pipelineVersion, clock.instant());
  }

  public AnalyzedArticle analyze(RawArticle raw) {
    Instant dated = raw.getPublishedAt() != null ? raw.getPublishedAt() : raw.getReceivedAt();
    Optional<LocalDate> published = Optional.ofNullable(dated).map(i -> LocalDate.ofInstant(i, NEWSROOM_ZONE));
    String contentType = raw.getContentType() == null ? "text/plain" : raw.getContentType();
    return analyzer.analyze(new ArticleInput(raw.getBody(), contentType,
        Optional.ofNullable(raw.getLanguage()), published));
  }

  public String pipelineVersion() {
    String version = ArticleEnricher.class.getPackage().getImplementationVersion();
    return "newsflow-" + (version != null ? version : "dev");
  }
}
