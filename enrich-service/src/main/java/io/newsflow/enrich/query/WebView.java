package io.newsflow.enrich.query;

import io.newsflow.runtime.http.HttpEndpoint;
import io.newsflow.runtime.http.Problem;
import io.newsflow.runtime.http.ProblemException;
import io.newsflow.runtime.http.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The web view: three static pages and their script and style, read from {@code /web/} on the
 * class path. The pages render nothing themselves; the script fetches the JSON API, builds the DOM
 * with text nodes only (never HTML from data) and polls, so pages follow the stream without a
 * reload. A strict Content-Security-Policy allows scripts, styles and requests to this origin only.
 */
public final class WebView {
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  private static final Map<String, String> ASSETS = Map.of(
      "app.js", "text/javascript; charset=utf-8",
      "app.css", "text/css; charset=utf-8");

  private final Map<String, byte[]> files = new LinkedHashMap<>();

  private WebView() {
    for (String name : new String[] {"index.html", "article.html", "entity.html", "app.js", "app.css"}) {
      files.put(name, read(name));
    }
  }

  public static void routes(HttpEndpoint http) {
    WebView view = new WebView();
    http.get("/", request -> view.page("index.html"));
    http.get("/articles/{id}", request -> view.page("article.html"));
    http.get("/entities/{id}", request -> view.page("entity.html"));
    http.get("/static/{file}", request -> {
      String file = request.pathParameter("file");
      String type = ASSETS.get(file);
      if (type == null) {
        throw new ProblemException(Problem.of(404, "Not Found", "no static file '" + file + "'"));
      }
      return view.send(file, type);
    });
  }

  private Response page(String name) {
    return send(name, "text/html; charset=utf-8");
  }

  private Response send(String name, String type) {
    return Response.bytes(200, type, files.get(name))
        .withHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .withHeader("Referrer-Policy", "no-referrer")
        .withHeader("Cache-Control", "no-cache");
  }

  private static byte[] read(String name) {
    try (InputStream in = WebView.class.getResourceAsStream("/web/" + name)) {
      if (in == null) {
        throw new IllegalStateException("web view file /web/" + name + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
