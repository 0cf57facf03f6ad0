package io.newsflow.serde.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.errors.InterruptException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON over HTTP to a schema registry with several instances: each request goes to the instance that
 * answered last, and on a connection failure, a timeout or a server error (5xx) moves on to the next.
 * A client error (4xx) is the registry's verdict on the request and is thrown at once, as a
 * {@link SchemaRegistryException} carrying the status and the registry's {@code error_code}.
 */
final class RegistryHttp {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT = CONTENT_TYPE
            + ", application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
    private static final Logger LOG = LoggerFactory.getLogger(RegistryHttp.class);

    private final ObjectMapper json;
    private final RegistryClientSettings settings;
    private final HttpClient http;
    private final Optional<String> authorization;
    private final AtomicInteger preferred = new AtomicInteger();

    RegistryHttp(RegistryClientSettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .build();
        this.authorization = settings.userInfo().map(userInfo -> "Basic "
                + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
    }

    JsonNode get(String path) {
        return send("GET", path, Optional.empty());
    }

    JsonNode post(String path, JsonNode body) {
        return send("POST", path, Optional.of(body));
    }

    JsonNode put(String path, JsonNode body) {
        return send("PUT", path, Optional.of(body));
    }

    private JsonNode send(String method, String path, Optional<JsonNode> body) {
        List<URI> urls = settings.urls();
        int first = preferred.get();
        List<String> failures = new ArrayList<>();
        OptionalInt lastStatus = OptionalInt.empty();
        Exception lastCause = null;
        for (int attempt = 0; attempt < urls.size(); attempt++) {
            int index = (first + attempt) % urls.size();
            URI base = urls.get(index);
            try {
                HttpResponse<String> response = http.send(request(method, base, path, body),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status < 500) {
                    preferred.set(index);
                    return answer(method, base, path, status, response.body());
                }
                lastStatus = OptionalInt.of(status);
                lastCause = null;
                failures.add(base + " answered HTTP " + status + errorText(response.body()));
            } catch (IOException e) {
                lastCause = e;
                failures.add(base + " " + describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptException("Interrupted while calling the schema registry at " + base, e);
            }
            if (attempt + 1 < urls.size()) {
                LOG.warn("Schema registry {} failed for {} {} ({}); trying {}", base, method, path,
                        failures.get(failures.size() - 1), urls.get((index + 1) % urls.size()));
            }
        }
        throw new SchemaRegistryUnavailableException(
                "Schema registry unavailable for " + method + " " + path + ": " + String.join("; ", failures),
                lastStatus, lastCause);
    }

    private HttpRequest request(String method, URI base, String path, Optional<JsonNode> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(settings.requestTimeout())
                .header("Accept", ACCEPT);
        authorization.ifPresent(value -> request.header("Authorization", value));
        if (body.isPresent()) {
            request.header("Content-Type", CONTENT_TYPE)
                    .method(method, HttpRequest.BodyPublishers.ofString(body.get().toString(), StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.build();
    }

    private JsonNode answer(String method, URI base, String path, int status, String body) {
        if (status >= 200 && status < 300) {
            try {
                return body.isBlank() ? NullNode.getInstance() : json.readTree(body);
            } catch (JsonProcessingException e) {
                throw new SchemaRegistryException("Schema registry " + base + " answered " + method + " " + path
                        + " with a body that is not JSON: " + abbreviate(body), OptionalInt.of(status), OptionalInt.empty(), e);
            }
        }
        OptionalInt errorCode = OptionalInt.empty();
        String message = abbreviate(body);
        try {
            JsonNode error = json.readTree(body);
            if (error != null && error.hasNonNull("error_code")) {
                errorCode = OptionalInt.of(error.get("error_code").asInt());
                message = error.path("message").asText(message);
            }
        } catch (JsonProcessingException notJson) {
            // Proxies answer errors in HTML; the raw text is the best explanation available.
        }
        String hint = status == 401 || status == 403
                ? " (check the schema registry credentials: basic.auth.user.info)"
                : "";
        throw new SchemaRegistryException("Schema registry " + base + " refused " + method + " " + path + ": HTTP "
                + status + errorCode.stream().mapToObj(code -> " error " + code).findFirst().orElse("") + ": "
                + message + hint, OptionalInt.of(status), errorCode);
    }

    private String errorText(String body) {
        return body.isBlank() ? "" : " (" + abbreviate(body) + ")";
    }

    private static String describe(IOException e) {
        // The JDK client often throws ConnectException without a message; the cause then says what happened.
        Throwable shown = e.getMessage() == null && e.getCause() != null ? e.getCause() : e;
        return "failed: " + shown.getClass().getSimpleName() + (shown.getMessage() == null ? "" : " " + shown.getMessage());
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "...";
    }
}
