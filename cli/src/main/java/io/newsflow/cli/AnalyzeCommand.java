package io.newsflow.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.RawArticle;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.ArticleJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./newsflow analyze FILE}: the topology's analysis of one file, without Kafka. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Analyse a text or HTML file as the enrich topology does, without Kafka.",
        "Prints the enriched article readably, or as one JSON object with --json."})
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "Plain text (paragraphs separated by blank lines) or .html")
  Path file;

  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date (YYYY-MM-DD) that relative dates resolve against; default today.")
  LocalDate published;

  @Option(names = "--language", paramLabel = "CODE", description = "Language (nb, nn, en, …); default: identified.")
  String language;

  @Option(names = "--json", description = "Print one JSON object: {language, paragraphs: [...]}, offsets in code points.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("cannot read " + file);
    }
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    String contentType = lower.endsWith(".html") || lower.endsWith(".htm") ? "text/html" : "text/plain";
    Instant now = Instant.now();
    RawArticle raw = RawArticle.newBuilder()
        .setId(name)
        .setTitle(name)
        .setBody(Files.readString(file, StandardCharsets.UTF_8))
        .setContentType(contentType)
        .setLanguage(language)
        .setPublishedAt(published == null ? null : published.atTime(12, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant())
        .setReceivedAt(now)
        .setMetadata(Map.of())
        .build();
    EnrichedArticle article = ArticleEnricher.standard().enrich(raw).article();
    if (json) {
      System.out.println(ArticleJson.JSON.copy().disable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(ArticleJson.of(article)));
    } else {
      new ArticlePrinter(System.out).print(article);
    }
    return 0;
  }
}
