package io.newsflow.cli;

import io.newsflow.enrich.EnrichMain;
import io.newsflow.ingest.IngestMain;
import io.newsflow.localstack.LocalStackMain;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/** {@code ./newsflow serve stack|enrich}: run one part on its own, configured from the environment. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Run one part of newsflow in the foreground until Ctrl-C, as the containers do:",
        "  stack   the embedded Kafka broker (9092) and schema registry (8081)",
        "  enrich  the enrich service (settings from NEWSFLOW_* variables, see ./newsflow config)",
        "  ingest  the ingest service (idem)"})
final class ServeCommand implements Callable<Integer> {
  enum Part { STACK, ENRICH, INGEST }

  @Parameters(paramLabel = "PART", description = "stack, enrich or ingest")
  Part part;

  @Unmatched
  String[] rest = new String[0];

  @Override
  public Integer call() throws Exception {
    switch (part) {
      case STACK -> LocalStackMain.main(rest);
      case ENRICH -> EnrichMain.main(rest);
      case INGEST -> IngestMain.main(rest);
    }
    return 0;
  }
}
