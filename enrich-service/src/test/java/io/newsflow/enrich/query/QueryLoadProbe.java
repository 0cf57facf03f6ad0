package io.newsflow.enrich.query;

import io.newsflow.avro.CanonicalEntity;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.RawArticle;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.ArticleValidator;
import io.newsflow.enrich.EnrichMetrics;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.nlp.Seeds;
import io.newsflow.serde.registry.MockSchemaRegistryClient;
import io.newsflow.topics.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/**
 * Not a specification: a measurement of the local queries over a day of synthetic traffic (the
 * seed's enrichment with its entities spread over 1,000 ids per type, received evenly over 24 h).
 * Surefire does not pick it up by name; run it with
 * {@code mvn -q -o -pl enrich-service test -Dtest=QueryLoadProbe -Dprobe.articles=2000}.
 */
class QueryLoadProbe {
  @Test
  void shouldPrintQueryTimesOverADayOfArticles() {
    ArticleEnricher enricher = ArticleEnricher.standard();
    Topics topics = Topics.create(new MockSchemaRegistryClient(), true);
    StreamsBuilder builder = new StreamsBuilder();
    EnrichTopology.build(builder, new EnrichTopology.Parts(topics, enricher,
        new ArticleValidator(100_000, 1_000, 64), EnrichMetrics.noop(), "probe", Duration.ofMillis(10)));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "probe");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    Instant now = Instant.parse("2026-11-25T12:00:00Z");
    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
      TestInputTopic<String, EnrichedArticle> in = driver.createInputTopic(topics.enrichedArticles().name(),
          Serdes.String().serializer(), topics.enrichedArticles().valueSerde().serializer());
      EnrichedArticle seed = enricher.enrich(RawArticle.newBuilder().setId("s").setUrl("u").setOutlet("VG").setTitle("t")
          .setBody(Seeds.seedText()).setContentType("text/plain").setLanguage("nb").setPublishedAt(now)
          .setReceivedAt(now).setMetadata(Map.of()).build()).article();
      int n = Integer.getInteger("probe.articles", 2000);
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        List<CanonicalEntity> entities = new ArrayList<>();
        for (CanonicalEntity e : seed.getEntities()) {
          entities.add(CanonicalEntity.newBuilder(e).setId(e.getId() + "-" + ((i * 7 + e.getId().hashCode()) % 1000)).build());
        }
        EnrichedArticle a = EnrichedArticle.newBuilder(seed).setId("a" + i).setEntities(entities).build();
        in.pipeInput("a" + i, a, now.minus(Duration.ofHours(24)).plusMillis(i * 86_400_000L / n));
      }
      System.out.printf("fill %d articles: %d ms%n", n, (System.nanoTime() - t0) / 1_000_000);
      Clock clock = Clock.fixed(now, ZoneOffset.UTC);
      for (int round = 0; round < 3; round++) {
        // a new instance each round, so no trending answer is reused
        LocalQueries q = new LocalQueries(driver::getWindowStore, clock);
        long t = System.nanoTime();
        int size = q.trending(Duration.ofHours(24), 20).size();
        long trending24 = System.nanoTime() - t;
        t = System.nanoTime();
        q.trending(Duration.ofHours(1), 20);
        long trending1 = System.nanoTime() - t;
        t = System.nanoTime();
        q.latestArticles(20);
        long latest = System.nanoTime() - t;
        t = System.nanoTime();
        q.entity("per:abu-bakr-al-baghdadi-" + (("per:abu-bakr-al-baghdadi".hashCode()) % 1000), 20);
        long entity = System.nanoTime() - t;
        t = System.nanoTime();
        q.article("a17");
        long article = System.nanoTime() - t;
        System.out.printf("round %d: trending24h %d ms (%d), trending1h %d ms, latest20 %d ms, entity %d ms, article %d ms%n",
            round, trending24 / 1_000_000, size, trending1 / 1_000_000, latest / 1_000_000, entity / 1_000_000,
            article / 1_000_000);
      }
    }
  }
}
