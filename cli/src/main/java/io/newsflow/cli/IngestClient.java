package io.newsflow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.enrich.ArticleJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A well-behaved client of {@code POST /articles}, as the chaos scenarios need one: an answer of 503
 * is retried after the {@code Retry-After} it carries, with the same article id, until the article
 * is accepted or {@code patience} has passed. Every other answer is final.
 */
final class IngestClient {
  /** The final answer for one article, with how many 503s came before it. */
  record Delivery(String id, int status, int attempts, int unavailable) {
    boolean accepted() {
      return status == 202;
    }
  }

  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI endpoint;
  private final Duration patience;

  IngestClient(int port, Duration patience) {
    this.endpoint = URI.create("http://localhost:" + port + "/articles");
    this.patience = patience;
  }

  Delivery post(String id, String title, String body) throws IOException, InterruptedException {
    ObjectNode article = ArticleJson.JSON.createObjectNode()
        .put("id", id).put("title", title).put("body", body).put("outlet", "chaos").put("language", "nb")
        .put("published_at", "2017-06-16T10:00:00Z");
    HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(article.toString())).build();
    long deadline = System.nanoTime() + patience.toNanos();
    int attempts = 0;
    int unavailable = 0;
    while (true) {
      attempts++;
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 503) {
        return new Delivery(id, response.statusCode(), attempts, unavailable);
      }
      unavailable++;
      Duration wait = response.headers().firstValue("Retry-After").map(IngestClient::seconds)
          .orElseThrow(() -> new IllegalStateException("a 503 without Retry-After for article " + id));
      if (System.nanoTime() + wait.toNanos() > deadline) {
        return new Delivery(id, 503, attempts, unavailable);
      }
      Thread.sleep(wait.toMillis());
    }
  }

  private static Duration seconds(String header) {
    try {
      return Duration.ofSeconds(Long.parseLong(header.strip()));
    } catch (NumberFormatException e) {
      return DEFAULT_RETRY_AFTER; // an HTTP date is allowed too; the default is as good a guess
    }
  }
}
