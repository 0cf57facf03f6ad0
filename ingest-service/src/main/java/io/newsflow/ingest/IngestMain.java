package io.newsflow.ingest;

import io.newsflow.runtime.Lifecycle;
import io.newsflow.runtime.Logging;
import io.newsflow.runtime.config.CommonSettings;
import io.newsflow.runtime.config.ConfigException;
import io.newsflow.runtime.config.ConfigSource;

/** Runs the ingest service with settings from the environment until SIGTERM. */
public final class IngestMain {
  private IngestMain() {}

  public static void main(String[] args) throws Exception {
    ConfigSource source = ConfigSource.fromEnvironment();
    IngestSettings settings;
    try {
      Logging.configure(source.get(CommonSettings.LOG_FORMAT), source.get(CommonSettings.LOG_LEVEL));
      settings = IngestSettings.from(source);
    } catch (ConfigException e) {
      System.err.println("ingest: " + e.getMessage());
      System.exit(2);
      return;
    }
    org.slf4j.LoggerFactory.getLogger(IngestMain.class)
        .info("settings: {}", source.describe(IngestSettings.allWithCommon()));
    Lifecycle.runUntilShutdown("ingest", IngestService.start(settings));
  }
}
