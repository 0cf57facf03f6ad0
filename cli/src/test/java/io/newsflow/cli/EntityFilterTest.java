package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityFilterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE = """
      {"id": "vg-1", "paragraphs": [{"index": 1, "entities": [
        {"text": "Baghdadis", "type": "PER", "canonical": "Abu Bakr al-Baghdadi", "canonical_id": "per:abu-bakr-al-baghdadi"},
        {"text": "Mosul", "type": "GPE_LOC", "canonical": "Mosul", "canonical_id": "gpe_loc:mosul"}]}]}
      """;

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void shouldFindAnEntityByCanonicalNameIdOrMentionTextAtAnyDepth() throws Exception {
    JsonNode article = json(ARTICLE);
    assertThat(new EntityFilter(Optional.of("abu bakr al-baghdadi"), Optional.empty()).matches(article)).isTrue();
    assertThat(new EntityFilter(Optional.of("per:abu-bakr-al-baghdadi"), Optional.empty()).matches(article)).isTrue();
    assertThat(new EntityFilter(Optional.of("Baghdadis"), Optional.empty()).matches(article)).isTrue();
    assertThat(new EntityFilter(Optional.of("Raqqa"), Optional.empty()).matches(article)).isFalse();
  }

  @Test
  void shouldRequireTheTypeOfTheSameEntityWhenBothAreGiven() throws Exception {
    JsonNode article = json(ARTICLE);
    assertThat(new EntityFilter(Optional.empty(), Optional.of("gpe_loc")).matches(article)).isTrue();
    assertThat(new EntityFilter(Optional.of("Mosul"), Optional.of("GPE_LOC")).matches(article)).isTrue();
    assertThat(new EntityFilter(Optional.of("Mosul"), Optional.of("PER")).matches(article)).isFalse();
    assertThat(new EntityFilter(Optional.empty(), Optional.of("EVT")).matches(article)).isFalse();
  }

  @Test
  void shouldLetEverythingThroughWithoutFiltersAndAcceptFullTopicNames() throws Exception {
    assertThat(new EntityFilter(Optional.empty(), Optional.empty()).matches(json("{\"title\": \"x\"}"))).isTrue();
    assertThat(TailCommand.source("news.claims")).isEqualTo(TailCommand.Source.CLAIMS);
    assertThat(TailCommand.source("Entities")).isEqualTo(TailCommand.Source.ENTITIES);
  }
}
