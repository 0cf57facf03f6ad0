package io.newsflow.runtime.http;

import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;

/**
 * A service's metrics registry, scraped by Prometheus at {@code /metrics}: JVM and process metrics
 * here, Kafka client metrics and newsflow's own counters and timers bound by each service. Every
 * series carries the {@code service} tag.
 */
public final class Metrics implements AutoCloseable {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();

  public Metrics(String service) {
    registry.config().commonTags(List.of(Tag.of("service", service)));
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    gc.bindTo(registry);
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  public void routes(HttpEndpoint endpoint) {
    endpoint.get("/metrics", r -> Response.text(200,
        "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
