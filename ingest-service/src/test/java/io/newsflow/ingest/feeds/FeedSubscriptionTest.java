package io.newsflow.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FeedSubscriptionTest {
  @Test
  void shouldReadAListOfFeedsWithAndWithoutTheirOwnInterval() {
    assertThat(FeedSubscription.parseList(
        "https://www.nrk.no/toppsaker.rss@2m, https://www.vg.no/rss/feed/?categories=1068,https://e24.no/rss@30s",
        Duration.ofMinutes(5), true))
        .containsExactly(
            new FeedSubscription(URI.create("https://www.nrk.no/toppsaker.rss"), Duration.ofMinutes(2), true),
            new FeedSubscription(URI.create("https://www.vg.no/rss/feed/?categories=1068"), Duration.ofMinutes(5),
                true),
            new FeedSubscription(URI.create("https://e24.no/rss"), Duration.ofSeconds(30), true));
    assertThat(FeedSubscription.parseList("  ", Duration.ofMinutes(5), false)).isEmpty();
  }

  @Test
  void shouldNameTheEntryThatIsNotAFeed() {
    assertThatThrownBy(() -> FeedSubscription.parseList("https://www.nrk.no/toppsaker.rss,ftp://arkiv.no/feed",
        Duration.ofMinutes(5), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a feed is an http or https URL with a host, not 'ftp://arkiv.no/feed'");
    assertThatThrownBy(() -> FeedSubscription.parseList("https://www.nrk.no/toppsaker.rss@500ms",
        Duration.ofMinutes(5), false))
        .hasMessage("the interval of https://www.nrk.no/toppsaker.rss must be at least 1s, not PT0.5S");
    assertThatThrownBy(() -> FeedSubscription.parseList("https://e24.no/rss,https://e24.no/rss@1m",
        Duration.ofMinutes(5), false))
        .hasMessage("https://e24.no/rss is listed twice");
  }
}
