package io.newsflow.nlp.model;

import java.util.Optional;

/** What a claim's source refers to: a pronoun or short noun phrase resolved to an entity. */
public record ResolvedSource(String name, Optional<String> entityId, Optional<EntityType> type) {}
