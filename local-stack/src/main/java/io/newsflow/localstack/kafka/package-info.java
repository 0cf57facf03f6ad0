/**
 * A real Apache Kafka broker in KRaft combined mode, built from Kafka's own server classes: in
 * this JVM ({@link io.newsflow.localstack.kafka.EmbeddedKafka}) or in a child JVM that a test can
 * kill hard ({@link io.newsflow.localstack.kafka.BrokerProcess}). Both keep their ports across
 * restarts and create topics idempotently, adapted to a single node.
 */
package io.newsflow.localstack.kafka;
