/**
 * A schema registry that speaks Confluent Schema Registry's REST API for Avro
 * ({@link io.newsflow.localstack.registry.SchemaRegistryServer}), stores everything in a compacted
 * Kafka topic and checks compatibility with Avro's own schema-resolution rules.
 *
 * <p>Layers, from the wire inwards: {@code RegistryHttpApi} (routes, JSON, error bodies),
 * {@code SchemaRegistry} (Confluent's rules), {@code SchemaStore} (the {@code _schemas} topic, one
 * writer, lock-free reads of an immutable {@code RegistryState}).
 */
package io.newsflow.localstack.registry;
