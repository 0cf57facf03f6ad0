package io.newsflow.enrich;

import io.newsflow.runtime.Lifecycle;

/** Runs the enrich service with settings from the environment until SIGTERM. */
public final class EnrichMain {
  private EnrichMain() {}

  public static void main(String[] args) throws Exception {
    Lifecycle.main("enrich", EnrichSettings.allWithCommon(), source -> EnrichService.start(EnrichSettings.from(source), ArticleEnricher.standard()));
  }
}
