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
    System.out.println("### Common (both services)\n");
    System.out.println(SettingsTable.markdown(CommonSettings.ALL));
    System.out.println("### ingest-service\n");
    System.out.println(SettingsTable.markdown(IngestSettings.ALL));
    System.out.println("### enrich-service\n");
    System.out.println(SettingsTable.markdown(EnrichSettings.ALL));
  }
}
