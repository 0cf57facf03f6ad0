package io.newsflow.enrich;

import io.newsflow.runtime.Lifecycle;
import io.newsflow.runtime.Logging;
import io.newsflow.runtime.config.CommonSettings;
import io.newsflow.runtime.config.ConfigException;
import io.newsflow.runtime.config.ConfigSource;

/** Runs the enrich service with settings from the environment until SIGTERM. */
public final class EnrichMain {
  private EnrichMain() {}

  public static void main(String[] args) throws Exception {
    ConfigSource source = ConfigSource.fromEnvironment();
    EnrichSettings settings;
    try {
      Logging.configure(source.get(CommonSettings.LOG_FORMAT), source.get(CommonSettings.LOG_LEVEL));
      settings = EnrichSettings.from(source);
    } catch (ConfigException e) {
      System.err.println("enrich: " + e.getMessage());
      System.exit(2);
      return;
    }
    org.slf4j.LoggerFactory.getLogger(EnrichMain.class)
        .info("settings: {}", source.describe(EnrichSettings.allWithCommon()));
    Lifecycle.runUntilShutdown("enrich", EnrichService.start(settings, ArticleEnricher.standard()));
  }
}
