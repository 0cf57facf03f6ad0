package io.newsflow.ingest.feeds;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A publisher's web server on loopback, as feed readers meet it: documents with an ETag and a
 * Last-Modified date, 304 when the reader sends them back, and whatever status a test asks for.
 */
public final class FeedServer implements AutoCloseable {
  /** One request as the server saw it, and the status it answered. */
  public record Hit(String path, Optional<String> ifNoneMatch, Optional<String> ifModifiedSince, int status) {}

  private record Document(byte[] body, String type, String etag, int status) {}

  private static final String LAST_MODIFIED = "Thu, 14 Mar 2024 08:30:00 GMT";

  private final HttpServer server;
  private final Map<String, Document> documents = new ConcurrentHashMap<>();
  public final List<Hit> hits = new CopyOnWriteArrayList<>();

  public FeedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      Optional<String> ifNoneMatch = Optional.ofNullable(exchange.getRequestHeaders().getFirst("If-None-Match"));
      Optional<String> ifModifiedSince =
          Optional.ofNullable(exchange.getRequestHeaders().getFirst("If-Modified-Since"));
      Document doc = documents.get(path);
      int status = doc == null ? 404 : doc.status() != 200 ? doc.status()
          : ifNoneMatch.filter(doc.etag()::equals).isPresent() ? 304 : 200;
      // Recorded before answering: the client may assert on hits as soon as it has the answer.
      hits.add(new Hit(path, ifNoneMatch, ifModifiedSince, status));
      if (status != 200) {
        exchange.sendResponseHeaders(status, -1);
      } else {
        exchange.getResponseHeaders().add("Content-Type", doc.type());
        exchange.getResponseHeaders().add("ETag", doc.etag());
        exchange.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
        exchange.sendResponseHeaders(status, doc.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(doc.body());
        }
      }
      exchange.close();
    });
    server.start();
  }

  /** Serves the test resource {@code resource} at {@code path}. */
  public URI serveResource(String path, String resource, String type) {
    try (InputStream in = FeedServer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return serve(path, in.readAllBytes(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serves {@code body} at {@code path}, with an ETag that changes whenever the body does. */
  public URI serve(String path, byte[] body, String type) {
    documents.put(path, new Document(body, type, "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"",
        200));
    return uri(path);
  }

  public URI serve(String path, String body, String type) {
    return serve(path, body.getBytes(StandardCharsets.UTF_8), type);
  }

  /** Answers {@code status} with no body at {@code path}. */
  public URI fail(String path, int status) {
    documents.put(path, new Document(new byte[0], "text/plain", "", status));
    return uri(path);
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public List<Hit> hitsOf(String path) {
    return hits.stream().filter(h -> h.path().equals(path)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
