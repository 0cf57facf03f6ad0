package io.newsflow.enrich;

import io.newsflow.avro.CanonicalEntity;
import io.newsflow.avro.Claim;
import io.newsflow.avro.ClaimKind;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.EnrichedParagraph;
import io.newsflow.avro.EntityMention;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.Mention;
import io.newsflow.avro.ParagraphKind;
import io.newsflow.avro.PipelineInfo;
import io.newsflow.avro.RawArticle;
import io.newsflow.avro.ResolvedSource;
import io.newsflow.avro.SentenceSpan;
import io.newsflow.avro.TextSpan;
import io.newsflow.avro.Value;
import io.newsflow.avro.ValueType;
import io.newsflow.nlp.model.AnalyzedArticle;
import io.newsflow.nlp.model.Paragraph;
import io.newsflow.nlp.model.Sentence;
import io.newsflow.nlp.text.CodePoints;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the analysis of one article (the nlp model) to the Avro records newsflow publishes. This is
 * the one place where offsets turn from UTF-16 indices into the Unicode code points the schemas
 * promise.
 */
public final class EnrichedRecords {
  private EnrichedRecords() {}

  /** All records one article yields. */
  public record Enrichment(
      EnrichedArticle article,
      List<EnrichedParagraph> paragraphs,
      List<EntityMention> mentions,
      List<Claim> claims) {}

  public static Enrichment of(RawArticle raw, AnalyzedArticle analysis, String pipelineVersion, Instant enrichedAt) {
    List<EnrichedParagraph> paragraphs = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (Paragraph p : analysis.paragraphs()) {
      CodePoints cp = new CodePoints(p.text());
      List<Claim> paragraphClaims = p.claims().stream()
          .map(c -> claim(c, raw, analysis.language(), cp)).toList();
      claims.addAll(paragraphClaims);
      paragraphs.add(EnrichedParagraph.newBuilder()
          .setArticleId(raw.getId())
          .setIndex(p.index())
          .setKind(ParagraphKind.valueOf(p.kind().name()))
          .setText(p.text())
          .setLanguage(analysis.language())
          .setSentences(p.sentences().stream().map(s -> sentence(s, cp)).toList())
          .setEntities(p.entities().stream().map(m -> mention(m, cp)).toList())
          .setValues(p.values().stream().map(v -> Value.newBuilder()
              .setStart(cp.of(v.start())).setEnd(cp.of(v.end())).setText(v.text())
              .setType(ValueType.valueOf(v.type().name()))
              .setNormalized(v.normalized().orElse(null)).build()).toList())
          .setClaims(paragraphClaims)
          .build());
      for (io.newsflow.nlp.model.EntityMention m : p.entities()) {
        mentions.add(EntityMention.newBuilder()
            .setEntityId(m.canonicalId())
            .setEntityName(m.canonicalName())
            .setType(EntityType.valueOf(m.type().name()))
            .setArticleId(raw.getId())
            .setParagraph(p.index())
            .setStart(cp.of(m.start()))
            .setEnd(cp.of(m.end()))
            .setText(m.text())
            .setSentence(sentenceAround(p, m.start()))
            .setOutlet(raw.getOutlet())
            .setUrl(raw.getUrl())
            .setPublishedAt(raw.getPublishedAt())
            .setLanguage(analysis.language())
            .build());
      }
    }
    EnrichedArticle article = EnrichedArticle.newBuilder()
        .setId(raw.getId())
        .setUrl(raw.getUrl())
        .setOutlet(raw.getOutlet())
        .setTitle(raw.getTitle())
        .setLanguage(analysis.language())
        .setPublishedAt(raw.getPublishedAt())
        .setReceivedAt(raw.getReceivedAt())
        .setEnrichedAt(enrichedAt)
        .setParagraphs(paragraphs)
        .setEntities(entities(analysis))
        .setClaims(claims)
        .setPipeline(PipelineInfo.newBuilder()
            .setVersion(pipelineVersion)
            .setTimingsMicros(new LinkedHashMap<>(analysis.stageMicros()))
            .build())
        .setMetadata(raw.getMetadata() == null ? Map.of() : raw.getMetadata())
        .build();
    return new Enrichment(article, paragraphs, mentions, claims);
  }

