package io.newsflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.avro.Claim;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.EnrichedParagraph;
import io.newsflow.enrich.ArticleJson;
import io.newsflow.runtime.config.CommonSettings;
import io.newsflow.runtime.config.ConfigSource;
import io.newsflow.topics.Topic;
import io.newsflow.topics.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./newsflow tail}: follow newsflow's topics as JSON lines, through the schema registry. */
@Command(name = "tail", mixinStandardHelpOptions = true,
    description = {"Print records of newsflow topics as JSON lines, one per record: {topic, key, value}.",
        "Reads committed records only (what exactly-once consumers see). Broker and registry come from",
        "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS and NEWSFLOW_SCHEMA_REGISTRY_URL (default localhost:9092/8081)."})
final class TailCommand implements Callable<Integer> {
  enum Source {
    RAW, PARAGRAPHS, ARTICLES, ENTITIES, CLAIMS, DLQ
  }

  @Option(names = {"-t", "--topic"}, split = ",", paramLabel = "TOPIC",
      description = "raw, paragraphs, articles, entities, claims, dlq (default: articles)")
  List<Source> sources = new ArrayList<>(List.of(Source.ARTICLES));

  @Parameters(arity = "0..*", paramLabel = "TOPIC",
      description = "Topics to follow, by short name (claims) or full name (news.claims); same as -t.")
  List<String> topicArguments = new ArrayList<>();

  @Option(names = "--entity", paramLabel = "NAME",
      description = "Only records that mention this entity: canonical name, entity id or mention text (any case).")
  String entity;

  @Option(names = "--type", paramLabel = "TYPE",
      description = "Only records with an entity of this type (PER, ORG, GPE_LOC, …); with --entity, the same entity.")
  String type;

  @Option(names = "--from-beginning", description = "Start at the oldest record instead of new ones.")
  boolean fromBeginning;

  @Option(names = {"-n", "--max"}, paramLabel = "N", description = "Stop after N records.")
  long max = Long.MAX_VALUE;

  @Option(names = "--idle", paramLabel = "SECONDS", description = "Stop after this long without records (default: never).")
  long idleSeconds = 0;

  @Override
  public Integer call() {
    if (!topicArguments.isEmpty()) {
      sources = topicArguments.stream().map(TailCommand::source).toList();
    }
    EntityFilter filter = new EntityFilter(java.util.Optional.ofNullable(entity), java.util.Optional.ofNullable(type));
    ConfigSource config = ConfigSource.fromEnvironment();
    Map<String, Object> props = new HashMap<>(CommonSettings.kafkaClientProperties(config));
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    try (Topics topics = Topics.create(Map.of("schema.registry.url", config.get(CommonSettings.SCHEMA_REGISTRY_URL)));
         KafkaConsumer<byte[], byte[]> consumer =
             new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      Map<String, Topic<?, ?>> byName = new HashMap<>();
      List<TopicPartition> partitions = new ArrayList<>();
      for (Source source : sources) {
        Topic<?, ?> topic = topic(topics, source);
        byName.put(topic.name(), topic);
        consumer.partitionsFor(topic.name(), Duration.ofSeconds(30))
            .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
      }
      consumer.assign(partitions);
      if (fromBeginning) {
        consumer.seekToBeginning(partitions);
      } else {
        consumer.seekToEnd(partitions);
      }
      long printed = 0;
      long lastRecord = System.nanoTime();
      while (printed < max) {
        var records = consumer.poll(Duration.ofMillis(500));
        if (records.isEmpty() && idleSeconds > 0 && System.nanoTime() - lastRecord > idleSeconds * 1_000_000_000L) {
          break;
        }
        for (ConsumerRecord<byte[], byte[]> r : records) {
          lastRecord = System.nanoTime();
          JsonNode line = line(byName.get(r.topic()), r);
          if (!filter.matches(line.get("value"))) {
            continue;
          }
          System.out.println(line);
          if (++printed >= max) {
            break;
          }
        }
      }
    }
    return 0;
  }

  private static Topic<?, ?> topic(Topics topics, Source source) {
    return switch (source) {
      case RAW -> topics.rawArticles();
      case PARAGRAPHS -> topics.enrichedParagraphs();
      case ARTICLES -> topics.enrichedArticles();
      case ENTITIES -> topics.entities();
      case CLAIMS -> topics.claims();
      case DLQ -> topics.deadLetters();
    };
  }

  static Source source(String name) {
    String n = name.strip().toLowerCase(java.util.Locale.ROOT);
    for (Source s : Source.values()) {
      if (s.name().toLowerCase(java.util.Locale.ROOT).equals(n)) {
        return s;
      }
    }
    return switch (n) {
      case io.newsflow.topics.TopicNames.RAW_ARTICLES -> Source.RAW;
      case io.newsflow.topics.TopicNames.ENRICHED_PARAGRAPHS -> Source.PARAGRAPHS;
      case io.newsflow.topics.TopicNames.ENRICHED_ARTICLES -> Source.ARTICLES;
      case io.newsflow.topics.TopicNames.ENTITIES -> Source.ENTITIES;
      case io.newsflow.topics.TopicNames.CLAIMS -> Source.CLAIMS;
      case io.newsflow.topics.TopicNames.DEAD_LETTERS -> Source.DLQ;
      default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new TailCommand()),
          "unknown topic '" + name + "': use raw, paragraphs, articles, entities, claims, dlq or a news.* name");
    };
  }

  private static JsonNode line(Topic<?, ?> topic, ConsumerRecord<byte[], byte[]> r) {
    Object value;
    try {
      value = topic.valueSerde().deserializer().deserialize(r.topic(), r.value());
    } catch (RuntimeException e) {
      value = "unreadable: " + e.getMessage();
    }
    var node = ArticleJson.JSON.createObjectNode();
    node.put("topic", r.topic());
    node.put("partition", r.partition());
    node.put("offset", r.offset());
    node.put("key", r.key() == null ? null : new String(r.key(), java.nio.charset.StandardCharsets.UTF_8));
    node.set("value", json(value));
    return node;
  }

  private static JsonNode json(Object value) {
    if (value instanceof EnrichedArticle a) {
      return ArticleJson.of(a);
    }
    if (value instanceof EnrichedParagraph p) {
      return ArticleJson.paragraph(p);
    }
    if (value instanceof Claim c) {
      return ArticleJson.claim(c);
    }
    if (value == null) {
      return ArticleJson.JSON.nullNode();
    }
    try {
      // Avro's own JSON rendering of a record is valid JSON for the remaining record types.
      return ArticleJson.JSON.readTree(value.toString());
    } catch (Exception e) {
      return ArticleJson.JSON.getNodeFactory().textNode(value.toString());
    }
  }
}
