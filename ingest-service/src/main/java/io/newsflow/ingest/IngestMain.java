package io.newsflow.ingest;

import io.newsflow.runtime.Lifecycle;

/** Runs the ingest service with settings from the environment until SIGTERM. */
public final class IngestMain {
  private IngestMain() {}

  public static void main(String[] args) throws Exception {
    Lifecycle.main("ingest", IngestSettings.allWithCommon(), source -> IngestService.start(IngestSettings.from(source)));
  }
}
