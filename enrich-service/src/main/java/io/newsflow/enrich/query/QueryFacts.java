package io.newsflow.enrich.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.avro.CanonicalEntity;
import io.newsflow.avro.Claim;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.EnrichedParagraph;
import io.newsflow.avro.Mention;
import io.newsflow.enrich.ArticleJson;
import io.newsflow.nlp.model.EntityIds;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;

/**
 * What one enriched article contributes to the query stores, as (index key, JSON) pairs: one per
 * entity it names, and one per claim under every key the claim can be looked up by. Pure functions,
 * so the shapes the API serves are tested without Kafka.
 */
public final class QueryFacts {
  /** What an index key points at. */
  public enum Kind {
    /** {@code entity:<entity id>}: an article naming the entity, with its mention count. */
    ENTITY("entity:"),
    /** {@code by:<entity id>}: a claim whose source was resolved to the entity. */
    BY("by:"),
    /** {@code about:<entity id>}: a claim whose content names the entity. */
    ABOUT("about:"),
    /** {@code src:<slug>}: a claim by a source of that name, resolved or not ("politiet", "NTB"). */
    SOURCE("src:");

    final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }
  }

  /** An index key: the key the facts are partitioned by. */
  public record Key(Kind kind, String value) {
    public static Key parse(String key) {
      for (Kind kind : Kind.values()) {
        if (key.startsWith(kind.prefix)) {
          return new Key(kind, key.substring(kind.prefix.length()));
        }
      }
      throw new IllegalArgumentException("not a query index key: '" + key + "'");
    }

    /** A claim source as people write it ("Politiet", "politiet i Oslo") in its normal form. */
    public static Key source(String name) {
      return new Key(Kind.SOURCE, EntityIds.slug(name));
    }

    @Override
    public String toString() {
      return kind.prefix + value;
    }
  }

  private QueryFacts() {}

  /** The article as the API serves it: {@link ArticleJson}'s view with claims kept in their paragraphs. */
  public static String articleJson(EnrichedArticle article) {
    return write(ArticleJson.of(article));
  }

  public static List<KeyValue<String, String>> of(EnrichedArticle article) {
    ObjectNode summary = summary(article);
    List<KeyValue<String, String>> facts = new ArrayList<>();
    for (CanonicalEntity e : article.getEntities()) {
      ObjectNode fact = ArticleJson.JSON.createObjectNode();
      ObjectNode entity = fact.putObject("entity");
      entity.put("id", e.getId());
      entity.put("name", e.getName());
      entity.put("type", e.getType().name());
      fact.set("article", summary);
      fact.put("mentions", e.getMentions());
      facts.add(KeyValue.pair(new Key(Kind.ENTITY, e.getId()).toString(), write(fact)));
    }
    for (EnrichedParagraph p : article.getParagraphs()) {
      for (Claim c : p.getClaims()) {
        ObjectNode view = ArticleJson.claim(c);
        view.put("paragraph", p.getIndex());
        view.set("article", summary);
        String json = write(view);
        for (Key key : keys(c, p)) {
          facts.add(KeyValue.pair(key.toString(), json));
        }
      }
    }
    return facts;
  }

  /** The keys a claim is found by: who said it (resolved and as written) and whom it names. */
  static Set<Key> keys(Claim c, EnrichedParagraph p) {
    Set<Key> keys = new LinkedHashSet<>();
    if (c.getSourceResolved() != null) {
      if (c.getSourceResolved().getEntityId() != null) {
        keys.add(new Key(Kind.BY, c.getSourceResolved().getEntityId()));
      }
      keys.add(Key.source(c.getSourceResolved().getName()));
    }
    if (c.getSource() != null) {
      keys.add(Key.source(c.getSource().getText()));
    }
    int start = c.getContent().getStart();
    int end = c.getContent().getEnd();
    for (Mention m : p.getEntities()) {
      if (m.getStart() >= start && m.getEnd() <= end) {
        keys.add(new Key(Kind.ABOUT, m.getCanonicalId()));
      }
    }
    return keys;
  }

  /** Adds an entity fact's mentions to a bucket's count ({@code null}: the bucket is new). */
  static String addMentions(String bucket, String fact) {
    JsonNode f = read(fact);
    long mentions = f.path("mentions").asLong();
    MentionCount counted = bucket == null
        ? new MentionCount(f.path("entity").path("id").asText(), f.path("entity").path("name").asText(),
            f.path("entity").path("type").asText(), mentions)
        : MentionCount.decode(bucket).plus(mentions);
    return counted.encode();
  }

  static ObjectNode summary(EnrichedArticle article) {
    ObjectNode s = ArticleJson.JSON.createObjectNode();
    s.put("id", article.getId());
    s.put("title", article.getTitle());
    s.put("outlet", article.getOutlet());
    s.put("url", article.getUrl());
    s.put("published_at", article.getPublishedAt() == null ? null : article.getPublishedAt().toString());
    s.put("language", article.getLanguage());
    return s;
  }

  static JsonNode read(String json) {
    try {
      return ArticleJson.JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a query store holds malformed JSON", e);
    }
  }

  static String write(JsonNode node) {
    try {
      return ArticleJson.JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not serialisable", e);
    }
  }
}
