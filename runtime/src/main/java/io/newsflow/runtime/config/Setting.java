package io.newsflow.runtime.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One configuration setting: its environment variable, type, default, rule and description. The
 * declaration is the documentation: the README's configuration table is generated from it.
 *
 * @param <T> the type a value is parsed to
 */
public final class Setting<T> {
  private final String env;
  private final String type;
  private final T defaultValue;
  private final String description;
  private final Function<String, T> parser;
  private final Predicate<T> rule;
  private final String ruleText;
  private final boolean secret;
  private final String documentedDefault;

  private Setting(String env, String type, T defaultValue, String description,
      Function<String, T> parser, Predicate<T> rule, String ruleText, boolean secret) {
    this(env, type, defaultValue, description, parser, rule, ruleText, secret, null);
  }

  private Setting(String env, String type, T defaultValue, String description,
      Function<String, T> parser, Predicate<T> rule, String ruleText, boolean secret, String documentedDefault) {
    if (!env.matches("NEWSFLOW_[A-Z0-9_]+")) {
      throw new IllegalArgumentException("setting names are NEWSFLOW_UPPER_CASE: " + env);
    }
    this.env = env;
    this.type = type;
    this.defaultValue = defaultValue;
    this.description = description;
    this.parser = parser;
    this.rule = rule;
    this.ruleText = ruleText;
    this.secret = secret;
    this.documentedDefault = documentedDefault;
  }

  public static Setting<String> string(String env, String defaultValue, String description) {
    return new Setting<>(env, "string", defaultValue, description, s -> s, v -> true, "", false);
  }

  public static Setting<Optional<String>> optionalString(String env, String description) {
    return new Setting<>(env, "string", Optional.empty(), description,
        s -> s.isBlank() ? Optional.empty() : Optional.of(s), v -> true, "", false);
  }

  public static Setting<Integer> integer(String env, int defaultValue, String description) {
    return new Setting<>(env, "int", defaultValue, description, Integer::parseInt, v -> true, "", false);
  }

  public static Setting<Long> longValue(String env, long defaultValue, String description) {
    return new Setting<>(env, "long", defaultValue, description, Long::parseLong, v -> true, "", false);
  }

  public static Setting<Double> decimal(String env, double defaultValue, String description) {
    return new Setting<>(env, "decimal", defaultValue, description, Double::parseDouble, v -> true, "", false);
  }

  public static Setting<Boolean> bool(String env, boolean defaultValue, String description) {
    return new Setting<>(env, "boolean", defaultValue, description, Setting::parseBoolean, v -> true, "", false);
  }

  /** A duration written {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 7d} or ISO-8601. */
  public static Setting<Duration> duration(String env, Duration defaultValue, String description) {
    return new Setting<>(env, "duration", defaultValue, description, Setting::parseDuration, v -> true, "", false);
  }

  /** A byte size written {@code 512}, {@code 64KB}, {@code 10MB} or {@code 1GB} (powers of 1024). */
  public static Setting<Long> size(String env, long defaultBytes, String description) {
    return new Setting<>(env, "size", defaultBytes, description, Setting::parseSize, v -> true, "", false);
  }

