package io.newsflow.ingest;

import io.newsflow.avro.RawArticle;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A publisher that keeps what it is given, or fails like an unreachable cluster when told to. */
public final class InMemoryPublisher implements ArticlePublisher {
  public final List<RawArticle> published = new CopyOnWriteArrayList<>();
  public volatile boolean available = true;

  @Override
  public CompletableFuture<Receipt> publish(RawArticle article) {
    if (!available) {
      return CompletableFuture.failedFuture(new UnavailableException("the broker is down", null));
    }
    published.add(article);
    return CompletableFuture.completedFuture(new Receipt("news.articles.raw", 0, published.size() - 1));
  }

  @Override
  public boolean reachable() {
    return available;
  }

  @Override
  public void close() {}
}
