package io.newsflow.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RSS and Atom entries as the article JSON POST /articles takes. */
class FeedEntriesTest {
  private static byte[] resource(String name) throws IOException {
    try (InputStream in = FeedEntriesTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void shouldMapAnAtomEntryWithHtmlContentAndListEntriesOldestFirst() throws IOException {
    URI source = URI.create("http://127.0.0.1:8000/innenriks.atom");
    List<FeedEntries.FeedEntry> entries = FeedEntries.parse(resource("/feeds/innenriks.atom"), source);

    assertThat(entries).hasSize(2);
    FeedEntries.FeedEntry first = entries.get(1);
    JsonNode article = first.article();
    assertThat(article.get("title").asText()).isEqualTo("Stortinget vedtok ny lov om strømstøtte");
    assertThat(article.get("url").asText())
        .isEqualTo("https://www.fjordposten.example/innenriks/81234-stortinget-vedtok-strømstøtte"
            + "?utm_source=atom");
    assertThat(article.get("outlet").asText()).isEqualTo("Fjordposten – Innenriks");
    assertThat(article.get("content_type").asText()).isEqualTo("text/html");
    assertThat(article.get("body").asText()).startsWith("<p>Stortinget vedtok torsdag en ny lov om strømstøtte");
    assertThat(article.get("published_at").asText()).isEqualTo("2024-03-14T07:15:00Z");
    assertThat(article.get("metadata").get("author").asText()).isEqualTo("Kari Nordmann");
    assertThat(article.get("metadata").get("categories").asText()).isEqualTo("Politikk, Energi");
    assertThat(first.summaryOnly()).isFalse();
    assertThat(first.keys()).containsExactly("guid:urn:fjordposten:artikkel:81234",
        "url:https://www.fjordposten.example/innenriks/81234-stortinget-vedtok-strømstøtte");

    FeedEntries.FeedEntry teaser = entries.get(0);
    assertThat(teaser.summaryOnly()).isTrue();
    assertThat(teaser.article().get("content_type").asText()).isEqualTo("text/plain");
    assertThat(teaser.article().get("published_at").asText()).isEqualTo("2024-03-14T06:40:00Z");
  }

  @Test
  void shouldMapAnRss2ItemScopingItsLocalGuidByTheFeed() throws IOException {
    URI source = URI.create("http://127.0.0.1:8000/siste.rss");
    FeedEntries.FeedEntry entry = FeedEntries.parse(resource("/feeds/siste.rss"), source).get(1);

    assertThat(entry.article().get("title").asText()).isEqualTo("Ny bru over Glomma åpner i mai");
    assertThat(entry.article().get("language").asText()).isEqualTo("nb");
    assertThat(entry.article().get("outlet").asText()).isEqualTo("Dalens Avis");
    assertThat(entry.article().get("published_at").asText()).isEqualTo("2024-03-11T13:20:00Z");
    assertThat(entry.article().get("metadata").get("author").asText()).isEqualTo("Ola Hansen");
    assertThat(entry.article().get("content_type").asText()).isEqualTo("text/html");
    assertThat(entry.keys()).containsExactly("guid:http://127.0.0.1:8000/siste.rss#da-2024-0311-17",
        "url:https://www.dalensavis.example/nyheter/ny-bru-over-glomma");
    assertThat(entry.summaryOnly()).isTrue();
  }

  @Test
  void shouldRefuseADocumentThatIsNotAFeed() {
    assertThatThrownBy(() -> FeedEntries.parse("<html><body>Forsiden</body></html>"
        .getBytes(StandardCharsets.UTF_8), URI.create("http://127.0.0.1/")))
        .isInstanceOf(FeedEntries.NotAFeedException.class).hasMessageStartingWith("not an RSS or Atom feed");
  }
}
