package io.newsflow.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HttpEndpointTest {
  private static HttpEndpoint endpoint;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final Health HEALTH = new Health();
  private static volatile boolean ready;

  @BeforeAll
  static void start() throws Exception {
    endpoint = HttpEndpoint.create("test", 0, 100, 2);
    endpoint.get("/articles/{id}", r -> Response.json(200, Map.of("id", r.pathParameter("id"))));
    endpoint.post("/articles", r -> Response.json(202, Map.of("bytes", r.body().length)),
        new BearerTokenGuard("letmein"));
    endpoint.post("/limited", r -> Response.json(200, Map.of()), new RateLimitGuard(1, 2));
    endpoint.get("/boom", r -> {
      throw new IllegalStateException("internal detail");
    });
    HEALTH.add("streams", () -> ready ? Health.Status.up("RUNNING") : Health.Status.down("REBALANCING"));
    HEALTH.routes(endpoint);
    Metrics metrics = new Metrics("test");
    metrics.registry().counter("newsflow_articles_in").increment();
    metrics.routes(endpoint);
    endpoint.start();
  }

  @AfterAll
  static void stop() {
    endpoint.close();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder at(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + endpoint.port() + path));
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return Response.JSON.readTree(response.body());
  }

  @Test
  void shouldRouteWithPathParameters() throws Exception {
    HttpResponse<String> response = send(at("/articles/vg%3A123+x"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("id").asText()).isEqualTo("vg:123+x");
  }

  @Test
  void shouldAnswerUnknownPathsAndMethodsWithProblems() throws Exception {
    HttpResponse<String> missing = send(at("/nothing"));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("content-type")).contains("application/problem+json");
    assertThat(json(missing).get("title").asText()).isEqualTo("Not Found");

    HttpResponse<String> delete = send(at("/articles/1").DELETE());
    assertThat(delete.statusCode()).isEqualTo(405);
    assertThat(delete.headers().firstValue("allow")).contains("GET, HEAD");
  }

  @Test
  void shouldRequireTheBearerToken() throws Exception {
    HttpRequest.Builder post = at("/articles").POST(HttpRequest.BodyPublishers.ofString("{}"));
    assertThat(send(post).statusCode()).isEqualTo(401);
    assertThat(send(post.header("Authorization", "Bearer wrong")).statusCode()).isEqualTo(401);
    HttpResponse<String> ok = send(at("/articles").header("Authorization", "Bearer letmein")
        .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(ok.statusCode()).isEqualTo(202);
  }

  @Test
  void shouldRefuseBodiesOverTheLimitWith413() throws Exception {
    HttpResponse<String> response = send(at("/articles").header("Authorization", "Bearer letmein")
        .POST(HttpRequest.BodyPublishers.ofString("x".repeat(101))));
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(json(response).get("limit").asLong()).isEqualTo(100);
  }

  @Test
  void shouldAnswerAnOversizedBodyWith413AndKeepServingTheClient() throws Exception {
    // 100 kB is more than the server drains by itself: refused unread, the client got a reset, not the 413
    HttpResponse<String> refused = send(at("/articles").header("Authorization", "Bearer letmein")
        .POST(HttpRequest.BodyPublishers.ofString("x".repeat(100_000))));
    assertThat(refused.statusCode()).isEqualTo(413);
    for (int i = 0; i < 20; i++) {
      assertThat(send(at("/articles/a" + i)).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void shouldTellTheClientToCloseWhenABodyWasLeftUnread() throws Exception {
    assertThat(rawResponse("POST /nowhere HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\nabc"))
        .startsWith("HTTP/1.1 404").containsIgnoringCase("\r\nConnection: close\r\n");
    assertThat(rawResponse("POST /articles HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer letmein\r\n"
        + "Content-Length: 3\r\n\r\nabc")).startsWith("HTTP/1.1 202").doesNotContainIgnoringCase("Connection: close");
  }

  /** The status line and headers the endpoint sends for {@code request}, as they come over the wire. */
  private static String rawResponse(String request) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("localhost", endpoint.port())) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      StringBuilder head = new StringBuilder();
      java.io.InputStream in = socket.getInputStream();
      while (head.indexOf("\r\n\r\n") < 0) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        head.append((char) b);
      }
      return head.toString();
    }
  }

  @Test
  void shouldLimitTheRatePerClient() throws Exception {
    int tooMany = 0;
    String retryAfter = null;
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> r = send(at("/limited").POST(HttpRequest.BodyPublishers.noBody()));
      if (r.statusCode() == 429) {
        tooMany++;
        retryAfter = r.headers().firstValue("retry-after").orElse(null);
      }
    }
    assertThat(tooMany).isGreaterThanOrEqualTo(2);
    assertThat(retryAfter).isNotNull();
  }

  @Test
  void shouldHideInternalErrorsFromClients() throws Exception {
    HttpResponse<String> response = send(at("/boom"));
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).doesNotContain("internal detail").doesNotContain("Exception");
  }

  @Test
  void shouldReportReadinessFromItsChecks() throws Exception {
    ready = false;
    assertThat(send(at("/health/live")).statusCode()).isEqualTo(200);
    HttpResponse<String> notReady = send(at("/health/ready"));
    assertThat(notReady.statusCode()).isEqualTo(503);
    assertThat(json(notReady).at("/checks/streams/detail").asText()).isEqualTo("REBALANCING");
    ready = true;
    assertThat(send(at("/health/ready")).statusCode()).isEqualTo(200);
  }

  @Test
  void shouldExposePrometheusMetrics() throws Exception {
    HttpResponse<String> response = send(at("/metrics"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("newsflow_articles_in_total{service=\"test\"} 1.0")
        .contains("jvm_memory_used_bytes");
  }
}
