package io.newsflow.enrich;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.avro.CanonicalEntity;
import io.newsflow.avro.Claim;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.EnrichedParagraph;
import io.newsflow.avro.Mention;
import io.newsflow.avro.TextSpan;
import io.newsflow.avro.Value;
import java.util.Locale;

/**
 * The JSON view of an enriched article that {@code ./newsflow analyze --json}, {@code tail} and
 * the query API share: {@code {"language", "paragraphs": [{"index", "kind", "text", "entities",
 * "values", "claims"}], …}} with offsets in code points into each paragraph, the shape of the gold
 * annotations. Kinds are lower-case, types upper-case, as there.
 */
public final class ArticleJson {
  public static final ObjectMapper JSON = new ObjectMapper();

  private ArticleJson() {}

  public static ObjectNode of(EnrichedArticle article) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", article.getId());
    root.put("title", article.getTitle());
    root.put("outlet", article.getOutlet());
    root.put("url", article.getUrl());
    root.put("published_at", article.getPublishedAt() == null ? null : article.getPublishedAt().toString());
    root.put("language", article.getLanguage());
    ArrayNode paragraphs = root.putArray("paragraphs");
    for (EnrichedParagraph p : article.getParagraphs()) {
      paragraphs.add(paragraph(p));
    }
    ArrayNode entities = root.putArray("entities");
    for (CanonicalEntity e : article.getEntities()) {
      ObjectNode node = entities.addObject();
      node.put("id", e.getId());
      node.put("name", e.getName());
      node.put("type", e.getType().name());
      node.put("mentions", e.getMentions());
      ArrayNode aliases = node.putArray("aliases");
      e.getAliases().forEach(aliases::add);
    }
    ObjectNode pipeline = root.putObject("pipeline");
    pipeline.put("version", article.getPipeline().getVersion());
    ObjectNode timings = pipeline.putObject("timings_micros");
    article.getPipeline().getTimingsMicros().forEach(timings::put);
    return root;
  }

  public static ObjectNode paragraph(EnrichedParagraph p) {
    ObjectNode node = JSON.createObjectNode();
    node.put("index", p.getIndex());
    node.put("kind", p.getKind().name().toLowerCase(Locale.ROOT));
    node.put("text", p.getText());
    ArrayNode entities = node.putArray("entities");
    for (Mention m : p.getEntities()) {
      ObjectNode e = entities.addObject();
      e.put("start", m.getStart());
      e.put("end", m.getEnd());
      e.put("text", m.getText());
      e.put("type", m.getType().name());
      e.put("canonical", m.getCanonicalName());
      e.put("canonical_id", m.getCanonicalId());
    }
    ArrayNode values = node.putArray("values");
    for (Value v : p.getValues()) {
      ObjectNode e = values.addObject();
      e.put("start", v.getStart());
      e.put("end", v.getEnd());
      e.put("text", v.getText());
      e.put("type", v.getType().name());
      e.put("normalized", v.getNormalized());
    }
    ArrayNode claims = node.putArray("claims");
    for (Claim c : p.getClaims()) {
      claims.add(claim(c));
    }
    return node;
  }

  public static ObjectNode claim(Claim c) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", c.getId());
    node.put("kind", c.getKind().name().toLowerCase(Locale.ROOT));
    if (c.getSource() == null) {
      node.putNull("source");
    } else {
      ObjectNode source = span(node.putObject("source"), c.getSource());
      source.put("resolved", c.getSourceResolved() == null ? null : c.getSourceResolved().getName());
      source.put("entity_id", c.getSourceResolved() == null ? null : c.getSourceResolved().getEntityId());
    }
    if (c.getCue() == null) {
      node.putNull("cue");
    } else {
      span(node.putObject("cue"), c.getCue());
    }
    span(node.putObject("content"), c.getContent());
    ArrayNode parts = node.putArray("content_parts");
    c.getContentParts().forEach(p -> span(parts.addObject(), p));
    node.put("hedged", c.getHedged());
    ArrayNode hedges = node.putArray("hedges");
    c.getHedges().forEach(h -> span(hedges.addObject(), h));
    node.put("disputed", c.getDisputed());
    node.put("parent", c.getParentId());
    if (c.getCheckworthiness() != null) {
      node.put("checkworthiness", c.getCheckworthiness());
    }
    return node;
  }

  private static ObjectNode span(ObjectNode node, TextSpan span) {
    node.put("text", span.getText());
    node.put("start", span.getStart());
    node.put("end", span.getEnd());
    return node;
  }
}
