package io.newsflow.runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A container health check without curl: exits 0 when the URL answers 2xx within five seconds,
 * 1 otherwise. The service images are distroless (no shell, no curl), so Compose runs this on the
 * image's own JVM.
 */
public final class HealthProbe {
  private HealthProbe() {}

  public static void main(String[] args) {
    String url = args.length > 0 ? args[0] : "http://localhost:8080/health/ready";
    try {
      HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
          .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.discarding());
      System.exit(response.statusCode() / 100 == 2 ? 0 : 1);
    } catch (Exception e) {
      System.exit(1);
    }
  }
}
