package io.newsflow.runtime.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service's HTTP endpoint on the JDK's built-in server: routes with {@code {parameters}},
 * guards, bodies read up to a limit (413 beyond it, without reading the rest), problem responses
 * for every error, and never a stack trace to the client.
 *
 * <p>Requests run on a fixed pool with a bounded queue. When both are full the server's own
 * dispatcher thread runs the request, which stops it accepting more connections: back-pressure
 * instead of an unbounded backlog.
 */
public final class HttpEndpoint implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HttpEndpoint.class);

  /** How much of a refused body is read and dropped so that the client gets its 413. */
  private static final long DRAIN_LIMIT = 8L << 20;
  private final HttpServer server;
  private final ThreadPoolExecutor executor;
  private final List<Route> routes = new ArrayList<>();
  private final long maxBodyBytes;

  private HttpEndpoint(HttpServer server, ThreadPoolExecutor executor, long maxBodyBytes) {
    this.server = server;
    this.executor = executor;
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * An endpoint on {@code port} (0 = any free port) of all interfaces.
   *
   * @param maxBodyBytes the largest request body accepted
   * @param threads request threads; the queue holds ten times as many requests
   */
  public static HttpEndpoint create(String name, int port, long maxBodyBytes, int threads) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 128);
    AtomicInteger counter = new AtomicInteger();
    ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(threads * 10),
        r -> {
          Thread t = new Thread(r, name + "-http-" + counter.incrementAndGet());
          t.setDaemon(true);
          return t;
        },
        new ThreadPoolExecutor.CallerRunsPolicy());
    server.setExecutor(executor);
    HttpEndpoint endpoint = new HttpEndpoint(server, executor, maxBodyBytes);
    server.createContext("/", endpoint::dispatch);
    return endpoint;
  }

  /** Answers {@code method} requests to {@code pattern} ({@code /articles/{id}}) with {@code handler}. */
  public HttpEndpoint route(String method, String pattern, Handler handler, Guard... guards) {
    routes.add(new Route(method.toUpperCase(Locale.ROOT), pattern, handler, List.of(guards)));
    return this;
  }

  public HttpEndpoint get(String pattern, Handler handler, Guard... guards) {
    return route("GET", pattern, handler, guards);
  }

  public HttpEndpoint post(String pattern, Handler handler, Guard... guards) {
    return route("POST", pattern, handler, guards);
  }

  public void start() {
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops accepting, lets requests in flight finish for up to {@code grace}. */
  public void stop(Duration grace) {
    server.stop((int) Math.max(0, grace.toSeconds()));
    executor.shutdown();
    try {
      executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop(Duration.ofSeconds(2));
  }

  /**
   * Whether this request's body has been read to its end. Not an exchange attribute: the JDK's server keeps
   * those per context, shared by all requests, before Java 19.
   */
  private static final class Body {
    boolean read;
  }

  private void dispatch(HttpExchange exchange) {
    Response response;
    Body body = new Body();
    try {
      response = answer(exchange, body);
    } catch (ProblemException e) {
      response = Response.problem(e.problem());
      for (Map.Entry<String, String> h : e.headers().entrySet()) {
        response = response.withHeader(h.getKey(), h.getValue());
      }
    } catch (RuntimeException | IOException e) {
      // The client learns that it was our fault, not what the internals look like.
      LOG.error("request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
      response = Response.problem(Problem.of(500, "Internal Server Error",
          "the request could not be processed; the error is logged"));
    }
    send(exchange, response, body);
  }

  private Response answer(HttpExchange exchange, Body body) throws IOException {
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    String path = exchange.getRequestURI().getRawPath();
    Set<String> allowed = new LinkedHashSet<>();
    for (Route route : routes) {
      Map<String, String> parameters = route.match(path);
      if (parameters == null) {
        continue;
      }
      boolean head = method.equals("HEAD") && route.method.equals("GET");
      if (!route.method.equals(method) && !head) {
        allowed.add(route.method);
        continue;
      }
      Request request = new Request(method, path, parameters, query(exchange), headers(exchange),
          readBody(exchange, body), exchange.getRemoteAddress().getAddress());
      for (Guard guard : route.guards) {
        var refusal = guard.check(request);
        if (refusal.isPresent()) {
          return refusal.get();
        }
      }
      try {
        return route.handler.handle(request);
      } catch (IOException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    if (!allowed.isEmpty()) {
      if (allowed.contains("GET")) {
        allowed.add("HEAD");
      }
      String allow = String.join(", ", allowed);
      return Response.problem(Problem.of(405, "Method Not Allowed",
          method + " is not supported here; use " + allow)).withHeader("Allow", allow);
    }
    return Response.problem(Problem.of(404, "Not Found", "no resource at " + path));
  }

  private byte[] readBody(HttpExchange exchange, Body state) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      long length;
      try {
        length = Long.parseLong(declared.trim());
      } catch (NumberFormatException e) {
        throw new ProblemException(Problem.of(400, "Bad Request", "Content-Length is not a number"));
      }
      if (length > maxBodyBytes) {
        if (length - maxBodyBytes <= DRAIN_LIMIT) {
          try (InputStream in = exchange.getRequestBody()) {
            drain(state, in);
          }
        }
        throw tooLarge(length);
      }
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
      if (body.length > maxBodyBytes) {
        drain(state, in);
        throw tooLarge(-1);
      }
      state.read = true;
      return body;
    }
  }

  /**
   * Reads and drops the rest of a refused body, up to {@link #DRAIN_LIMIT} bytes: a client that is still
   * sending when the server closes gets a reset and never reads the 413 (TCP discards what it had not read).
   */
  private static void drain(Body state, InputStream in) throws IOException {
    byte[] buffer = new byte[8192];
    long left = DRAIN_LIMIT;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        state.read = true;
        return;
      }
      left -= n;
    }
  }

  private ProblemException tooLarge(long length) {
    return new ProblemException(Problem.of(413, "Content Too Large",
            "the request body " + (length >= 0 ? "has " + length + " bytes; " : "is larger than ")
                + "the limit is " + maxBodyBytes + " bytes")
        .with("limit", maxBodyBytes));
  }

  private static void send(HttpExchange exchange, Response response, Body body) {
    try (exchange) {
      response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
      if (!body.read && declaresBody(exchange)) {
        // A body refused unread (413 on its Content-Length, 404) leaves bytes on the connection, and the
        // server closes it after answering; without saying so, a keep-alive client sends its next request
        // down the closing connection and gets a reset instead of an answer.
        exchange.getResponseHeaders().set("Connection", "close");
      }
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
      long length = head || response.body().length == 0 ? -1 : response.body().length;
      exchange.sendResponseHeaders(response.status(), length);
      if (!head && response.body().length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(response.body());
        }
      }
    } catch (IOException e) {
      LOG.debug("client went away before the response was sent: {}", e.toString());
    }
  }

  private static boolean declaresBody(HttpExchange exchange) {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    return exchange.getRequestHeaders().containsKey("Transfer-Encoding")
        || length != null && !length.strip().equals("0");
  }

  private static Map<String, List<String>> headers(HttpExchange exchange) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    return out;
  }

  private static Map<String, List<String>> query(HttpExchange exchange) {
    String raw = exchange.getRequestURI().getRawQuery();
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = decode(eq >= 0 ? pair.substring(0, eq) : pair);
      String value = eq >= 0 ? decode(pair.substring(eq + 1)) : "";
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.of(400, "Bad Request", "malformed percent-encoding in the query"));
    }
  }

  private static final class Route {
    final String method;
    final String[] segments;
    final Handler handler;
    final List<Guard> guards;

    Route(String method, String pattern, Handler handler, List<Guard> guards) {
      this.method = method;
      this.segments = pattern.split("/", -1);
      this.handler = handler;
      this.guards = guards;
    }

    /** The path parameters if {@code path} matches, else null. */
    Map<String, String> match(String path) {
      String[] parts = path.split("/", -1);
      if (parts.length != segments.length) {
        return null;
      }
      Map<String, String> parameters = new LinkedHashMap<>();
      for (int i = 0; i < parts.length; i++) {
        String segment = segments[i];
        if (segment.startsWith("{") && segment.endsWith("}")) {
          if (parts[i].isEmpty()) {
            return null;
          }
          // in a path '+' is a plus sign, not the space it means in a query
          parameters.put(segment.substring(1, segment.length() - 1), decode(parts[i].replace("+", "%2B")));
        } else if (!segment.equals(parts[i])) {
          return null;
        }
      }
      return parameters;
    }
  }
}
