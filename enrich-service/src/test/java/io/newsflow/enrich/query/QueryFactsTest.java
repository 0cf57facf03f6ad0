package io.newsflow.enrich.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.avro.Claim;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.EnrichedParagraph;
import io.newsflow.avro.RawArticle;
import io.newsflow.enrich.ArticleEnricher;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;

/** What an enriched article files in the query stores, and under which keys. */
class QueryFactsTest {
  private static final ArticleEnricher ENRICHER = ArticleEnricher.standard();

  private static EnrichedArticle enrich(String body) {
    return ENRICHER.enrich(RawArticle.newBuilder()
        .setId("solberg-nord-norge").setUrl("https://www.vg.no/nyheter/solberg").setOutlet("VG")
        .setTitle("Solberg lover satsing i nord").setBody(body).setContentType("text/plain").setLanguage("nb")
        .setPublishedAt(Instant.parse("2026-11-24T08:00:00Z")).setReceivedAt(Instant.parse("2026-11-24T08:01:00Z"))
        .setMetadata(Map.of()).build()).article();
  }

  @Test
  void shouldFileAClaimUnderItsResolvedSourceItsWordingAndTheEntitiesItNames() {
    EnrichedArticle article = enrich(
        "Statsminister Erna Solberg sa at regjeringen vil legge fram en ny plan for Nord-Norge.");
    EnrichedParagraph paragraph = article.getParagraphs().get(0);
    Claim claim = paragraph.getClaims().get(0);
    assertThat(claim.getSource().getText()).isEqualTo("Statsminister Erna Solberg");
    assertThat(claim.getContent().getText()).isEqualTo("regjeringen vil legge fram en ny plan for Nord-Norge");

    assertThat(QueryFacts.keys(claim, paragraph)).extracting(Object::toString).containsExactly(
        "by:per:erna-solberg", "src:erna-solberg", "src:statsminister-erna-solberg", "about:gpe:nord-norge");
  }

  @Test
  void shouldFileOneFactPerEntityWithItsMentionsAndTheArticle() {
    EnrichedArticle article = enrich("Statsminister Erna Solberg sa tirsdag at regjeringen vil legge fram "
        + "en ny plan for Nord-Norge. – Vi skal satse på fiskeriene, sier Solberg til NRK.");
    List<KeyValue<String, String>> facts = QueryFacts.of(article);

    JsonNode solberg = facts.stream().filter(f -> f.key.equals("entity:per:erna-solberg"))
        .map(f -> QueryFacts.read(f.value)).findFirst().orElseThrow();
    assertThat(solberg.path("entity").path("name").asText()).isEqualTo("Erna Solberg");
    assertThat(solberg.path("mentions").asInt()).isEqualTo(2);
    assertThat(solberg.path("article").path("id").asText()).isEqualTo("solberg-nord-norge");
    assertThat(solberg.path("article").path("title").asText()).isEqualTo("Solberg lover satsing i nord");
    Set<String> entityKeys = facts.stream().map(f -> f.key).filter(k -> k.startsWith("entity:"))
        .collect(Collectors.toSet());
    assertThat(entityKeys).hasSize(article.getEntities().size());
  }

  @Test
  void shouldAddMentionsToABucket() {
    String fact = "{\"entity\":{\"id\":\"per:erna-solberg\",\"name\":\"Erna Solberg\",\"type\":\"PER\"},\"mentions\":2}";
    String once = QueryFacts.addMentions(null, fact);
    String twice = QueryFacts.addMentions(once, fact);
    assertThat(MentionCount.decode(twice)).isEqualTo(new MentionCount("per:erna-solberg", "Erna Solberg", "PER", 4));
    assertThat(MentionCount.countOf(twice)).isEqualTo(4);
  }

  @Test
  void shouldReadIndexKeysAndRefuseOthers() {
    assertThat(QueryFacts.Key.parse("about:per:abu-bakr-al-baghdadi"))
        .isEqualTo(new QueryFacts.Key(QueryFacts.Kind.ABOUT, "per:abu-bakr-al-baghdadi"));
    assertThat(QueryFacts.Key.source("Det irakiske forsvaret")).hasToString("src:det-irakiske-forsvaret");
    assertThatThrownBy(() -> QueryFacts.Key.parse("per:abu-bakr-al-baghdadi"))
        .hasMessageContaining("not a query index key: 'per:abu-bakr-al-baghdadi'");
  }
}
