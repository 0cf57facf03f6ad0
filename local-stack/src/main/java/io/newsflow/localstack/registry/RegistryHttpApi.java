package io.newsflow.localstack.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newsflow.localstack.registry.RegistryState.Filter;
import io.newsflow.localstack.registry.SchemaRegistry.CompatibilityVerdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confluent Schema Registry's REST API (v1) over {@link SchemaRegistry}: routing, JSON bodies,
 * content types and Confluent's error bodies {@code {"error_code": ..., "message": ...}}.
 *
 * <p>Responses are {@value #V1_JSON} unless the client accepts only {@code application/json}.
 * Request bodies may be sent as {@value #V1_JSON}, {@code application/vnd.schemaregistry+json},
 * {@code application/json} or {@code application/octet-stream}, as Confluent accepts them.
 */
final class RegistryHttpApi implements HttpHandler {

    static final String V1_JSON = "application/vnd.schemaregistry.v1+json";
    private static final String JSON = "application/json";
    private static final Set<String> ACCEPTED_REQUEST_TYPES = Set.of(
            V1_JSON, "application/vnd.schemaregistry+json", JSON, "application/octet-stream");

    private static final long DRAIN_LIMIT_BYTES = 16L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(RegistryHttpApi.class);

    private final SchemaRegistry registry;
    private final ObjectMapper json;
    private final int maxRequestBytes;

    RegistryHttpApi(SchemaRegistry registry, ObjectMapper json, int maxRequestBytes) {
        this.registry = registry;
        this.json = json;
        this.maxRequestBytes = maxRequestBytes;
    }

    /** A reply ready to send: status, encoded body (JSON, or the bare schema for {@code /schema}) and extra headers. */
    private record Reply(int status, byte[] body, Map<String, String> headers) {

        static Reply json(ObjectMapper mapper, Object body) {
            try {
                return new Reply(200, mapper.writeValueAsBytes(body), Map.of());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot serialise a reply", e);
            }
        }

        static Reply raw(String body) {
            return new Reply(200, body.getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Reply reply = reply(exchange);
            drainRequestBody(exchange);
            send(exchange, reply, responseType(exchange.getRequestHeaders().getFirst("Accept")));
        }
    }

    /**
     * Reads what is left of the request body (up to {@value #DRAIN_LIMIT_BYTES} bytes) before
     * answering. A refused request (too large, wrong type, unknown path) is answered without reading
     * its body, and closing a socket with unread input resets the connection, so the client would
     * lose the error body.
     */
    private static void drainRequestBody(HttpExchange exchange) {
        try (InputStream body = exchange.getRequestBody()) {
            byte[] buffer = new byte[8192];
            long drained = 0;
            int read;
            while (drained < DRAIN_LIMIT_BYTES && (read = body.read(buffer)) > 0) {
                drained += read;
            }
        } catch (IOException e) {
            // The client went away; there is nobody left to answer.
        }
    }

    private Reply reply(HttpExchange exchange) throws IOException {
        try {
            return route(exchange);
        } catch (RegistryException e) {
            if (e.httpStatus() >= 500) {
                log.warn("{} {} failed: {}", exchange.getRequestMethod(), exchange.getRequestURI(), e.getMessage());
                log.debug("Cause of the failure", e);
            }
            return error(e.httpStatus(), e.errorCode(), e.getMessage(), Map.of());
        } catch (MethodNotAllowed e) {
            return error(405, 405, "HTTP 405 Method Not Allowed", Map.of("Allow", String.join(", ", e.allowed)));
        } catch (RuntimeException e) {
            log.error("{} {} failed unexpectedly", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            return error(500, 500, "Internal Server Error: " + e.getMessage(), Map.of());
        }
    }

    private Reply route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        List<String> path = RequestUrl.segments(exchange.getRequestURI().getRawPath());
        Map<String, String> query = RequestUrl.query(exchange.getRequestURI().getRawQuery());
        if (path.isEmpty()) {
            allow(method, "GET");
            return ok(json.createObjectNode());
        }
        return switch (path.get(0)) {
            case "schemas" -> schemas(method, path, query);
            case "subjects" -> subjects(exchange, method, path, query);
            case "config" -> config(exchange, method, path, query);
            case "compatibility" -> compatibility(exchange, method, path, query);
            case "mode" -> mode(method, path);
            default -> throw notFound();
        };
    }

    private Reply schemas(String method, List<String> path, Map<String, String> query) {
        if (path.size() == 2 && path.get(1).equals("types")) {
            allow(method, "GET");
            return ok(registry.schemaTypes());
        }
        if (path.size() < 3 || path.size() > 4 || !path.get(1).equals("ids")) {
            throw notFound();
        }
        allow(method, "GET");
        int id = schemaId(path.get(2));
        if (path.size() == 3) {
            ObjectNode body = json.createObjectNode().put("schema", registry.schema(id));
            if (flag(query, "fetchMaxId")) {
                body.put("maxId", registry.maxId());
            }
            return ok(body);
        }
        boolean deleted = flag(query, "deleted");
        return switch (path.get(3)) {
            case "schema" -> Reply.raw(registry.schema(id));
            case "versions" -> ok(registry.usesOf(id, deleted).stream()
                    .map(use -> json.createObjectNode().put("subject", use.subject()).put("version", use.version()))
                    .toList());
            case "subjects" -> ok(registry.usesOf(id, deleted).stream().map(SchemaVersion::subject).distinct().toList());
            default -> throw notFound();
        };
    }

    private Reply subjects(HttpExchange exchange, String method, List<String> path, Map<String, String> query) throws IOException {
        Filter filter = Filter.of(flag(query, "deleted"), flag(query, "deletedOnly"));
        if (path.size() == 1) {
            allow(method, "GET");
            return ok(registry.subjects(filter, Optional.ofNullable(query.get("subjectPrefix"))));
        }
        String subject = path.get(1);
        if (path.size() == 2) {
            allow(method, "POST", "DELETE");
            if (method.equals("POST")) {
                return ok(versionBody(registry.lookUp(subject, submission(exchange), flag(query, "deleted"))));
            }
            return ok(registry.deleteSubject(subject, flag(query, "permanent")));
        }
        if (!path.get(2).equals("versions") || path.size() > 5) {
            throw notFound();
        }
        if (path.size() == 3) {
            allow(method, "GET", "POST");
            if (method.equals("POST")) {
                return ok(json.createObjectNode().put("id", registry.register(subject, submission(exchange))));
            }
            return ok(registry.versions(subject, filter));
        }
        String version = path.get(3);
        if (path.size() == 4) {
            allow(method, "GET", "DELETE");
            if (method.equals("DELETE")) {
                return ok(registry.deleteVersion(subject, version, flag(query, "permanent")));
            }
            return ok(versionBody(registry.version(subject, version, flag(query, "deleted"))));
        }
        String aspect = path.get(4);
        if (!aspect.equals("schema") && !aspect.equals("referencedby")) {
            throw notFound();
        }
        allow(method, "GET");
        if (aspect.equals("referencedby")) {
            registry.version(subject, version, true);
            // Schema references are not supported, so no schema can refer to this one.
            return ok(List.of());
        }
        return Reply.raw(registry.version(subject, version, flag(query, "deleted")).schema());
    }

    private Reply config(HttpExchange exchange, String method, List<String> path, Map<String, String> query) throws IOException {
        if (path.size() > 2) {
            throw notFound();
        }
        Optional<String> subject = path.size() == 2 ? Optional.of(path.get(1)) : Optional.empty();
        allow(method, "GET", "PUT", "DELETE");
        switch (method) {
            case "GET" -> {
                CompatibilityLevel level = subject.isPresent()
                        ? registry.subjectCompatibility(subject.get(), flag(query, "defaultToGlobal"))
                        : registry.globalCompatibility();
                return ok(json.createObjectNode().put("compatibilityLevel", level.name()));
            }
            case "PUT" -> {
                JsonNode body = requiredBody(exchange);
                String requested = Optional.ofNullable(body.get("compatibility"))
                        .or(() -> Optional.ofNullable(body.get("compatibilityLevel")))
                        .filter(JsonNode::isTextual)
                        .map(JsonNode::asText)
                        .orElseThrow(RegistryException::invalidCompatibilityLevel);
                CompatibilityLevel level = registry.setCompatibility(subject, requested);
                return ok(json.createObjectNode().put("compatibility", level.name()));
            }
            default -> {
                CompatibilityLevel removed = registry.deleteCompatibility(subject);
                return ok(json.createObjectNode().put("compatibilityLevel", removed.name()));
            }
        }
    }

    private Reply compatibility(HttpExchange exchange, String method, List<String> path, Map<String, String> query) throws IOException {
        if (path.size() < 4 || path.size() > 5 || !path.get(1).equals("subjects") || !path.get(3).equals("versions")) {
            throw notFound();
        }
        allow(method, "POST");
        Optional<String> version = path.size() == 5 ? Optional.of(path.get(4)) : Optional.empty();
        CompatibilityVerdict verdict = registry.testCompatibility(path.get(2), version, submission(exchange));
        ObjectNode body = json.createObjectNode().put("is_compatible", verdict.compatible());
        if (flag(query, "verbose")) {
            ArrayNode messages = body.putArray("messages");
            verdict.messages().forEach(messages::add);
        }
        return ok(body);
    }

    /** Only the default mode exists here; enough for tools that ask before they write. */
    private Reply mode(String method, List<String> path) {
        if (path.size() != 1) {
            throw notFound();
        }
        allow(method, "GET");
        return ok(json.createObjectNode().put("mode", "READWRITE"));
    }

    private ObjectNode versionBody(SchemaVersion version) {
        // Confluent leaves schemaType out for Avro, the default type.
        return json.createObjectNode()
                .put("subject", version.subject())
                .put("version", version.version())
                .put("id", version.id())
                .put("schema", version.schema());
    }

    private SchemaSubmission submission(HttpExchange exchange) throws IOException {
        JsonNode body = requiredBody(exchange);
        JsonNode schema = body.get("schema");
        if (schema != null && !schema.isNull() && !schema.isTextual()) {
            throw RegistryException.invalidSchema("The field 'schema' must be a string holding the schema's JSON");
        }
        JsonNode references = body.path("references");
        return new SchemaSubmission(
                schema == null || schema.isNull() ? "" : schema.asText(),
                text(body, "schemaType"),
                references.isArray() ? references.size() : 0,
                positiveInt(body, "id"),
                positiveInt(body, "version"));
    }

    private JsonNode requiredBody(HttpExchange exchange) throws IOException {
        requireJsonContentType(exchange);
        byte[] bytes = readBody(exchange);
        if (bytes.length == 0) {
            throw RegistryException.unprocessable("The request needs a JSON body");
        }
        try {
            JsonNode body = json.readTree(bytes);
            if (body == null || !body.isObject()) {
                throw RegistryException.unprocessable("The request body must be a JSON object");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw RegistryException.badRequest("Malformed JSON in the request body: " + e.getOriginalMessage());
        }
    }

    private static void requireJsonContentType(HttpExchange exchange) {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!ACCEPTED_REQUEST_TYPES.contains(mediaType)) {
            throw new RegistryException(415, 415, "HTTP 415 Unsupported Media Type: send " + V1_JSON + " or " + JSON);
        }
    }

    private byte[] readBody(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > maxRequestBytes) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                throw RegistryException.badRequest("Invalid Content-Length " + declared);
            }
        }
        // Read at most one byte past the limit, so a chunked body without a length is bounded too.
        InputStream body = exchange.getRequestBody();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = body.read(buffer, 0, (int) Math.min(buffer.length, maxRequestBytes + 1L - bytes.size()))) > 0) {
            bytes.write(buffer, 0, read);
            if (bytes.size() > maxRequestBytes) {
                throw tooLarge();
            }
        }
        return bytes.toByteArray();
    }

    private RegistryException tooLarge() {
        return new RegistryException(413, 413, "The request body is larger than the limit of " + maxRequestBytes + " bytes");
    }

    private Reply ok(Object body) {
        return Reply.json(json, body);
    }

    private Reply error(int status, int code, String message, Map<String, String> headers) {
        ObjectNode body = json.createObjectNode().put("error_code", code).put("message", message);
        Reply reply = Reply.json(json, body);
        return new Reply(status, reply.body(), headers);
    }

    private static void send(HttpExchange exchange, Reply reply, String contentType) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(reply.status(), head ? -1 : reply.body().length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }

    /** Confluent's preferred type unless the client asks for plain JSON only. */
    static String responseType(String accept) {
        if (accept == null) {
            return V1_JSON;
        }
        String accepted = accept.toLowerCase(Locale.ROOT);
        boolean wantsRegistryType = accepted.contains("application/vnd.schemaregistry") || accepted.contains("*/*")
                || accepted.contains("application/*");
        return !wantsRegistryType && accepted.contains(JSON) ? JSON : V1_JSON;
    }

    private static void allow(String method, String... allowed) {
        for (String candidate : allowed) {
            if (candidate.equals(method)) {
                return;
            }
        }
        throw new MethodNotAllowed(allowed);
    }

    private static RegistryException notFound() {
        return new RegistryException(404, 404, "HTTP 404 Not Found");
    }

    private static int schemaId(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new RegistryException(404, 40403, "Schema " + text + " not found");
        }
    }

    private static boolean flag(Map<String, String> query, String name) {
        return Boolean.parseBoolean(query.getOrDefault(name, "false").strip());
    }

    private static Optional<String> text(JsonNode body, String field) {
        return Optional.ofNullable(body.get(field)).filter(JsonNode::isTextual).map(JsonNode::asText);
    }

    /** Clients fill unused id and version fields with 0 or -1; only positive values ask for something. */
    private static Optional<Integer> positiveInt(JsonNode body, String field) {
        return Optional.ofNullable(body.get(field)).filter(JsonNode::canConvertToInt).map(JsonNode::asInt).filter(value -> value > 0);
    }

    /** The path exists but not for this method. */
    private static final class MethodNotAllowed extends RuntimeException {

        private final String[] allowed;

        MethodNotAllowed(String[] allowed) {
            super(null, null, false, false);
            this.allowed = allowed;
        }
    }
}
