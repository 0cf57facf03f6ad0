/**
 * Avro serialization in the Confluent wire format, byte-for-byte compatible with Confluent's
 * {@code KafkaAvroSerializer}/{@code KafkaAvroDeserializer}, whose jars are not on Maven Central:
 * {@link io.newsflow.serde.AvroSerializer}, {@link io.newsflow.serde.AvroDeserializer} and
 * {@link io.newsflow.serde.AvroSerde}, configured by {@link io.newsflow.serde.SerdeSettings} or by Confluent's
 * configuration keys ({@link io.newsflow.serde.AvroSerdeConfig}).
 *
 * <p>Every failure is a Kafka {@link org.apache.kafka.common.errors.SerializationException}, so Kafka Streams'
 * exception handlers see it; the subclasses say what went wrong with a record
 * ({@link io.newsflow.serde.UnknownMagicByteException}, {@link io.newsflow.serde.TruncatedPayloadException},
 * {@link io.newsflow.serde.InvalidAvroPayloadException}) or with the registry
 * ({@link io.newsflow.serde.registry}).
 */
package io.newsflow.serde;
