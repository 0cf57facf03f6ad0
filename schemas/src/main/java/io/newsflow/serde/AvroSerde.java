package io.newsflow.serde;

import io.newsflow.serde.registry.SchemaRegistryClient;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * An {@link AvroSerializer} and {@link AvroDeserializer} for one generated record class, sharing one registry
 * client. Build it directly ({@link #forValues}, {@link #forKeys}) and pass it to {@code Consumed.with} /
 * {@code Produced.with}; or name it in Kafka configuration and let {@link #configure} build the client from
 * {@code schema.registry.url} and the reader class from {@code specific.avro.value.type}.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final AvroSerializer<T> serializer;
    private final AvroDeserializer<T> deserializer;
    private final Optional<SchemaRegistryClient> givenClient;
    private SchemaRegistryClient ownedClient;

    /** For Kafka's configuration by class name; {@link #configure} must be called before use. */
    public AvroSerde() {
        this.serializer = new AvroSerializer<>();
        this.deserializer = new AvroDeserializer<>();
        this.givenClient = Optional.empty();
    }

    private AvroSerde(Class<T> type, SchemaRegistryClient client, SerdeSettings settings, boolean isKey) {
        this.serializer = new AvroSerializer<>(client, settings, isKey);
        this.deserializer = new AvroDeserializer<>(type, client);
        this.givenClient = Optional.of(client);
    }

    /** A serde for record values of {@code type}; the caller owns (and closes) {@code client}. */
    public static <T extends SpecificRecord> AvroSerde<T> forValues(Class<T> type, SchemaRegistryClient client,
            SerdeSettings settings) {
        return new AvroSerde<>(Objects.requireNonNull(type, "type"), client, settings, false);
    }

    /** A serde for record keys of {@code type}; the caller owns (and closes) {@code client}. */
    public static <T extends SpecificRecord> AvroSerde<T> forKeys(Class<T> type, SchemaRegistryClient client,
            SerdeSettings settings) {
        return new AvroSerde<>(Objects.requireNonNull(type, "type"), client, settings, true);
    }

    /**
     * Configures a serde created by class name: one registry client is built from the configuration and shared by
     * both halves, and closed with the serde. A serde built with a client ignores the client settings here.
     */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        SchemaRegistryClient client = givenClient.orElse(ownedClient);
        if (client == null) {
            client = new AvroSerdeConfig(configs).newRegistryClient();
            ownedClient = client;
        }
        serializer.configure(configs, isKey, client);
        deserializer.configure(configs, isKey, client);
    }

    @Override
    public Serializer<T> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return deserializer;
    }

    @Override
    public void close() {
        serializer.close();
        deserializer.close();
        if (ownedClient != null) {
            ownedClient.close();
        }
    }
}
