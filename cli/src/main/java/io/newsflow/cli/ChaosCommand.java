package io.newsflow.cli;

import io.newsflow.runtime.Logging;
import io.newsflow.runtime.config.CommonSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./newsflow chaos}: exactly-once under a crash, measured. */
@Command(name = "chaos", mixinStandardHelpOptions = true,
    description = {"Check exactly-once under a crash: a local broker and registry, two enrich JVMs, a stream of",
        "articles, one instance killed with SIGKILL part-way and restarted; then count with read_committed.",
        "The last line reads: articles N, enriched N, lost 0, duplicated 0 (exit status 1 otherwise)."})
final class ChaosCommand implements Callable<Integer> {
  @Option(names = "--articles", description = "Articles to send (default ${DEFAULT-VALUE}).")
  int articles = 2_000;

  @Override
  public Integer call() throws Exception {
    Logging.configure(CommonSettings.LogFormat.TEXT, "warn");
    // The killed instance's in-flight batches are refused by the broker once the restarted instance
    // has fenced it: that is exactly-once working, but the broker logs each refusal as an error.
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("kafka.server.ReplicaManager"))
        .setLevel(ch.qos.logback.classic.Level.OFF);
    ChaosRun.Result result = new ChaosRun(articles, System.out).run();
    System.out.printf("paragraph records %d of %d expected; killed after %d enriched; %d s%n",
        result.paragraphsFound(), result.paragraphsExpected(), result.killAfterEnriched(),
        result.elapsed().toSeconds());
    System.out.println(result.summary());
    boolean exact = result.lost() == 0 && result.duplicated() == 0
        && result.paragraphsFound() == result.paragraphsExpected();
    return exact ? 0 : 1;
  }
}