  public static <E extends Enum<E>> Setting<E> choice(
      String env, Class<E> type, E defaultValue, String description) {
    String choices = String.join("|", Arrays.stream(type.getEnumConstants())
        .map(e -> e.name().toLowerCase(Locale.ROOT)).toList());
    return new Setting<>(env, choices, defaultValue, description,
        s -> Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT).replace('-', '_')), v -> true, "", false);
  }

  /** The same setting, accepting only values that satisfy {@code rule}, described as {@code ruleText}. */
  public Setting<T> must(Predicate<T> newRule, String newRuleText) {
    return new Setting<>(env, type, defaultValue, description, parser, rule.and(newRule),
        ruleText.isEmpty() ? newRuleText : ruleText + ", " + newRuleText, secret, documentedDefault);
  }

  /** Numbers within [min, max]. */
  public Setting<T> between(long min, long max) {
    return must(v -> ((Number) v).longValue() >= min && ((Number) v).longValue() <= max,
        "between " + min + " and " + max);
  }

  /** The value is never logged or printed. */
  public Setting<T> secret() {
    return new Setting<>(env, type, defaultValue, description, parser, rule, ruleText, true, documentedDefault);
  }

  /** How the documentation states a default that depends on the machine ("the number of cores"). */
  public Setting<T> documentDefaultAs(String text) {
    return new Setting<>(env, type, defaultValue, description, parser, rule, ruleText, secret, text);
  }

  public String env() {
    return env;
  }

  /** {@code NEWSFLOW_INGEST_PORT} may also be given as {@code -Dnewsflow.ingest.port}. */
  public String systemProperty() {
    return env.toLowerCase(Locale.ROOT).replace('_', '.');
  }

  public String type() {
    return type;
  }

  public T defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  public String rule() {
    return ruleText;
  }

  public boolean isSecret() {
    return secret;
  }

  /** The default as a user would write it. */
  public String defaultText() {
    return documentedDefault != null ? documentedDefault
        : "size".equals(type) ? formatSize((Long) defaultValue) : format(defaultValue);
  }

  private static String formatSize(long bytes) {
    for (String[] unit : new String[][] {{"GB", "1073741824"}, {"MB", "1048576"}, {"KB", "1024"}}) {
      long factor = Long.parseLong(unit[1]);
      if (bytes >= factor && bytes % factor == 0) {
        return bytes / factor + unit[0];
      }
    }
    return Long.toString(bytes);
  }

  /** {@code value} as a user would write it, or a mask for secrets. */
  public String display(T value) {
    return secret ? (isEmpty(value) ? "" : "******") : format(value);
  }

  T parse(String raw) {
    T value;
    try {
      value = parser.apply(raw.trim());
    } catch (RuntimeException e) {
      throw new ConfigException(env + " must be a " + type + ", not '" + (secret ? "******" : raw)
          + "'" + (e.getMessage() != null && !secret ? " (" + e.getMessage() + ")" : ""));
    }
    check(value);
    return value;
  }

  void check(T value) {
    if (!rule.test(value)) {
      throw new ConfigException(env + " must be " + ruleText + ", not " + display(value));
    }
  }

  private static boolean isEmpty(Object value) {
    return value == null || value instanceof Optional<?> o && o.isEmpty()
        || value instanceof String s && s.isEmpty();
  }

  private static String format(Object value) {
    if (value instanceof Optional<?> o) {
      return o.map(Setting::format).orElse("");
    }
    if (value instanceof Duration d) {
      return formatDuration(d);
    }
    if (value instanceof Enum<?> e) {
      return e.name().toLowerCase(Locale.ROOT);
    }
    return String.valueOf(value);
  }

  private static String formatDuration(Duration d) {
    long ms = d.toMillis();
    if (ms % 86_400_000 == 0 && ms > 0) {
      return ms / 86_400_000 + "d";
    }
    if (ms % 3_600_000 == 0 && ms > 0) {
      return ms / 3_600_000 + "h";
    }
    if (ms % 60_000 == 0 && ms > 0) {
      return ms / 60_000 + "m";
    }
    if (ms % 1_000 == 0) {
      return ms / 1_000 + "s";
    }
    return ms + "ms";
  }

  private static boolean parseBoolean(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1", "on" -> true;
      case "false", "no", "0", "off" -> false;
      default -> throw new IllegalArgumentException("expected true or false");
    };
  }

  static Duration parseDuration(String s) {
    String v = s.trim().toLowerCase(Locale.ROOT);
    if (v.startsWith("p")) {
      return Duration.parse(s.trim().toUpperCase(Locale.ROOT));
    }
    int split = 0;
    while (split < v.length() && (Character.isDigit(v.charAt(split)))) {
      split++;
    }
    if (split == 0) {
      throw new IllegalArgumentException("expected a number with a unit, e.g. 30s");
    }
    long n = Long.parseLong(v.substring(0, split));
    return switch (v.substring(split).trim()) {
      case "ms" -> Duration.ofMillis(n);
      case "s", "" -> Duration.ofSeconds(n);
      case "m", "min" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      case "d" -> Duration.ofDays(n);
      default -> throw new IllegalArgumentException("unknown unit; use ms, s, m, h or d");
    };
  }

  static long parseSize(String s) {
    String v = s.trim().toUpperCase(Locale.ROOT).replace(" ", "");
    long factor = 1;
    for (String[] unit : new String[][] {{"GB", "1073741824"}, {"MB", "1048576"}, {"KB", "1024"}, {"B", "1"}}) {
      if (v.endsWith(unit[0])) {
        factor = Long.parseLong(unit[1]);
        v = v.substring(0, v.length() - unit[0].length());
        break;
      }
    }
    return Math.multiplyExact(Long.parseLong(v), factor);
  }
}
