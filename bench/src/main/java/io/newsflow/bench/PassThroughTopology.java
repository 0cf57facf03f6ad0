package io.newsflow.bench;

import io.newsflow.avro.RawArticle;
import io.newsflow.enrich.EnrichedRecords;
import io.newsflow.nlp.model.AnalyzedArticle;
import io.newsflow.nlp.model.Paragraph;
import io.newsflow.nlp.model.ParagraphKind;
import io.newsflow.nlp.text.ParagraphSplitter;
import io.newsflow.nlp.text.TextBlock;
import io.newsflow.topics.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The enrich topology's Kafka work without its analysis, to measure what Kafka, Avro and exactly-once
 * cost on their own: raw records read as bytes and decoded with the catalogue's serde, each article
 * split into paragraphs (a cheap split, no tokens), and its paragraph and article records written to
 * the enriched topics with the catalogue's serdes. It is a benchmark yardstick, never deployed; the
 * real topology stays in {@code EnrichTopology} alone.
 */
final class PassThroughTopology {
  private PassThroughTopology() {}

  static Topology build(StreamsBuilder builder, Topics topics) {
    Deserializer<RawArticle> raw = topics.rawArticles().valueSerde().deserializer();
    ParagraphSplitter splitter = new ParagraphSplitter();
    KStream<String, EnrichedRecords.Enrichment> enriched = builder
        .stream(topics.rawArticles().name(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
        .mapValues(bytes -> unanalysed(raw.deserialize(topics.rawArticles().name(), bytes), splitter),
            Named.as("pass-through"));
    enriched.flatMapValues(EnrichedRecords.Enrichment::paragraphs)
        .to(topics.enrichedParagraphs().name(),
            Produced.with(topics.enrichedParagraphs().keySerde(), topics.enrichedParagraphs().valueSerde()));
    enriched.mapValues(EnrichedRecords.Enrichment::article)
        .to(topics.enrichedArticles().name(),
            Produced.with(topics.enrichedArticles().keySerde(), topics.enrichedArticles().valueSerde()));
    return builder.build();
  }

  /** The article's records as the enricher would write them if the analysis found no sentences. */
  static EnrichedRecords.Enrichment unanalysed(RawArticle article, ParagraphSplitter splitter) {
    List<TextBlock> blocks = splitter.split(article.getBody());
    List<Paragraph> paragraphs = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      paragraphs.add(Paragraph.of(i + 1, ParagraphKind.BODY, blocks.get(i).text(), List.of()));
    }
    AnalyzedArticle analysis = new AnalyzedArticle(article.getLanguage(), paragraphs, List.of(), Map.of());
    return EnrichedRecords.of(article, analysis, "newsflow-bench-pass-through", Instant.now());
  }
}
