package io.newsflow.ingest.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

/**
 * HTTP GETs with a deadline and a size limit, for feeds and the pages they link to. Redirects are
 * followed (the JDK client follows up to five, never from https to http); bodies are read only up
 * to the limit, so a misconfigured or hostile server cannot fill the heap.
 */
public final class Downloads {
  static final String USER_AGENT = "newsflow-ingest/0.1 (feed reader)";

  private final HttpClient client;
  private final Duration timeout;
  private final long maxBytes;

  public Downloads(Duration timeout, long maxBytes) {
    this(HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build(),
        timeout, maxBytes);
  }

  Downloads(HttpClient client, Duration timeout, long maxBytes) {
    this.client = client;
    this.timeout = timeout;
    this.maxBytes = maxBytes;
  }

  /** What a server answered, the body read whole. */
  public record Response(int status, HttpHeaders headers, byte[] body, URI uri) {}

  /** A download that did not complete: no answer, too slow, or too large. */
  public static final class DownloadException extends IOException {
    public DownloadException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  public Response get(URI uri, Map<String, String> headers) throws DownloadException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
        .header("User-Agent", USER_AGENT);
    headers.forEach(request::header);
    HttpResponse<InputStream> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new DownloadException("no answer within " + timeout.toSeconds() + " s", e);
    } catch (IOException e) {
      throw new DownloadException("cannot connect: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DownloadException("interrupted", e);
    }
    try (InputStream in = response.body()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (body.length > maxBytes) {
        throw new DownloadException("the body is larger than the limit of " + maxBytes + " bytes", null);
      }
      return new Response(response.statusCode(), response.headers(), body, response.uri());
    } catch (DownloadException e) {
      throw e;
    } catch (IOException e) {
      throw new DownloadException("the body broke off: " + e, e);
    }
  }
}
