package io.newsflow.ingest.feeds;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One feed to poll: its address, how often, and whether entries that carry only a summary get
 * their linked page fetched for the full text.
 */
public record FeedSubscription(URI url, Duration interval, boolean fetchFullText) {
  /** Polling more often than this is impolite to the publisher and never needed for news. */
  public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

  private static final Pattern WITH_INTERVAL = Pattern.compile("(.+)@(\\d+)(ms|s|m|min|h|d)");

  public FeedSubscription {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(interval, "interval");
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
      throw new IllegalArgumentException("a feed is an http or https URL with a host, not '" + url + "'");
    }
    if (interval.compareTo(MIN_INTERVAL) < 0) {
      throw new IllegalArgumentException("the interval of " + url + " must be at least 1s, not " + interval);
    }
  }

  /**
   * The feeds of a list written {@code url[@interval][,url[@interval]...]}, for example
   * {@code https://www.nrk.no/toppsaker.rss@2m,https://www.vg.no/rss/feed}; a feed without an
   * interval gets {@code defaultInterval}.
   *
   * @throws IllegalArgumentException naming the entry that is not a feed
   */
  public static List<FeedSubscription> parseList(String list, Duration defaultInterval, boolean fetchFullText) {
    List<FeedSubscription> feeds = new ArrayList<>();
    for (String item : list.split("[,\\s]+")) {
      if (item.isBlank()) {
        continue;
      }
      Matcher m = WITH_INTERVAL.matcher(item.strip());
      String url = m.matches() ? m.group(1) : item.strip();
      Duration interval = m.matches() ? duration(Long.parseLong(m.group(2)), m.group(3)) : defaultInterval;
      URI uri;
      try {
        uri = URI.create(url);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + item + "' is not a URL: " + e.getMessage(), e);
      }
      FeedSubscription feed = new FeedSubscription(uri, interval, fetchFullText);
      if (feeds.stream().anyMatch(f -> f.url().equals(feed.url()))) {
        throw new IllegalArgumentException(url + " is listed twice");
      }
      feeds.add(feed);
    }
    return List.copyOf(feeds);
  }

  private static Duration duration(long n, String unit) {
    return switch (unit) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m", "min" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }
}
