package io.newsflow.runtime.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where setting values come from: environment variables first (what Docker and Compose set), then
 * system properties (handy on a command line), then the declared default.
 */
public final class ConfigSource {
  private final Map<String, String> env;
  private final Map<String, String> properties;

  public ConfigSource(Map<String, String> env, Map<String, String> properties) {
    this.env = Map.copyOf(env);
    this.properties = Map.copyOf(properties);
  }

  public static ConfigSource fromEnvironment() {
    Map<String, String> props = new LinkedHashMap<>();
    System.getProperties().forEach((k, v) -> props.put(String.valueOf(k), String.valueOf(v)));
    return new ConfigSource(System.getenv(), props);
  }

  /** Only the given variables, for tests and for services started in-process by the demo. */
  public static ConfigSource of(Map<String, String> env) {
    return new ConfigSource(env, Map.of());
  }

  /** The same source with {@code overrides} taking precedence. */
  public ConfigSource with(Map<String, String> overrides) {
    Map<String, String> merged = new LinkedHashMap<>(env);
    merged.putAll(overrides);
    return new ConfigSource(merged, properties);
  }

  public <T> T get(Setting<T> setting) {
    String raw = env.get(setting.env());
    if (raw == null) {
      raw = properties.get(setting.systemProperty());
    }
    if (raw == null) {
      T value = setting.defaultValue();
      setting.check(value);
      return value;
    }
    return setting.parse(raw);
  }

  /** Whether a value was given for the setting rather than defaulted. */
  public boolean isSet(Setting<?> setting) {
    return env.containsKey(setting.env()) || properties.containsKey(setting.systemProperty());
  }

  /**
   * Pass-through settings: every {@code <envPrefix>X_Y=v} (or {@code -D<prefix>.x.y=v}) becomes
   * {@code x.y=v}. This is how any Kafka client property ({@code NEWSFLOW_KAFKA_SECURITY_PROTOCOL},
   * {@code NEWSFLOW_KAFKA_SASL_JAAS_CONFIG}, …) reaches the clients without being declared here.
   */
  public Map<String, String> passThrough(String envPrefix) {
    Map<String, String> out = new TreeMap<>();
    String propertyPrefix = envPrefix.toLowerCase(Locale.ROOT).replace('_', '.');
    properties.forEach((k, v) -> {
      if (k.startsWith(propertyPrefix) && k.length() > propertyPrefix.length()) {
        out.put(k.substring(propertyPrefix.length()), v);
      }
    });
    env.forEach((k, v) -> {
      if (k.startsWith(envPrefix) && k.length() > envPrefix.length()) {
        out.put(k.substring(envPrefix.length()).toLowerCase(Locale.ROOT).replace('_', '.'), v);
      }
    });
    return out;
  }

  /** Every declared setting with its effective value, secrets masked: what a service logs at start. */
  public String describe(List<Setting<?>> settings) {
    StringBuilder out = new StringBuilder();
    for (Setting<?> s : settings) {
      out.append(s.env()).append('=').append(display(s)).append(' ');
    }
    return out.toString().trim();
  }

  private <T> String display(Setting<T> setting) {
    return setting.display(get(setting));
  }
}
