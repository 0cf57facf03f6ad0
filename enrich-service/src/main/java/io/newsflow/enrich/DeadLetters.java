package io.newsflow.enrich;

import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.Header;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;

/** Builds the dead letter of a record that could not be enriched: where it came from, why, and its bytes. */
public final class DeadLetters {
  /** Where in the pipeline a record failed. */
  public enum Stage {
    DESERIALIZE, VALIDATE, PROCESS;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private DeadLetters() {}

  public static DeadLetter of(
      Optional<String> sourceTopic, int partition, long offset, Stage stage, String reason, Throwable error,
      byte[] key, byte[] value, Headers headers, Instant time, String applicationId) {
    List<Header> copied = new ArrayList<>();
    if (headers != null) {
      for (org.apache.kafka.common.header.Header h : headers) {
        copied.add(Header.newBuilder().setKey(h.key())
            .setValue(h.value() == null ? null : ByteBuffer.wrap(h.value())).build());
      }
    }
    return DeadLetter.newBuilder()
        .setSourceTopic(sourceTopic.orElse("unknown"))
        .setPartition(partition)
        .setOffset(offset)
        .setStage(stage.label())
        .setReason(reason)
        .setErrorClass(error == null ? "" : error.getClass().getName())
        .setKey(key == null ? null : ByteBuffer.wrap(key))
        .setValue(value == null ? null : ByteBuffer.wrap(value))
        .setHeaders(copied)
        .setTime(time)
        .setApplicationId(applicationId)
        .build();
  }

  /** A reason a person can act on: the exception's message chain, without stack traces. */
  public static String describe(Throwable error) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = error; t != null && out.length() < 2_000; t = t.getCause()) {
      if (out.length() > 0) {
        out.append(": ");
      }
      out.append(t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName());
      if (t.getCause() == t) {
        break;
      }
    }
    return out.toString();
  }
}
