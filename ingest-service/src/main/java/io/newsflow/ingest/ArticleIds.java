package io.newsflow.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Stable article ids, so that sending the same article twice yields the same key (and the
 * compacted enriched topic keeps one analysis of it). A given id is kept; otherwise the id is a
 * hash of the URL in normal form (lower-case host, no fragment, no tracking parameters), or of
 * outlet, title and body when there is no URL.
 */
public final class ArticleIds {
  private ArticleIds() {}

  public static String of(Optional<String> given, Optional<String> url, Optional<String> outlet, String title,
      String body) {
    if (given.isPresent() && !given.get().isBlank()) {
      return given.get().strip();
    }
    if (url.isPresent() && !url.get().isBlank()) {
      return "url-" + sha256(normalizeUrl(url.get())).substring(0, 24);
    }
    return "text-" + sha256(outlet.orElse("") + "\u0000" + title + "\u0000" + body).substring(0, 24);
  }

  /** The URL in the normal form ids are made from (lower-case scheme and host, no fragment, no tracking parameters). */
  public static String normalizeUrl(String raw) {
    try {
      URI uri = new URI(raw.strip());
      String query = uri.getRawQuery();
      StringJoiner kept = new StringJoiner("&");
      if (query != null) {
        for (String pair : query.split("&")) {
          String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
          if (!(name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid") || name.isEmpty())) {
            kept.add(pair);
          }
        }
      }
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return scheme + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + path
          + (kept.length() > 0 ? "?" + kept : "");
    } catch (URISyntaxException e) {
      return raw.strip();
    }
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
