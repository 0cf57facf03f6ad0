package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.RawArticle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIngestTest {
  @TempDir
  Path folder;

  private final InMemoryPublisher publisher = new InMemoryPublisher();

  private FileIngest.Summary ingest(Path... paths) throws Exception {
    return new FileIngest(publisher, 100_000, Clock.systemUTC(), Map.of("outlet", "NTB"),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).ingest(List.of(paths));
  }

  @Test
  void shouldReadTheHeaderBlockOfATextFile() throws Exception {
    Files.writeString(folder.resolve("a.txt"), "Title: Drept, igjen?\nOutlet: VG\nPublished: 2017-06-16\n"
        + "Section: utenriks\n\nMange ulike aktører har hevdet det.\n\nAndre avsnitt.\n");
    assertThat(ingest(folder).line()).isEqualTo("ingested 1 articles from 1 files, 0 errors");
    RawArticle a = publisher.published.get(0);
    assertThat(a.getTitle()).isEqualTo("Drept, igjen?");
    assertThat(a.getOutlet()).isEqualTo("VG");
    assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2017-06-15T22:00:00Z"));
    assertThat(a.getMetadata()).containsEntry("section", "utenriks");
    assertThat(a.getBody()).isEqualTo("Mange ulike aktører har hevdet det.\n\nAndre avsnitt.");
  }

  @Test
  void shouldTakeTheFirstShortLineAsTitleWithoutAHeader() throws Exception {
    Files.writeString(folder.resolve("b.txt"), "Radikalisert av Irak-krigen\n\nBaghdadi skal være født i 1971.\n");
    ingest(folder.resolve("b.txt"));
    assertThat(publisher.published.get(0).getTitle()).isEqualTo("Radikalisert av Irak-krigen");
    assertThat(publisher.published.get(0).getOutlet()).isEqualTo("NTB");
  }

  @Test
  void shouldReadJsonNdjsonAndHtmlAndReportBadLinesWithoutStopping() throws Exception {
    Files.writeString(folder.resolve("c.json"), "[{\"title\": \"En\", \"body\": \"Tekst en.\"},"
        + " {\"title\": \"To\", \"body\": \"Tekst to.\"}]");
    Files.writeString(folder.resolve("d.ndjson"), "{\"title\": \"Tre\", \"body\": \"Tekst tre.\"}\n{\"title\": 3}\n");
    Files.writeString(folder.resolve("e.html"), "<html lang=\"nb\"><head><title>Fire</title></head>"
        + "<body><h1>Fire</h1><p>Tekst fire.</p></body></html>");
    Files.writeString(folder.resolve("notes.md"), "not an article");
    FileIngest.Summary summary = ingest(folder);
    assertThat(summary.published()).isEqualTo(4);
    assertThat(summary.files()).isEqualTo(3);
    assertThat(summary.errors()).singleElement().satisfies(e -> assertThat(e).contains("d.ndjson:2", "title must be a string"));
    assertThat(publisher.published).extracting(RawArticle::getTitle).containsExactly("En", "To", "Tre", "Fire");
    RawArticle html = publisher.published.get(3);
    assertThat(html.getContentType()).isEqualTo("text/html");
    assertThat(html.getLanguage()).isEqualTo("nb");
  }
}
