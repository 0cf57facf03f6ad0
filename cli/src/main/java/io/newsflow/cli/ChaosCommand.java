package io.newsflow.cli;

import io.newsflow.runtime.Logging;
import io.newsflow.runtime.config.CommonSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./newsflow chaos}: nothing lost, nothing doubled, under three kinds of fault, measured. */
@Command(name = "chaos", mixinStandardHelpOptions = true,
    description = {"Check the delivery guarantees under faults, each scenario on a fresh local broker and registry:",
        "  crash     two enrich JVMs, one killed with SIGKILL part-way and restarted;",
        "  broker    articles POSTed to ingest while the broker process is killed and restarted;",
        "  registry  articles POSTed while the schema registry is stopped (enrich restarted meanwhile).",
        "Counts are read with read_committed. The last line reads:",
        "articles N, enriched N, lost 0, duplicated 0 (exit status 1 otherwise)."})
final class ChaosCommand implements Callable<Integer> {
  /** Which faults to run. */
  enum Scenario { all, crash, broker, registry }

  @Option(names = "--scenario", description = "all, crash, broker or registry (default ${DEFAULT-VALUE}).")
  Scenario scenario = Scenario.all;

  @Option(names = "--articles", description = "Articles in the crash scenario (default ${DEFAULT-VALUE}).")
  int articles = 2_000;

  @Option(names = "--posted", description = "Articles POSTed in each of the broker and registry scenarios "
      + "(default ${DEFAULT-VALUE}).")
  int posted = 600;

  @Override
  public Integer call() throws Exception {
    Logging.configure(CommonSettings.LogFormat.TEXT, "warn");
    // The killed instance's in-flight batches are refused by the broker once the restarted instance
    // has fenced it: that is exactly-once working, but the broker logs each refusal as an error.
    quiet("kafka.server.ReplicaManager", ch.qos.logback.classic.Level.OFF);
    // The faults are deliberate: clients warn about every refused connection while the broker is
    // down, and the broker process reports the fenced writes. The scenario lines say what happened.
    quiet("org.apache.kafka", ch.qos.logback.classic.Level.ERROR);
    quiet("io.newsflow.localstack.kafka.BrokerProcess.child", ch.qos.logback.classic.Level.OFF);
    List<ScenarioResult> results = new ArrayList<>();
    boolean exact = true;
    if (scenario == Scenario.all || scenario == Scenario.crash) {
      ChaosRun.Result crash = new ChaosRun(articles, System.out).run();
      System.out.printf("crash: paragraph records %d of %d expected; killed after %d enriched; %d s%n",
          crash.paragraphsFound(), crash.paragraphsExpected(), crash.killAfterEnriched(), crash.elapsed().toSeconds());
      exact &= crash.paragraphsFound() == crash.paragraphsExpected();
      results.add(report(new ScenarioResult("enrich crash", crash.articles(), crash.enriched(), crash.lost(),
          crash.duplicated(), 0, 0, 0)));
    }
    if (scenario == Scenario.all || scenario == Scenario.broker) {
      results.add(report(new BrokerRestartRun(posted, System.out).run()));
    }
    if (scenario == Scenario.all || scenario == Scenario.registry) {
      RegistryOutageRun run = new RegistryOutageRun(posted, System.out);
      ScenarioResult result = run.run();
      RegistryOutageRun.Outage outage = run.outage();
      exact &= outage.enrichedWhileAway() == 0 && outage.deadLetters() == 0 && outage.coldIngestStatus() == 503;
      results.add(report(result));
    }
    exact &= results.stream().allMatch(ScenarioResult::exact);
    System.out.println(ScenarioResult.total(results).summary());
    return exact ? 0 : 1;
  }

  private static void quiet(String logger, ch.qos.logback.classic.Level level) {
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(logger)).setLevel(level);
  }

  private static ScenarioResult report(ScenarioResult result) {
    System.out.println(result.scenario() + ": " + result.summary());
    return result;
  }
}
