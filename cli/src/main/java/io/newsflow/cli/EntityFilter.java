package io.newsflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which records {@code ./newsflow tail --entity NAME --type TYPE} prints: those whose JSON holds an
 * entity (any object with a {@code type} and a name-like field) that matches both, at any depth, so
 * that one filter serves mentions, paragraphs, whole articles and claims with resolved sources.
 */
record EntityFilter(Optional<String> name, Optional<String> type) {
  private static final List<String> NAME_FIELDS =
      List.of("text", "canonical", "canonical_name", "canonical_id", "entity_id", "entity_name", "resolved", "id", "name");

  boolean matches(JsonNode value) {
    if (name.isEmpty() && type.isEmpty()) {
      return true;
    }
    return value != null && anyEntity(value);
  }

  private boolean anyEntity(JsonNode node) {
    if (node.isObject()) {
      if (node.has("type") && matchesEntity(node)) {
        return true;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
        if (anyEntity(it.next().getValue())) {
          return true;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        if (anyEntity(child)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean matchesEntity(JsonNode entity) {
    boolean typeOk = type.map(t -> t.equalsIgnoreCase(entity.path("type").asText())).orElse(true);
    boolean nameOk = name.map(n -> NAME_FIELDS.stream()
        .anyMatch(f -> entity.hasNonNull(f) && entity.get(f).asText().toLowerCase(Locale.ROOT)
            .equals(n.toLowerCase(Locale.ROOT)))).orElse(true);
    return typeOk && nameOk;
  }
}
