package io.newsflow.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests article files dropped into a folder, the formats {@link FileIngest} reads, and then moves
 * each file out of the way so nothing is read twice or silently dropped: to {@code processed/} when
 * every article in it was published, else to {@code failed/} next to a {@code <name>.error.txt}
 * saying what was wrong (articles of the file that were fine are published all the same).
 *
 * <p>Files already there at start are picked up first. A file is read once it has not changed for
 * {@link #SETTLE_TIME}, so one still being copied in is not read half-written; names starting with
 * a dot or ending in {@code .part}, {@code .tmp} or {@code ~} are left alone, so a writer can also
 * drop a file atomically by renaming it in.
 */
public final class FolderWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
  static final Duration SETTLE_TIME = Duration.ofMillis(500);
  /** Between scans when nothing is announced, in case the file system does not report events (network mounts). */
  private static final Duration RESCAN = Duration.ofSeconds(2);

  private final Path folder;
  private final Path processed;
  private final Path failed;
  private final ArticlePublisher publisher;
  private final int maxBodyChars;
  private final Clock clock;
  private final WatchService watch;
  private final Thread thread;
  private volatile boolean running = true;

  public FolderWatcher(Path folder, ArticlePublisher publisher, int maxBodyChars, Clock clock)
      throws IOException {
    this.folder = folder.toAbsolutePath();
    if (!Files.isDirectory(this.folder)) {
      throw new IOException("the watch folder " + this.folder + " is not a directory");
    }
    this.processed = Files.createDirectories(this.folder.resolve("processed"));
    this.failed = Files.createDirectories(this.folder.resolve("failed"));
    this.publisher = publisher;
    this.maxBodyChars = maxBodyChars;
    this.clock = clock;
    this.watch = FileSystems.getDefault().newWatchService();
    this.folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
    this.thread = new Thread(this::run, "folder-watcher");
    thread.setDaemon(true);
  }

  public void start() {
    thread.start();
    LOG.info("watching {} for article files", folder);
  }

  private void run() {
    while (running) {
      try {
        boolean waiting = scan();
        var key = watch.poll(waiting ? SETTLE_TIME.toMillis() : RESCAN.toMillis(), TimeUnit.MILLISECONDS);
        if (key != null) {
          key.pollEvents();
          key.reset();
        }
      } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
        return;
      } catch (IOException | RuntimeException e) {
        LOG.warn("scanning the watch folder {} failed: {}", folder, e.toString());
        sleep();
      }
    }
  }

  /**
   * Handles every settled file in the folder.
   *
   * @return whether a file is still settling
   */
  boolean scan() throws IOException {
    if (!publisher.reachable()) {
      // Kafka is away: files wait in the folder rather than all landing in failed/.
      return false;
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(Files::isRegularFile).filter(FolderWatcher::isCandidate).sorted().toList();
    }
    boolean settling = false;
    Instant settledBefore = clock.instant().minus(SETTLE_TIME);
    for (Path file : files) {
      if (!running) {
        break;
      }
      if (Files.getLastModifiedTime(file).toInstant().isAfter(settledBefore)) {
        settling = true;
        continue;
      }
      handle(file);
    }
    return settling;
  }

  private static boolean isCandidate(Path file) {
    String name = file.getFileName().toString();
    return !name.startsWith(".") && !name.endsWith(".part") && !name.endsWith(".tmp") && !name.endsWith("~");
  }

  private void handle(Path file) throws IOException {
    FileIngest ingest = new FileIngest(publisher, maxBodyChars, clock, Map.of(),
        new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
    FileIngest.Summary summary = ingest.ingest(List.of(file));
    String name = file.getFileName().toString();
    if (summary.files() == 0 && summary.errors().isEmpty()) {
      fail(file, List.of(name + ": not an article file; use .txt, .json, .ndjson, .jsonl or .html"), 0);
    } else if (!summary.errors().isEmpty()) {
      fail(file, summary.errors(), summary.published());
    } else {
      Files.move(file, free(processed.resolve(name)), StandardCopyOption.ATOMIC_MOVE);
      LOG.debug("ingested {} articles from {}", summary.published(), name);
    }
  }

  private void fail(Path file, List<String> errors, int published) throws IOException {
    Path target = free(failed.resolve(file.getFileName().toString()));
    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    String report = String.join("\n", errors).replace(file.toString(), target.getFileName().toString()) + "\n"
        + published + " articles of the file were published.\n";
    Files.writeString(target.resolveSibling(target.getFileName() + ".error.txt"), report, StandardCharsets.UTF_8);
    LOG.warn("dropped file failed: file={} errors={} published={} first_error=\"{}\"", target, errors.size(),
        published, errors.get(0));
  }

  /** {@code target}, or with a time stamp added when a file of that name was moved there before. */
  private Path free(Path target) {
    if (!Files.exists(target)) {
      return target;
    }
    String name = target.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stamp = "-" + clock.millis();
    return target.resolveSibling(dot > 0 ? name.substring(0, dot) + stamp + name.substring(dot) : name + stamp);
  }

  private void sleep() {
    try {
      Thread.sleep(RESCAN.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      watch.close();
      thread.join(Duration.ofSeconds(10).toMillis());
    } catch (IOException e) {
      LOG.debug("closing the watch service: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
