package io.newsflow.enrich;

import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.RawArticle;
import io.newsflow.enrich.DeadLetters.Stage;
import io.newsflow.serde.registry.SchemaRegistryUnavailableException;
import io.newsflow.topics.Topic;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes, validates and analyses one raw record. Every record yields exactly one outcome: its
 * enrichment, or its dead letter. The one failure that yields neither is an unreachable schema
 * registry: skipping the record would lose it, so the processor waits (up to the configured time)
 * and then fails the stream thread, which is replaced and resumes from the last commit.
 */
final class EnrichProcessor extends ContextualProcessor<byte[], byte[], String, EnrichProcessor.Outcome> {
  private static final Logger LOG = LoggerFactory.getLogger(EnrichProcessor.class);

  /** What became of a raw record. */
  sealed interface Outcome {
    record Enriched(EnrichedRecords.Enrichment enrichment) implements Outcome {}

    record Rejected(byte[] originalKey, DeadLetter deadLetter) implements Outcome {}
  }

  private final Topic<String, RawArticle> rawTopic;
  private final EnrichTopology.Parts parts;
  private Deserializer<RawArticle> deserializer;

  EnrichProcessor(Topic<String, RawArticle> rawTopic, EnrichTopology.Parts parts) {
    this.rawTopic = rawTopic;
    this.parts = parts;
  }

  @Override
  public void init(org.apache.kafka.streams.processor.api.ProcessorContext<String, Outcome> context) {
    super.init(context);
    this.deserializer = rawTopic.valueSerde().deserializer();
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    parts.metrics().received();
    RawArticle raw;
    try {
      requireUtf8Key(record.key());
      raw = decode(record.value());
    } catch (SchemaRegistryUnavailableException e) {
      throw e;
    } catch (SerializationException | IllegalArgumentException e) {
      reject(record, Stage.DESERIALIZE, "cannot read the record: " + DeadLetters.describe(e), e);
      return;
    }
    Optional<String> refusal = parts.validator().rejection(raw);
    if (refusal.isPresent()) {
      reject(record, Stage.VALIDATE, refusal.get(), null);
      return;
    }
    EnrichedRecords.Enrichment enrichment;
    try {
      enrichment = parts.enricher().enrich(raw);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug or an input the analyzers cannot handle: the record is kept in the DLQ, the stream goes on.
      LOG.warn("article {} could not be analysed: {}", raw.getId(), e.toString());
      reject(record, Stage.PROCESS, "analysis failed: " + DeadLetters.describe(e), e);
      return;
    }
    parts.metrics().enriched(enrichment);
    context().forward(new Record<>(raw.getId(), new Outcome.Enriched(enrichment), record.timestamp()));
  }

  private RawArticle decode(byte[] value) {
    if (value == null || value.length == 0) {
      throw new SerializationException("the record has no value (a tombstone or an empty message)");
    }
    long deadline = System.nanoTime() + parts.registryRetry().toNanos();
    long backoffMs = 250;
    while (true) {
      try {
        return deserializer.deserialize(rawTopic.name(), value);
      } catch (SchemaRegistryUnavailableException e) {
        if (System.nanoTime() + backoffMs * 1_000_000 > deadline) {
          LOG.error("schema registry unreachable for {}; restarting the stream thread from the last commit",
              parts.registryRetry());
          throw e;
        }
        LOG.warn("schema registry unreachable, retrying in {} ms: {}", backoffMs, e.getMessage());
        sleep(backoffMs);
        backoffMs = Math.min(backoffMs * 2, 5_000);
      }
    }
  }

  private void reject(Record<byte[], byte[]> record, Stage stage, String reason, Throwable error) {
    Optional<RecordMetadata> metadata = context().recordMetadata();
    DeadLetter letter = DeadLetters.of(
        metadata.map(RecordMetadata::topic),
        metadata.map(RecordMetadata::partition).orElse(-1),
        metadata.map(RecordMetadata::offset).orElse(-1L),
        stage, reason, error, record.key(), record.value(), record.headers(),
        Instant.ofEpochMilli(context().currentSystemTimeMs()), parts.applicationId());
    parts.metrics().deadLettered(stage);
    LOG.info("record {}-{}@{} to the dead-letter topic: {}", letter.getSourceTopic(), letter.getPartition(),
        letter.getOffset(), reason.length() > 300 ? reason.substring(0, 300) + "…" : reason);
    String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    context().forward(new Record<>(key, new Outcome.Rejected(record.key(), letter), record.timestamp()));
  }

  /** Keys are article ids in UTF-8; bytes that are not UTF-8 are somebody else's data. */
  private static void requireUtf8Key(byte[] key) {
    if (key == null) {
      return;
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(key));
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("the key is not valid UTF-8", e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the schema registry", e);
    }
  }
}
