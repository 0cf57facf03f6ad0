package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.RawArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files dropped into the watch folder are ingested and moved aside, the bad ones with their reason. */
class FolderWatcherTest {
  @TempDir
  Path folder;

  private final InMemoryPublisher publisher = new InMemoryPublisher();

  private void drop(String name, String content) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, content);
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(5)));
  }

  @Test
  void shouldIngestSettledFilesAndMoveEachToProcessedOrFailed() throws Exception {
    drop("bru.txt", "Title: Ny bru over Glomma åpner i mai\nOutlet: Dalens Avis\n\n"
        + "Den nye brua over Glomma ved Elverum åpner for trafikk 15. mai, opplyser Statens vegvesen.");
    drop("tom.json", "{\"title\": \"Flomvarsel for Vestlandet\"}");
    drop("bilde.jpg", "not an article");
    drop("halvferdig.txt.part", "Title: Under skriving");
    try (FolderWatcher watcher = new FolderWatcher(folder, publisher, 100_000, Clock.systemUTC())) {
      watcher.scan();
    }

    assertThat(publisher.published).extracting(RawArticle::getTitle).containsExactly("Ny bru over Glomma åpner i mai");
    assertThat(folder.resolve("processed/bru.txt")).exists();
    assertThat(folder.resolve("failed/tom.json")).exists();
    assertThat(folder.resolve("failed/tom.json.error.txt")).content().contains("body is required");
    assertThat(folder.resolve("failed/bilde.jpg.error.txt")).content().contains("not an article file");
    assertThat(folder.resolve("halvferdig.txt.part")).exists();
  }

  @Test
  void shouldWaitForAFileStillBeingWrittenAndForKafka() throws Exception {
    Files.writeString(folder.resolve("fersk.txt"), "Rekordmange søkte sykepleierutdanning\n\n"
        + "Over 1200 søkere har sykepleie som førstevalg ved Høgskolen i Innlandet i år.");
    try (FolderWatcher watcher = new FolderWatcher(folder, publisher, 100_000,
        Clock.offset(Clock.systemUTC(), Duration.ZERO))) {
      assertThat(watcher.scan()).isTrue();
      assertThat(publisher.published).isEmpty();

      Files.setLastModifiedTime(folder.resolve("fersk.txt"), FileTime.from(Instant.now().minusSeconds(5)));
      publisher.available = false;
      watcher.scan();
      assertThat(folder.resolve("fersk.txt")).exists();

      publisher.available = true;
      watcher.scan();
    }
    assertThat(publisher.published).extracting(RawArticle::getTitle)
        .containsExactly("Rekordmange søkte sykepleierutdanning");
    assertThat(folder.resolve("processed/fersk.txt")).exists();
  }
}
