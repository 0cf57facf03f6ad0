package io.newsflow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.enrich.ArticleJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed article in {@code seeds/}: its text and the metadata the ingest API takes. */
record SeedArticle(Path text, Path metadata) {
  static final String NAME = "000_ed2e174162a10500";

  static SeedArticle locate() {
    Path home = Path.of(System.getProperty("newsflow.home", "."));
    Path dir = home.resolve("seeds");
    if (!Files.isDirectory(dir)) {
      Path here = Path.of("").toAbsolutePath();
      while (here != null && !Files.isDirectory(here.resolve("seeds"))) {
        here = here.getParent();
      }
      if (here == null) {
        throw new IllegalStateException("cannot find the seeds/ folder; run from the newsflow checkout");
      }
      dir = here.resolve("seeds");
    }
    return new SeedArticle(dir.resolve(NAME + ".txt"), dir.resolve(NAME + ".json"));
  }

  /** The JSON body of {@code POST /articles}: the metadata with the text as body. */
  ObjectNode request() throws IOException {
    ObjectNode request = (ObjectNode) ArticleJson.JSON.readTree(Files.readString(metadata, StandardCharsets.UTF_8));
    request.put("body", Files.readString(text, StandardCharsets.UTF_8));
    return request;
  }

  String id() throws IOException {
    return request().get("id").asText();
  }
}
