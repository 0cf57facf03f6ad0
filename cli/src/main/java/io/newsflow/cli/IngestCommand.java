package io.newsflow.cli;

import io.newsflow.ingest.FileIngest;
import io.newsflow.ingest.IngestSettings;
import io.newsflow.ingest.KafkaArticlePublisher;
import io.newsflow.runtime.Logging;
import io.newsflow.runtime.config.CommonSettings;
import io.newsflow.runtime.config.ConfigSource;
import io.newsflow.topics.TopicCreation;
import io.newsflow.topics.Topics;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./newsflow ingest PATH...}: articles from files and folders into news.articles.raw. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Publish articles from files and folders to news.articles.raw: .txt (optional 'Key: value'",
        "header block: Title, URL, Outlet, Language, Published), .json (an article or an array), .ndjson/.jsonl,",
        ".html/.htm. Broker and registry from NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS / NEWSFLOW_SCHEMA_REGISTRY_URL."})
final class IngestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders (read recursively).")
  List<Path> paths;

  @Option(names = "--outlet", description = "Outlet for articles that do not name one.")
  String outlet;

  @Option(names = "--language", description = "Language for articles that do not declare one (nb, nn, en, …).")
  String language;

  @Override
  public Integer call() throws Exception {
    Logging.configure(CommonSettings.LogFormat.TEXT, "warn");
    ConfigSource source = ConfigSource.fromEnvironment();
    IngestSettings settings = IngestSettings.from(source);
    Map<String, String> defaults = new HashMap<>();
    if (outlet != null) {
      defaults.put("outlet", outlet);
    }
    if (language != null) {
      defaults.put("language", language);
    }
    CommonSettings.Connection connection = settings.connection();
    if (connection.createTopics()) {
      TopicCreation.ensure(connection.kafka(), connection.topicPartitions(), (short) connection.topicReplication(),
          java.time.Duration.ofSeconds(30));
    }
    try (Topics topics = Topics.connect(connection.registryUrl(), connection.registryBasicAuth(), true);
         KafkaArticlePublisher publisher = new KafkaArticlePublisher(settings, topics.rawArticles())) {
      FileIngest ingest = new FileIngest(publisher, settings.maxBodyChars(), Clock.systemUTC(), defaults, System.err);
      FileIngest.Summary summary = ingest.ingest(paths);
      summary.errors().stream().limit(20).forEach(e -> System.err.println("  " + e));
      if (summary.errors().size() > 20) {
        System.err.println("  … and " + (summary.errors().size() - 20) + " more");
      }
      System.out.println(summary.line() + " in " + ingest.elapsed().toMillis() + " ms");
      return summary.published() == 0 && !summary.errors().isEmpty() ? 1 : 0;
    }
  }
}
