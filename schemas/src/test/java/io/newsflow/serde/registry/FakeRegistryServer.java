package io.newsflow.serde.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;

/**
 * A schema registry REST endpoint for tests: Confluent's request and answer shapes and error codes, backed by a
 * {@link MockSchemaRegistryClient}. It records every request and can be told to answer the next ones with a
 * canned failure.
 */
public final class FakeRegistryServer implements AutoCloseable {

    /** One request as the server saw it. */
    public record Request(String method, String rawPathAndQuery, Optional<String> contentType,
            Optional<String> authorization, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VERSIONS = Pattern.compile("/subjects/([^/]+)/versions");
    private static final Pattern LATEST = Pattern.compile("/subjects/([^/]+)/versions/latest");
    private static final Pattern SUBJECT = Pattern.compile("/subjects/([^/]+)");
    private static final Pattern SCHEMA_ID = Pattern.compile("/schemas/ids/(-?\\d+)");
    private static final Pattern COMPATIBILITY = Pattern.compile("/compatibility/subjects/([^/]+)/versions/latest");
    private static final Pattern SUBJECT_CONFIG = Pattern.compile("/config/([^/]+)");

    private final MockSchemaRegistryClient backing;
    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<int[]> cannedStatuses = new ArrayDeque<>();
    private final Deque<String> cannedBodies = new ArrayDeque<>();

    public FakeRegistryServer(MockSchemaRegistryClient backing) throws IOException {
        this.backing = backing;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public FakeRegistryServer() throws IOException {
        this(new MockSchemaRegistryClient());
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public MockSchemaRegistryClient backing() {
        return backing;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Answers the next request with this status and body instead of handling it. */
    public synchronized void failNext(int status, String body) {
        cannedStatuses.add(new int[] {status});
        cannedBodies.add(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String rawQuery = exchange.getRequestURI().getRawQuery();
        String rawPath = exchange.getRequestURI().getRawPath();
        requests.add(new Request(exchange.getRequestMethod(), rawPath + (rawQuery == null ? "" : "?" + rawQuery),
                Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")),
                Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")), body));
        synchronized (this) {
            if (!cannedStatuses.isEmpty()) {
                respond(exchange, cannedStatuses.poll()[0], cannedBodies.poll());
                return;
            }
        }
        try {
            Answer answer = answer(exchange.getRequestMethod(), rawPath, body);
            respond(exchange, answer.status(), answer.body().toString());
        } catch (IncompatibleSchemaException e) {
            respond(exchange, 409, error(409, e.getMessage()).toString());
        } catch (UnknownSchemaIdException e) {
            respond(exchange, 404, error(40403, "Schema " + e.schemaId() + " not found").toString());
        }
    }

    private Answer answer(String method, String rawPath, String body) throws IOException {
        Matcher m;
        if (method.equals("POST") && (m = VERSIONS.matcher(rawPath)).matches()) {
            int id = backing.register(decode(m.group(1)), schemaIn(body));
            return ok(JSON.createObjectNode().put("id", id));
        }
        if (method.equals("GET") && (m = LATEST.matcher(rawPath)).matches()) {
            return backing.latest(decode(m.group(1))).map(this::registered)
                    .orElseGet(() -> new Answer(404, error(40401, "Subject not found")));
        }
        if (method.equals("POST") && (m = SUBJECT.matcher(rawPath)).matches()) {
            String subject = decode(m.group(1));
            if (backing.latest(subject).isEmpty()) {
                return new Answer(404, error(40401, "Subject '" + subject + "' not found."));
            }
            return backing.lookup(subject, schemaIn(body)).map(this::registered)
                    .orElseGet(() -> new Answer(404, error(40403, "Schema not found")));
        }
        if (method.equals("GET") && (m = SCHEMA_ID.matcher(rawPath)).matches()) {
            return ok(JSON.createObjectNode().put("schema", backing.schemaById(Integer.parseInt(m.group(1))).toString()));
        }
        if (method.equals("POST") && (m = COMPATIBILITY.matcher(rawPath)).matches()) {
            String subject = decode(m.group(1));
            if (backing.latest(subject).isEmpty()) {
                return new Answer(404, error(40401, "Subject '" + subject + "' not found."));
            }
            CompatibilityCheck check = backing.testCompatibility(subject, schemaIn(body));
            ObjectNode answer = JSON.createObjectNode().put("is_compatible", check.isCompatible());
            check.incompatibilities().forEach(answer.putArray("messages")::add);
            return ok(answer);
        }
        if (rawPath.equals("/config")) {
            if (method.equals("PUT")) {
                backing.setCompatibility(CompatibilityLevel.parse(JSON.readTree(body).get("compatibility").asText()));
                return ok((ObjectNode) JSON.readTree(body));
            }
            return ok(JSON.createObjectNode().put("compatibilityLevel", backing.compatibility().name()));
        }
        if ((m = SUBJECT_CONFIG.matcher(rawPath)).matches()) {
            String subject = decode(m.group(1));
            if (method.equals("PUT")) {
                backing.setCompatibility(subject, CompatibilityLevel.parse(JSON.readTree(body).get("compatibility").asText()));
                return ok((ObjectNode) JSON.readTree(body));
            }
            return ok(JSON.createObjectNode().put("compatibilityLevel", backing.compatibility(subject).name()));
        }
        return new Answer(404, error(404, "HTTP 404 Not Found"));
    }

    private Answer registered(RegisteredSchema registered) {
        return ok(JSON.createObjectNode().put("subject", registered.subject()).put("version", registered.version())
                .put("id", registered.id()).put("schema", registered.schema().toString()));
    }

    private static Schema schemaIn(String body) throws IOException {
        JsonNode request = JSON.readTree(body);
        return new Schema.Parser().parse(request.get("schema").asText());
    }

    private static ObjectNode error(int code, String message) {
        return JSON.createObjectNode().put("error_code", code).put("message", message);
    }

    private static Answer ok(ObjectNode body) {
        return new Answer(200, body);
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/vnd.schemaregistry.v1+json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private record Answer(int status, ObjectNode body) {
    }
}
