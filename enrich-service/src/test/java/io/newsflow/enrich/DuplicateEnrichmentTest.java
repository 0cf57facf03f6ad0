package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.RawArticle;
import io.newsflow.nlp.ArticleAnalyzer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An article ingest marked as a near-copy of an earlier one is not analysed a second time. */
class DuplicateEnrichmentTest {
  private static final Instant NOW = Instant.parse("2017-06-16T10:06:00Z");
  private static final ArticleEnricher ENRICHER =
      new ArticleEnricher(ArticleAnalyzer.standard(), Clock.fixed(NOW, ZoneOffset.UTC));

  private static RawArticle copy(String duplicateOf) {
    return RawArticle.newBuilder()
        .setId("ntb-baghdadi").setUrl("https://www.ntb.no/nyheter/baghdadi").setOutlet("NTB")
        .setTitle("Russland: Kan ha drept IS-lederen")
        .setBody("Den russiske forsvarsministeren sier de nå undersøker om ett av deres angrep kan ha drept "
            + "Abu Bakr al-Baghdadi. Verdens mest etterlyste mann er jaktet på fra alle kanter.")
        .setContentType("text/plain").setLanguage("nb")
        .setPublishedAt(Instant.parse("2017-06-16T10:00:00Z")).setReceivedAt(Instant.parse("2017-06-16T10:05:00Z"))
        .setMetadata(Map.of("feed", "https://www.ntb.no/rss"))
        .setDuplicateOf(duplicateOf)
        .build();
  }

  @Test
  void shouldEmitOnlyTheArticleRecordPointingAtTheOriginal() {
    EnrichedRecords.Enrichment enrichment = ENRICHER.enrich(copy("url-9f2c1e0a7b3d4e5f6a7b8c9d"));

    assertThat(enrichment.paragraphs()).isEmpty();
    assertThat(enrichment.mentions()).isEmpty();
    assertThat(enrichment.claims()).isEmpty();
    assertThat(enrichment.article().getDuplicateOf()).isEqualTo("url-9f2c1e0a7b3d4e5f6a7b8c9d");
    assertThat(enrichment.article().getId()).isEqualTo("ntb-baghdadi");
    assertThat(enrichment.article().getTitle()).isEqualTo("Russland: Kan ha drept IS-lederen");
    assertThat(enrichment.article().getLanguage()).isEqualTo("nb");
    assertThat(enrichment.article().getEnrichedAt()).isEqualTo(NOW);
    assertThat(enrichment.article().getParagraphs()).isEmpty();
    assertThat(enrichment.article().getPipeline().getTimingsMicros()).isEmpty();
    assertThat(enrichment.article().getMetadata()).containsEntry("feed", "https://www.ntb.no/rss");
  }

  @Test
  void shouldAnalyseAnArticleThatIsNoCopy() {
    EnrichedRecords.Enrichment enrichment = ENRICHER.enrich(copy(null));

    assertThat(enrichment.article().getDuplicateOf()).isNull();
    assertThat(enrichment.paragraphs()).hasSize(1);
    assertThat(enrichment.mentions()).extracting(m -> m.getText().toString()).contains("Abu Bakr al-Baghdadi");
  }
}
