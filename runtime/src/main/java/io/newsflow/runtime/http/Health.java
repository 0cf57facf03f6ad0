package io.newsflow.runtime.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Liveness and readiness. Live means the process answers; ready means every registered check
 * passes (for enrich: Streams is RUNNING and the registry answers), which is when a load balancer
 * or orchestrator should send work.
 */
public final class Health {
  private final List<Check> checks = new CopyOnWriteArrayList<>();

  /** A named readiness check. */
  public record Check(String name, Supplier<Status> probe) {}

  /** The outcome of a check, with a detail an operator can read. */
  public record Status(boolean up, String detail) {
    public static Status up(String detail) {
      return new Status(true, detail);
    }

    public static Status down(String detail) {
      return new Status(false, detail);
    }
  }

  public Health add(String name, Supplier<Status> probe) {
    checks.add(new Check(name, probe));
    return this;
  }

  /** Adds {@code /health}, {@code /health/live} and {@code /health/ready} to {@code endpoint}. */
  public void routes(HttpEndpoint endpoint) {
    endpoint.get("/health/live", r -> Response.json(200, Map.of("status", "UP")));
    endpoint.get("/health/ready", r -> readiness());
    endpoint.get("/health", r -> readiness());
  }

  public boolean isReady() {
    return checks.stream().allMatch(c -> safely(c).up());
  }

  private Response readiness() {
    Map<String, Object> details = new LinkedHashMap<>();
    boolean up = true;
    for (Check check : checks) {
      Status status = safely(check);
      up &= status.up();
      details.put(check.name(), Map.of("status", status.up() ? "UP" : "DOWN", "detail", status.detail()));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", up ? "UP" : "DOWN");
    body.put("checks", details);
    return Response.json(up ? 200 : 503, body);
  }

  private static Status safely(Check check) {
    try {
      return check.probe().get();
    } catch (RuntimeException e) {
      return Status.down(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
