/**
 * Talking to a Confluent-compatible schema registry: the {@link io.newsflow.serde.registry.SchemaRegistryClient}
 * interface, its REST implementation with bounded caches and fail-over between instances
 * ({@link io.newsflow.serde.registry.RestSchemaRegistryClient}), an in-memory stand-in with the same
 * semantics for tests ({@link io.newsflow.serde.registry.MockSchemaRegistryClient}), and the compatibility
 * rules both enforce ({@link io.newsflow.serde.registry.CompatibilityLevel}).
 *
 * <p>Every failure is a Kafka {@link org.apache.kafka.common.errors.SerializationException}; the subclasses
 * tell apart what a caller answers differently: an unknown schema id (dead-letter the record), an
 * incompatible schema (fix the schema) and an unreachable registry (answer 503, retry later).
 */
package io.newsflow.serde.registry;
