package io.newsflow.localstack.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A bare HTTP client for the registry's REST API, sending what Confluent's Java client sends. */
final class RegistryClient {

    /** A response: status, content type and the body, raw and (when it is JSON) parsed. */
    record Response(int status, String contentType, String body) {

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }

        int errorCode() {
            return json().path("error_code").asInt();
        }

        String message() {
            return json().path("message").asText();
        }
    }

    static final String V1_JSON = "application/vnd.schemaregistry.v1+json";
    private static final String CONFLUENT_ACCEPT =
            "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    RegistryClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Response get(String path) {
        return send(request(path).GET());
    }

    Response delete(String path) {
        return send(request(path).DELETE());
    }

    Response post(String path, String body) {
        return send(request(path).header("Content-Type", V1_JSON).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Response put(String path, String body) {
        return send(request(path).header("Content-Type", V1_JSON).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60)).header("Accept", CONFLUENT_ACCEPT);
    }

    /** Registers {@code schema} under {@code subject} and returns the id, failing on any error. */
    int register(String subject, String schema) {
        Response response = post("/subjects/" + subject + "/versions", schemaBody(schema));
        if (response.status() != 200) {
            throw new AssertionError("Registering under " + subject + " failed: " + response);
        }
        return response.json().get("id").asInt();
    }

    /** {@code {"schema": "<schema>"}}, the body Confluent's client posts. */
    static String schemaBody(String schema) {
        return MAPPER.createObjectNode().put("schema", schema).toString();
    }
}
