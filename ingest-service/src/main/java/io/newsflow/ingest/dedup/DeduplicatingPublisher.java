package io.newsflow.ingest.dedup;

import io.newsflow.avro.RawArticle;
import io.newsflow.ingest.ArticlePublisher;
import io.newsflow.ingest.memory.KeyValueLog;
import io.newsflow.nlp.dedup.MinHash;
import io.newsflow.nlp.dedup.Signature;
import io.newsflow.nlp.text.HtmlText;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks near-duplicates before they are published: an article whose text is within the detector's
 * similarity of an earlier one is still published (so nothing a client sent is lost), with
 * {@code duplicate_of} naming that earlier article, and enrichment does not analyse it again.
 * Fingerprints of originals are written to a {@link KeyValueLog} once Kafka has the article, so a
 * restarted ingest recognises copies of what it published before.
 */
public final class DeduplicatingPublisher implements ArticlePublisher {
  private static final Logger LOG = LoggerFactory.getLogger(DeduplicatingPublisher.class);

  private final ArticlePublisher delegate;
  private final DuplicateDetector detector;
  private final KeyValueLog fingerprints;

  private DeduplicatingPublisher(ArticlePublisher delegate, DuplicateDetector detector, KeyValueLog fingerprints) {
    this.delegate = delegate;
    this.detector = detector;
    this.fingerprints = fingerprints;
  }

  /** Publishes through {@code delegate}, after restoring the detector from {@code fingerprints}. */
  public static DeduplicatingPublisher over(ArticlePublisher delegate, DuplicateDetector detector,
      KeyValueLog fingerprints, Instant now) {
    int unreadable = detector.restoreAll(fingerprints.readAll(), now);
    if (unreadable > 0) {
      LOG.warn("{} stored signatures could not be read and were skipped", unreadable);
    }
    return new DeduplicatingPublisher(delegate, detector, fingerprints);
  }

  @Override
  public CompletableFuture<Receipt> publish(RawArticle article) {
    String text = "text/html".equals(article.getContentType()) ? HtmlText.plainText(article.getBody())
        : article.getBody();
    Optional<Signature> signature = MinHash.of(text);
    if (signature.isEmpty()) {
      return delegate.publish(article);
    }
    Instant at = article.getReceivedAt();
    Optional<DuplicateDetector.Match> match = detector.checkAndKeep(article.getId(), signature.get(), at);
    if (match.isPresent()) {
      String original = match.get().originalId();
      RawArticle marked = RawArticle.newBuilder(article).setDuplicateOf(original).build();
      return delegate.publish(marked).thenApply(receipt -> receipt.markedDuplicateOf(original));
    }
    return delegate.publish(article).whenComplete((receipt, error) -> {
      if (error != null) {
        detector.forget(article.getId());
      } else {
        fingerprints.put(article.getId(), DuplicateDetector.encode(signature.get(), at))
            .whenComplete((ok, e) -> {
              if (e != null) {
                LOG.warn("signature of {} not stored (copies of it are missed after a restart): {}",
                    article.getId(), e.toString());
              }
            });
      }
    });
  }

  @Override
  public boolean reachable() {
    return delegate.reachable();
  }

  @Override
  public void close() {
    delegate.close();
    fingerprints.close();
  }
}
