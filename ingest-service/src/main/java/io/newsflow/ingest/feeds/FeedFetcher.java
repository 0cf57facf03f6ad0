package io.newsflow.ingest.feeds;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Conditional GET of a feed: the {@code ETag} and {@code Last-Modified} of the previous answer go
 * back as {@code If-None-Match} and {@code If-Modified-Since}, so an unchanged feed costs the
 * publisher a 304 with no body.
 */
public final class FeedFetcher {
  private static final String ACCEPT =
      "application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

  private final Downloads downloads;

  public FeedFetcher(Downloads downloads) {
    this.downloads = downloads;
  }

  /** What the server said the feed's version is; empty when it said nothing. */
  public record Validators(Optional<String> etag, Optional<String> lastModified) {
    public static final Validators NONE = new Validators(Optional.empty(), Optional.empty());
  }

  /** The answer to one poll. */
  public sealed interface Result {}

  /** A new version of the feed. */
  public record Fetched(byte[] body, Validators validators) implements Result {}

  /** The feed is as it was at the last poll. */
  public record NotModified() implements Result {}

  /**
   * The server refused or failed; {@code retryAfter} is the wait it asked for (429, 503).
   */
  public record Refused(int status, Optional<Duration> retryAfter) implements Result {}

  public Result fetch(URI feed, Validators previous) throws Downloads.DownloadException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", ACCEPT);
    previous.etag().ifPresent(etag -> headers.put("If-None-Match", etag));
    previous.lastModified().ifPresent(date -> headers.put("If-Modified-Since", date));
    Downloads.Response response = downloads.get(feed, headers);
    if (response.status() == 304) {
      return new NotModified();
    }
    if (response.status() != 200) {
      return new Refused(response.status(), response.headers().firstValue("Retry-After").flatMap(FeedFetcher::seconds));
    }
    // A server that sends no validators this time has none: sending old ones would be meaningless.
    return new Fetched(response.body(), new Validators(response.headers().firstValue("ETag"),
        response.headers().firstValue("Last-Modified")));
  }

  /** Only the delay-seconds form of Retry-After; an HTTP date is rare for feeds and falls back to backoff. */
  private static Optional<Duration> seconds(String value) {
    try {
      long seconds = Long.parseLong(value.strip());
      return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
