package io.newsflow.ingest.feeds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The full text of the page a feed entry links to, for feeds that carry only a teaser. A page that
 * cannot be fetched or has no article in it gives empty: the entry is then published with its
 * summary, as the feed gave it.
 */
public final class PageFetcher {
  private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)");

  private final Downloads downloads;

  public PageFetcher(Downloads downloads) {
    this.downloads = downloads;
  }

  /** The main text of the page at {@code link}, or why there is none. */
  public Optional<String> mainText(URI link) throws IOException {
    Downloads.Response response = downloads.get(link, Map.of("Accept", "text/html, application/xhtml+xml"));
    if (response.status() != 200) {
      throw new IOException("the page answered HTTP " + response.status());
    }
    String type = response.headers().firstValue("Content-Type").orElse("text/html").toLowerCase(Locale.ROOT);
    if (!type.contains("html")) {
      throw new IOException("the page is " + type + ", not HTML");
    }
    Matcher charset = CHARSET.matcher(type);
    // Without a charset in the header jsoup reads the page's own <meta charset>, else UTF-8.
    Document page = Jsoup.parse(new ByteArrayInputStream(response.body()), charset.find() ? charset.group(1) : null,
        response.uri().toString());
    return MainText.of(page);
  }
}
