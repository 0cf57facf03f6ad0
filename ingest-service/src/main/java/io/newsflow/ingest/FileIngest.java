package io.newsflow.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.avro.RawArticle;
import io.newsflow.nlp.text.HtmlText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads articles from files and folders and publishes them to {@code news.articles.raw}:
 *
 * <ul>
 *   <li>{@code .txt}: an optional header block of {@code Key: value} lines (Title, URL, Outlet,
 *       Language, Published, Id) ended by a blank line, then the text; without a header the first
 *       line is the title when it is short and followed by a blank line, else the file name is;
 *   <li>{@code .json}: one article object or an array of them, as {@code POST /articles} takes;
 *   <li>{@code .ndjson}, {@code .jsonl}: one article object per line;
 *   <li>{@code .html}, {@code .htm}: title from {@code og:title}, {@code <title>} or the first
 *       {@code <h1>}, the page kept as HTML so the analysis sees headings and captions.
 * </ul>
 *
 * Folders are read recursively in name order. A bad file or line is reported and skipped; the rest
 * goes on. Progress is one line on standard error, rewritten in place.
 */
public final class FileIngest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Articles in flight at once: enough to keep the producer's batches full, bounded for memory. */
  private static final int WINDOW = 256;

  private final ArticlePublisher publisher;
  private final ArticleRequests requests;
  private final Clock clock;
  private final Map<String, String> defaults;
  private final PrintStream progress;
  private final List<CompletableFuture<ArticlePublisher.Receipt>> inFlight = new ArrayList<>();
  private int files;
  private int published;
  private final List<String> errors = new ArrayList<>();
  private final long start = System.nanoTime();

  /**
   * @param defaults fields that files without them get ({@code outlet}, {@code language})
   */
  public FileIngest(ArticlePublisher publisher, int maxBodyChars, Clock clock, Map<String, String> defaults,
      PrintStream progress) {
    this.publisher = publisher;
    this.requests = new ArticleRequests(maxBodyChars);
    this.clock = clock;
    this.defaults = Map.copyOf(defaults);
    this.progress = progress;
  }

  /** What was done. */
  public record Summary(int files, int published, List<String> errors) {
    public String line() {
      return "ingested " + published + " articles from " + files + " files, " + errors.size() + " errors";
    }
  }

  public Summary ingest(List<Path> paths) throws IOException {
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
            file(file);
          }
        }
      } else {
        file(path);
      }
    }
    drain(0);
    progress.print("\r" + " ".repeat(78) + "\r");
    progress.flush();
    return new Summary(files, published, List.copyOf(errors));
  }

  private void file(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (name.endsWith(".json")) {
        JsonNode node = JSON.readTree(text);
        if (node != null && node.isArray()) {
          for (int i = 0; i < node.size(); i++) {
            submit(file + "[" + i + "]", withDefaults(node.get(i)));
          }
        } else {
          submit(file.toString(), withDefaults(node));
        }
      } else if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
          if (!lines[i].isBlank()) {
            submit(file + ":" + (i + 1), withDefaults(JSON.readTree(lines[i])));
          }
        }
      } else if (name.endsWith(".html") || name.endsWith(".htm")) {
        submit(file.toString(), withDefaults(html(text, file)));
      } else if (name.endsWith(".txt") || name.endsWith(".text")) {
        submit(file.toString(), withDefaults(plainText(text, file)));
      } else {
        return; // not an article file: folders hold other things too
      }
      files++;
    } catch (IOException | RuntimeException e) {
      errors.add(file + ": " + e.getMessage());
    }
    report();
  }

  /** A text file's header block and body as the JSON article {@code POST /articles} takes. */
  static JsonNode plainText(String text, Path file) {
    var node = JSON.createObjectNode();
    String[] lines = text.split("\r?\n", -1);
    int bodyStart = 0;
    int i = 0;
    while (i < lines.length && lines[i].matches("[A-Za-z_ -]{2,20}:\\s.*")) {
      int colon = lines[i].indexOf(':');
      String key = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
      String value = lines[i].substring(colon + 1).strip();
      switch (key) {
        case "title", "url", "outlet", "language", "id" -> node.put(key, value);
        case "published", "published_at", "date" -> node.put("published_at", value);
        default -> {
          if (!node.has("metadata")) {
            node.putObject("metadata");
          }
          ((com.fasterxml.jackson.databind.node.ObjectNode) node.get("metadata")).put(key, value);
        }
      }
      i++;
    }
    if (i > 0 && i < lines.length && lines[i].isBlank()) {
      bodyStart = i + 1;
    } else {
      node.removeAll();
    }
    if (!node.has("title")) {
      boolean shortFirstLine = lines.length > 2 && lines[bodyStart].strip().length() <= 150
          && !lines[bodyStart].isBlank() && lines[bodyStart + 1].isBlank();
      if (shortFirstLine) {
        node.put("title", lines[bodyStart].strip());
        bodyStart += 2;
      } else {
        node.put("title", file.getFileName().toString().replaceFirst("\\.[^.]+$", ""));
      }
    }
    node.put("body", String.join("\n", java.util.Arrays.asList(lines).subList(Math.min(bodyStart, lines.length),
        lines.length)).strip());
    return node;
  }

  static JsonNode html(String html, Path file) {
    Document page = Jsoup.parse(html);
    String title = Optional.ofNullable(page.selectFirst("meta[property=og:title]")).map(e -> e.attr("content"))
        .filter(t -> !t.isBlank())
        .or(() -> Optional.of(page.title()).filter(t -> !t.isBlank()))
        .or(() -> Optional.ofNullable(page.selectFirst("h1")).map(e -> e.text()))
        .orElse(file.getFileName().toString());
    var node = JSON.createObjectNode();
    node.put("title", title.strip());
    node.put("body", html);
    node.put("content_type", "text/html");
    Optional.ofNullable(page.selectFirst("link[rel=canonical]")).map(e -> e.attr("href"))
        .filter(u -> !u.isBlank()).ifPresent(u -> node.put("url", u));
    Optional.ofNullable(page.selectFirst("html")).map(e -> e.attr("lang")).filter(l -> !l.isBlank())
        .ifPresent(l -> node.put("language", l));
    if (HtmlText.plainText(html).isBlank()) {
      throw new IllegalArgumentException("the page has no text");
    }
    return node;
  }

  private JsonNode withDefaults(JsonNode node) {
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
      defaults.forEach((k, v) -> {
        if (!object.hasNonNull(k)) {
          object.put(k, v);
        }
      });
    }
    return node;
  }

  private void submit(String where, JsonNode node) {
    ArticleRequests.Parsed parsed = requests.parse(node, clock.instant());
    if (parsed.article().isEmpty()) {
      errors.add(where + ": " + parsed.errors().stream().map(e -> e.field() + " " + e.detail())
          .reduce((a, b) -> a + "; " + b).orElse("not an article"));
      return;
    }
    RawArticle article = parsed.article().get();
    inFlight.add(publisher.publish(article).whenComplete((r, e) -> {
      if (e != null) {
        synchronized (errors) {
          errors.add(where + ": " + e.getMessage());
        }
      }
    }));
    drain(WINDOW);
  }

  /** Waits until at most {@code keep} articles are unacknowledged. */
  private void drain(int keep) {
    while (inFlight.size() > keep) {
      CompletableFuture<ArticlePublisher.Receipt> first = inFlight.remove(0);
      try {
        first.get(2, TimeUnit.MINUTES);
        published++;
      } catch (Exception e) {
        // recorded by the completion handler
      }
    }
  }

  private void report() {
    double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    progress.printf(Locale.ROOT, "\r%d files, %d articles published, %.0f articles/s, %d errors   ", files,
        published, published / seconds, errors.size());
    progress.flush();
  }

  /** How long the whole run took, for the summary. */
  public Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
