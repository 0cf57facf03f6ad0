package io.newsflow.nlp;

import io.newsflow.nlp.eval.GoldArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference article and its gold annotation, for tests in any module. The article is the
 * project's copy in {@code seeds/}; the gold file is read from {@code ../shared/seeds/}, where the
 * annotators keep it.
 */
public final class Seeds {
  public static final String SEED = "000_ed2e174162a10500";

  private Seeds() {}

  public static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("seeds"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no seeds/ folder above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  public static String seedText() {
    try {
      return Files.readString(projectRoot().resolve("seeds").resolve(SEED + ".txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path goldFile() {
    return projectRoot().resolve("../shared/seeds").resolve(SEED + ".gold.json").normalize();
  }

  public static GoldArticle gold() {
    try {
      return GoldArticle.read(goldFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
