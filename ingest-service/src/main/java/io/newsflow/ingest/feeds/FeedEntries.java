package io.newsflow.ingest.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newsflow.ingest.ArticleIds;
import io.newsflow.nlp.text.HtmlText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * The entries of an RSS (0.9x, 1.0, 2.0) or Atom document, each as the JSON article
 * {@code POST /articles} takes: the title, the link as URL (so the article gets the id it would get
 * from any other path), the full content or else the summary as body (HTML kept as
 * {@code text/html}), the published or else updated date, and author, categories and feed in the
 * metadata. The feed's title stands in for the outlet and its language for the article's.
 */
public final class FeedEntries {
  /**
   * An entry with no full content and a summary shorter than this (in characters of text) is a
   * teaser: its linked page holds the article.
   */
  public static final int SHORT_SUMMARY_CHARS = 1_200;

  private static final ObjectMapper JSON = new ObjectMapper();

  private FeedEntries() {}

  /**
   * One entry of a feed.
   *
   * @param keys        what identifies the entry across polls and restarts: its GUID and its canonical URL
   * @param article     the article as {@code POST /articles} takes it
   * @param link        the page the entry points to
   * @param summaryOnly whether the body is only a short summary of that page
   * @param label       how logs name the entry
   */
  public record FeedEntry(List<String> keys, ObjectNode article, Optional<URI> link, boolean summaryOnly,
      String label) {}

  /** The document could not be read as a feed. */
  public static final class NotAFeedException extends IOException {
    NotAFeedException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The entries of {@code document}, oldest first.
   *
   * @param source where the document came from: scopes GUIDs that are not globally unique
   */
  public static List<FeedEntry> parse(byte[] document, URI source) throws NotAFeedException {
    SyndFeed feed;
    // XmlReader honours the encoding the document and its prolog declare; Rome refuses DOCTYPEs (no XXE).
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(document))) {
      feed = new SyndFeedInput().build(reader);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new NotAFeedException("not an RSS or Atom feed: " + e.getMessage(), e);
    }
    Optional<String> outlet = text(feed.getTitle());
    // The language element is free text in practice ("Norsk"); only a language tag is passed on.
    Optional<String> language = text(feed.getLanguage())
        .filter(l -> l.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*"));
    List<FeedEntry> entries = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      entries.add(entry(entry, source, outlet, language));
    }
    // Oldest first, so that of two copies of a story the earlier is the original; undated entries keep
    // their place after the dated ones (the sort is stable).
    entries.sort(Comparator.comparing((FeedEntry e) -> e.article().path("published_at").asText(""),
        Comparator.comparing(String::isEmpty).thenComparing(d -> d.isEmpty() ? Instant.MAX : Instant.parse(d))));
    return List.copyOf(entries);
  }

  private static FeedEntry entry(SyndEntry entry, URI source, Optional<String> outlet, Optional<String> language) {
    Optional<URI> link = text(entry.getLink()).or(() -> text(entry.getUri()).filter(u -> u.startsWith("http")))
        .flatMap(l -> absolute(source, l));
    Optional<SyndContent> content = entry.getContents().stream()
        .filter(c -> c.getValue() != null && !c.getValue().isBlank()).findFirst();
    Optional<SyndContent> body = content.or(() -> Optional.ofNullable(entry.getDescription())
        .filter(d -> d.getValue() != null && !d.getValue().isBlank()));
    boolean html = body.map(FeedEntries::isHtml).orElse(false);
    String bodyText = body.map(SyndContent::getValue).orElse("");
    boolean summaryOnly = content.isEmpty()
        && (html ? HtmlText.plainText(bodyText) : bodyText).strip().length() < SHORT_SUMMARY_CHARS;

    ObjectNode article = JSON.createObjectNode();
    link.ifPresent(l -> article.put("url", l.toString()));
    outlet.ifPresent(o -> article.put("outlet", o));
    text(entry.getTitle()).map(t -> Jsoup.parse(t).text()).ifPresent(t -> article.put("title", t));
    article.put("body", bodyText);
    article.put("content_type", html ? "text/html" : "text/plain");
    language.ifPresent(l -> article.put("language", l));
    Optional.ofNullable(entry.getPublishedDate()).or(() -> Optional.ofNullable(entry.getUpdatedDate()))
        .map(Date::toInstant).ifPresent(d -> article.put("published_at", d.toString()));
    ObjectNode metadata = article.putObject("metadata");
    metadata.put("feed", source.toString());
    text(entry.getAuthor()).ifPresent(a -> metadata.put("author", a));
    String categories = entry.getCategories().stream().map(SyndCategory::getName)
        .flatMap(n -> text(n).stream()).collect(Collectors.joining(", "));
    if (!categories.isEmpty()) {
      metadata.put("categories", categories);
    }
    Optional<String> guid = text(entry.getUri());
    guid.ifPresent(g -> metadata.put("guid", g));

    Set<String> keys = new LinkedHashSet<>();
    // A GUID like "12345" is unique within its feed only; a URL or URN GUID is unique everywhere.
    guid.ifPresent(g -> keys.add("guid:" + (g.contains(":") ? g : source + "#" + g)));
    link.ifPresent(l -> keys.add("url:" + ArticleIds.normalizeUrl(l.toString())));
    if (keys.isEmpty()) {
      // Neither GUID nor link: the entry is known by its words alone.
      keys.add("text:" + ArticleIds.of(Optional.empty(), Optional.empty(), outlet, article.path("title").asText(),
          bodyText));
    }
    String label = text(entry.getTitle()).map(t -> "«" + t + "»").orElse(link.map(URI::toString).orElse("(untitled)"));
    return new FeedEntry(List.copyOf(keys), article, link, summaryOnly, label);
  }

  /** Rome reports RSS descriptions as {@code text/html} and Atom content as {@code html}, {@code xhtml} or {@code text}. */
  private static boolean isHtml(SyndContent content) {
    String type = Optional.ofNullable(content.getType()).orElse("text/html").toLowerCase(Locale.ROOT);
    return type.contains("html");
  }

  private static Optional<URI> absolute(URI base, String link) {
    try {
      URI uri = base.resolve(link.strip());
      return uri.getScheme() != null && uri.getScheme().startsWith("http") ? Optional.of(uri) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(String s) {
    return Optional.ofNullable(s).map(String::strip).filter(v -> !v.isEmpty());
  }
}
