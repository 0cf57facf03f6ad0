package io.newsflow.cli;

import io.newsflow.enrich.EnrichSettings;
import io.newsflow.ingest.IngestSettings;
import io.newsflow.runtime.config.CommonSettings;
import io.newsflow.runtime.config.SettingsTable;
import picocli.CommandLine.Command;

/** {@code ./newsflow config}: every setting of every service, as the README's table. */
@Command(name = "config", mixinStandardHelpOptions = true,
    description = "Print every configuration setting (environment variable, type, default) as Markdown.")
final class ConfigCommand implements Runnable {
  @Override
  public void run() {
    System.out.print(markdown());
  }

  /** The README shows exactly this between its settings-table markers (a test checks it). */
  static String markdown() {
    return "#### Both services\n\n" + SettingsTable.markdown(CommonSettings.ALL)
        + "\n#### ingest-service\n\n" + SettingsTable.markdown(IngestSettings.ALL)
        + "\n#### enrich-service\n\n" + SettingsTable.markdown(EnrichSettings.ALL);
  }
}
