package io.newsflow.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.avro.RawArticle;
import io.newsflow.ingest.ArticleRequests;
import io.newsflow.ingest.InMemoryPublisher;
import io.newsflow.ingest.memory.InMemoryKeyValueLog;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Polling feeds over loopback HTTP into an in-memory publisher. */
class FeedPollerTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-14T10:00:00Z"), ZoneOffset.UTC);

  private final FeedServer server = newServer();
  private final InMemoryPublisher publisher = new InMemoryPublisher();
  private final InMemoryKeyValueLog seenTopic = new InMemoryKeyValueLog();
  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  private final Downloads downloads = new Downloads(Duration.ofSeconds(5), 1024 * 1024);

  @AfterEach
  void stop() {
    server.close();
  }

  private static FeedServer newServer() {
    try {
      return new FeedServer();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private FeedPoller poller(List<FeedSubscription> feeds) {
    return new FeedPoller(feeds, new FeedFetcher(downloads), new PageFetcher(downloads), SeenEntries.load(seenTopic),
        publisher, new ArticleRequests(100_000), CLOCK, Duration.ofSeconds(5), metrics);
  }

  private static FeedSubscription feed(URI url) {
    return new FeedSubscription(url, Duration.ofMinutes(5), false);
  }

  @Test
  void shouldPublishEveryEntryOnceThenAskWithTheETagAndGetA304() {
    FeedSubscription atom = feed(server.serveResource("/innenriks.atom", "/feeds/innenriks.atom",
        "application/atom+xml"));
    try (FeedPoller poller = poller(List.of(atom))) {
      FeedPoller.PollReport first = poller.poll(atom);
      FeedPoller.PollReport second = poller.poll(atom);

      assertThat(first.status()).isEqualTo(FeedPoller.Status.FETCHED);
      assertThat(first.published()).isEqualTo(2);
      assertThat(second.status()).isEqualTo(FeedPoller.Status.NOT_MODIFIED);
      assertThat(server.hitsOf("/innenriks.atom")).extracting(FeedServer.Hit::status).containsExactly(200, 304);
      FeedServer.Hit conditional = server.hitsOf("/innenriks.atom").get(1);
      assertThat(conditional.ifNoneMatch()).isPresent();
      assertThat(conditional.ifModifiedSince()).contains("Thu, 14 Mar 2024 08:30:00 GMT");
      // Oldest first: the flood warning was updated at 07:40, the law published at 08:15.
      assertThat(publisher.published).extracting(RawArticle::getTitle)
          .containsExactly("Flomvarsel for Vestlandet", "Stortinget vedtok ny lov om strømstøtte");
      assertThat(metrics.counter("newsflow_ingest_feed_entries", "outcome", "published").count()).isEqualTo(2);
      assertThat(metrics.counter("newsflow_ingest_feed_polls", "outcome", "not_modified").count()).isEqualTo(1);
    }
  }

  @Test
  void shouldPublishNothingAgainAfterARestartThatForgotTheETag() {
    FeedSubscription rss = feed(server.serveResource("/siste.rss", "/feeds/siste.rss", "application/rss+xml"));
    try (FeedPoller before = poller(List.of(rss))) {
      assertThat(before.poll(rss).published()).isEqualTo(2);
    }

    try (FeedPoller after = poller(List.of(rss))) {
      FeedPoller.PollReport report = after.poll(rss);

      assertThat(server.hitsOf("/siste.rss")).extracting(FeedServer.Hit::status).containsExactly(200, 200);
      assertThat(report.status()).isEqualTo(FeedPoller.Status.FETCHED);
      assertThat(report.published()).isZero();
      assertThat(report.seen()).isEqualTo(2);
    }
    assertThat(publisher.published).hasSize(2);
    assertThat(seenTopic.values).containsKeys(
        "guid:" + rss.url() + "#da-2024-0311-17",
        "url:https://www.dalensavis.example/nyheter/ny-bru-over-glomma");
  }

  @Test
  void shouldRecogniseAnEntryByItsLinkWhenAnotherFeedCarriesItUnderAnotherGuid() {
    FeedSubscription rss = feed(server.serveResource("/siste.rss", "/feeds/siste.rss", "application/rss+xml"));
    String otherFeed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Dalens Avis – Samferdsel</title><link>https://www.dalensavis.example/</link>
        <description>Samferdsel</description>
        <item><title>Ny bru over Glomma åpner i mai</title>
        <link>https://www.dalensavis.example/nyheter/ny-bru-over-glomma?utm_campaign=samferdsel</link>
        <guid isPermaLink="false">samferdsel-991</guid>
        <description>Den nye brua over Glomma ved Elverum åpner for trafikk 15. mai.</description></item>
        </channel></rss>""";
    FeedSubscription section = feed(server.serve("/samferdsel.rss", otherFeed, "application/rss+xml"));
    try (FeedPoller poller = poller(List.of(rss, section))) {
      poller.poll(rss);

      FeedPoller.PollReport report = poller.poll(section);

      assertThat(report.published()).isZero();
      assertThat(report.seen()).isEqualTo(1);
    }
  }

  @Test
  void shouldReportAFailingFeedAndGoOnWithTheOthers() {
    FeedSubscription broken = feed(server.fail("/nede.rss", 503));
    FeedSubscription notAFeed = feed(server.serve("/forside.html", "<html><body><p>Velkommen</p></body></html>",
        "text/html"));
    FeedSubscription rss = feed(server.serveResource("/siste.rss", "/feeds/siste.rss", "application/rss+xml"));
    try (FeedPoller poller = poller(List.of(broken, notAFeed, rss))) {
      FeedPoller.PollReport down = poller.poll(broken);
      FeedPoller.PollReport html = poller.poll(notAFeed);
      FeedPoller.PollReport ok = poller.poll(rss);

      assertThat(down.status()).isEqualTo(FeedPoller.Status.FAILED);
      assertThat(down.problem()).contains("HTTP 503");
      assertThat(html.status()).isEqualTo(FeedPoller.Status.FAILED);
      assertThat(html.problem().orElseThrow()).startsWith("not an RSS or Atom feed");
      assertThat(ok.published()).isEqualTo(2);
    }
  }

  @Test
  void shouldBackOffDoublingAfterEachFailureUpToAnHour() {
    FeedSubscription broken = new FeedSubscription(server.fail("/nede.rss", 500), Duration.ofMinutes(10), false);
    try (FeedPoller poller = poller(List.of(broken))) {
      List<Duration> delays = new java.util.ArrayList<>();
      for (int i = 0; i < 5; i++) {
        delays.add(poller.nextDelay(broken, poller.poll(broken)));
      }

      assertThat(delays).containsExactly(Duration.ofMinutes(10), Duration.ofMinutes(20), Duration.ofMinutes(40),
          Duration.ofHours(1), Duration.ofHours(1));
    }
  }

  @Test
  void shouldRetryEntriesKafkaDidNotTakeAtTheNextPoll() {
    FeedSubscription rss = feed(server.serveResource("/siste.rss", "/feeds/siste.rss", "application/rss+xml"));
    try (FeedPoller poller = poller(List.of(rss))) {
      publisher.available = false;
      FeedPoller.PollReport outage = poller.poll(rss);
      publisher.available = true;
      FeedPoller.PollReport retry = poller.poll(rss);

      assertThat(outage.status()).isEqualTo(FeedPoller.Status.FAILED);
      assertThat(outage.failed()).isEqualTo(2);
      // The validators of the failed poll were not kept, so the whole feed came again instead of a 304.
      assertThat(server.hitsOf("/siste.rss")).extracting(FeedServer.Hit::status).containsExactly(200, 200);
      assertThat(retry.published()).isEqualTo(2);
      assertThat(publisher.published).hasSize(2);
    }
  }

  @Test
  void shouldReplaceATeaserWithTheMainTextOfTheLinkedPage() {
    String page = """
        <html lang="nb"><head><title>Flomvarsel for Vestlandet</title></head><body>
        <nav><a href="/">Forsiden</a> <a href="/sport">Sport</a> <p>Meny: les mer om alle våre nyheter og tjenester her</p></nav>
        <article>
          <h1>Flomvarsel for Vestlandet</h1>
          <p>NVE har sendt ut oransje farevarsel for flom i Vestland og Rogaland fra fredag morgen.</p>
          <p>Det er ventet opptil 120 millimeter nedbør i løpet av et døgn, og snøsmelting i fjellet gjør at elvene stiger raskt.</p>
          <p>– Vi ber folk holde seg unna elvebredder og følge med på varsler fra kommunen, sier vakthavende hydrolog Siri Lunde.</p>
        </article>
        <aside><p>Mest lest: Dette er de beste turene i påskefjellet i år, ifølge våre lesere</p></aside>
        <footer><p>Ansvarlig redaktør: Per Olsen. Fjordposten arbeider etter Vær varsom-plakaten.</p></footer>
        </body></html>""";
    URI pageUrl = server.serve("/innenriks/81240-flomvarsel", page, "text/html; charset=utf-8");
    String teaser = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Fjordposten</title><id>urn:x</id>
        <updated>2024-03-14T07:40:00+01:00</updated>
        <entry><title>Flomvarsel for Vestlandet</title><id>urn:fjordposten:artikkel:81240</id>
        <link href="%s"/><updated>2024-03-14T07:40:00+01:00</updated>
        <summary>NVE har sendt ut oransje farevarsel for flom.</summary></entry></feed>""".formatted(pageUrl);
    FeedSubscription feed = new FeedSubscription(server.serve("/teaser.atom", teaser, "application/atom+xml"),
        Duration.ofMinutes(5), true);
    try (FeedPoller poller = poller(List.of(feed))) {
      poller.poll(feed);
    }

    RawArticle article = publisher.published.get(0);
    assertThat(article.getBody()).isEqualTo("""
        Flomvarsel for Vestlandet

        NVE har sendt ut oransje farevarsel for flom i Vestland og Rogaland fra fredag morgen.

        Det er ventet opptil 120 millimeter nedbør i løpet av et døgn, og snøsmelting i fjellet gjør at elvene \
        stiger raskt.

        – Vi ber folk holde seg unna elvebredder og følge med på varsler fra kommunen, sier vakthavende hydrolog \
        Siri Lunde.""");
    assertThat(article.getContentType()).isEqualTo("text/plain");
    assertThat(article.getMetadata()).containsEntry("body_source", "page");
  }

  @Test
  void shouldKeepTheSummaryWhenTheLinkedPageCannotBeFetched() {
    String teaser = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Dalens Avis</title><link>https://www.dalensavis.example/</link>
        <description>x</description>
        <item><title>Rekordmange søkte sykepleierutdanning</title><link>%s</link>
        <description>Over 1200 søkere har sykepleie som førstevalg ved Høgskolen i Innlandet i år.</description></item>
        </channel></rss>""".formatted(server.fail("/borte", 404));
    FeedSubscription feed = new FeedSubscription(server.serve("/teaser.rss", teaser, "application/rss+xml"),
        Duration.ofMinutes(5), true);
    try (FeedPoller poller = poller(List.of(feed))) {
      assertThat(poller.poll(feed).published()).isEqualTo(1);
    }

    assertThat(publisher.published.get(0).getBody())
        .isEqualTo("Over 1200 søkere har sykepleie som førstevalg ved Høgskolen i Innlandet i år.");
    assertThat(publisher.published.get(0).getMetadata()).doesNotContainKey("body_source");
  }

  @Test
  void shouldRefuseAnEntryWithoutTextOnceAndPublishTheRest() {
    String feedXml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Dalens Avis</title><link>https://www.dalensavis.example/</link>
        <description>x</description>
        <item><title>Bildeserie: Vårløsning i Elverum</title><link>https://www.dalensavis.example/bilder/1</link></item>
        <item><title>Rekordmange søkte sykepleierutdanning</title><link>https://www.dalensavis.example/n/2</link>
        <description>Over 1200 søkere har sykepleie som førstevalg ved Høgskolen i Innlandet i år.</description></item>
        </channel></rss>""";
    FeedSubscription feed = feed(server.serve("/med-bilder.rss", feedXml, "application/rss+xml"));
    try (FeedPoller poller = poller(List.of(feed))) {
      FeedPoller.PollReport report = poller.poll(feed);

      assertThat(report.published()).isEqualTo(1);
      assertThat(report.failed()).isEqualTo(1);
      assertThat(report.status()).isEqualTo(FeedPoller.Status.FETCHED);
    }
    assertThat(publisher.published).extracting(RawArticle::getTitle)
        .containsExactly("Rekordmange søkte sykepleierutdanning");
    assertThat(Optional.ofNullable(publisher.published.get(0).getDuplicateOf())).isEmpty();
  }

  @Test
  void shouldPublishAStoryListedTwiceInOneFeedOnce() {
    String feedXml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Dalens Avis</title><link>https://www.dalensavis.example/</link>
        <description>x</description>
        <item><title>Ny bru over Glomma åpner i mai (oppdatert)</title>
        <link>https://www.dalensavis.example/nyheter/ny-bru-over-glomma</link><guid isPermaLink="false">da-17b</guid>
        <pubDate>Mon, 11 Mar 2024 15:00:00 +0100</pubDate>
        <description>Den nye brua over Glomma ved Elverum åpner for trafikk 15. mai, to uker før planen.</description></item>
        <item><title>Ny bru over Glomma åpner i mai</title>
        <link>https://www.dalensavis.example/nyheter/ny-bru-over-glomma</link><guid isPermaLink="false">da-17</guid>
        <pubDate>Mon, 11 Mar 2024 14:20:00 +0100</pubDate>
        <description>Den nye brua over Glomma ved Elverum åpner for trafikk 15. mai.</description></item>
        </channel></rss>""";
    FeedSubscription feed = feed(server.serve("/dobbel.rss", feedXml, "application/rss+xml"));
    try (FeedPoller poller = poller(List.of(feed))) {
      FeedPoller.PollReport report = poller.poll(feed);

      assertThat(report.published()).isEqualTo(1);
      assertThat(report.seen()).isEqualTo(1);
    }
    assertThat(publisher.published).extracting(RawArticle::getTitle).containsExactly("Ny bru over Glomma åpner i mai");
  }
}