  /**
   * The record of an article ingest marked as a near-duplicate: its identity and {@code duplicate_of}, no
   * paragraphs, entities or claims (those are the original's), and nothing for the other topics.
   */
  public static Enrichment duplicate(RawArticle raw, String pipelineVersion, Instant enrichedAt) {
    EnrichedArticle article = EnrichedArticle.newBuilder()
        .setId(raw.getId())
        .setUrl(raw.getUrl())
        .setOutlet(raw.getOutlet())
        .setTitle(raw.getTitle())
        // Not analysed, so only the source's hint is known; "und" is BCP-47 for undetermined.
        .setLanguage(raw.getLanguage() == null ? "und" : raw.getLanguage())
        .setPublishedAt(raw.getPublishedAt())
        .setReceivedAt(raw.getReceivedAt())
        .setEnrichedAt(enrichedAt)
        .setPipeline(PipelineInfo.newBuilder().setVersion(pipelineVersion).setTimingsMicros(new LinkedHashMap<>())
            .build())
        .setMetadata(raw.getMetadata() == null ? Map.of() : raw.getMetadata())
        .setDuplicateOf(raw.getDuplicateOf())
        .build();
    return new Enrichment(article, List.of(), List.of(), List.of());
  }

  /** The article's entities, most mentioned first; ties keep the order of first mention. */
  private static List<CanonicalEntity> entities(AnalyzedArticle analysis) {
    return analysis.entities().stream()
        .sorted(Comparator.comparingInt(io.newsflow.nlp.model.CanonicalEntity::mentions).reversed())
        .map(e -> CanonicalEntity.newBuilder()
            .setId(e.id()).setName(e.name()).setType(EntityType.valueOf(e.type().name()))
            .setMentions(e.mentions()).setAliases(e.aliases()).build())
        .toList();
  }

  private static SentenceSpan sentence(Sentence s, CodePoints cp) {
    return SentenceSpan.newBuilder().setStart(cp.of(s.start())).setEnd(cp.of(s.end()))
        .setTokens(s.tokens().size()).build();
  }

  private static Mention mention(io.newsflow.nlp.model.EntityMention m, CodePoints cp) {
    return Mention.newBuilder().setStart(cp.of(m.start())).setEnd(cp.of(m.end())).setText(m.text())
        .setType(EntityType.valueOf(m.type().name()))
        .setCanonicalId(m.canonicalId()).setCanonicalName(m.canonicalName()).build();
  }

  private static Claim claim(io.newsflow.nlp.model.Claim c, RawArticle raw, String language, CodePoints cp) {
    return Claim.newBuilder()
        .setId(c.id())
        .setArticleId(raw.getId())
        .setParagraph(c.paragraph())
        .setKind(ClaimKind.valueOf(c.kind().name()))
        .setSource(c.source().map(s -> span(s, cp)).orElse(null))
        .setSourceResolved(c.resolvedSource().map(r -> ResolvedSource.newBuilder()
            .setName(r.name())
            .setEntityId(r.entityId().orElse(null))
            .setType(r.type().map(t -> EntityType.valueOf(t.name())).orElse(null))
            .build()).orElse(null))
        .setCue(c.cue().map(s -> span(s, cp)).orElse(null))
        .setContent(span(c.content(), cp))
        .setContentParts(c.contentParts().stream().map(s -> span(s, cp)).toList())
        .setHedged(c.hedged())
        .setHedges(c.hedges().stream().map(s -> span(s, cp)).toList())
        .setDisputed(c.disputed())
        .setParentId(c.parentId().orElse(null))
        .setCheckworthiness(c.kind() == io.newsflow.nlp.model.ClaimKind.FACTUAL ? c.checkworthiness() : null)
        .setLanguage(language)
        .setPublishedAt(raw.getPublishedAt())
        .build();
  }

  private static TextSpan span(io.newsflow.nlp.model.TextSpan s, CodePoints cp) {
    return TextSpan.newBuilder().setStart(cp.of(s.start())).setEnd(cp.of(s.end())).setText(s.text()).build();
  }

  private static String sentenceAround(Paragraph p, int offset) {
    for (Sentence s : p.sentences()) {
      if (offset >= s.start() && offset < s.end()) {
        return p.text().substring(s.start(), s.end());
      }
    }
    return p.text();
  }
}
