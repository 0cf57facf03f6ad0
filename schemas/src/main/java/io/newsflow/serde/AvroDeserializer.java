package io.newsflow.serde;

import io.newsflow.serde.registry.BoundedCache;
import io.newsflow.serde.registry.CompatibilityLevel;
import io.newsflow.serde.registry.IncompatibleSchemaException;
import io.newsflow.serde.registry.SchemaRegistryClient;
import io.newsflow.serde.registry.SchemaRegistryException;
import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads records in the Confluent wire format ({@link WireFormat}) into generated Avro classes. The writer schema
 * is fetched from the registry by the id in the record's header (once per id) and resolved into the reader
 * class's own schema, so a consumer built against a newer schema reads older records, new fields taking their
 * defaults.
 *
 * <p>The reader class is the one given to the constructor, else {@code specific.avro.value.type} (or
 * {@code .key.type}), else the generated class named by the writer schema.
 *
 * <p>Every failure is a {@link SerializationException} naming the topic and schema id:
 * {@link UnknownMagicByteException}, {@link TruncatedPayloadException}, {@link InvalidAvroPayloadException},
 * {@link io.newsflow.serde.registry.UnknownSchemaIdException},
 * {@link io.newsflow.serde.registry.SchemaRegistryUnavailableException}, or {@link IncompatibleSchemaException}
 * when the reader class cannot read the writer schema. A {@code null} record (a tombstone) reads as {@code null}.
 */
public final class AvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {

    private Optional<Class<? extends T>> type = Optional.empty();
    private SchemaRegistryClient client;
    private boolean ownsClient;
    private BoundedCache<Integer, DatumReader<T>> readers = new BoundedCache<>(SerdeSettings.DEFAULTS.cacheCapacity());

    /** For Kafka's configuration by class name; {@link #configure} must be called before use. */
    public AvroDeserializer() {
    }

    /** Reads records as {@code type}, whichever schema version wrote them. */
    public AvroDeserializer(Class<T> type, SchemaRegistryClient client) {
        this.type = Optional.of(Objects.requireNonNull(type, "type"));
        this.client = Objects.requireNonNull(client, "client");
    }

    /** Reads each record as the generated class its writer schema names. */
    public AvroDeserializer(SchemaRegistryClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Reads the settings from Confluent-style keys. A registry client or reader class given to the constructor is
     * kept; otherwise the client is built from {@code schema.registry.url} and closed with this deserializer.
     */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig config = new AvroSerdeConfig(configs);
        if (client == null) {
            client = config.newRegistryClient();
            ownsClient = true;
        }
        apply(config, isKey);
    }

    /** Configures with a client the caller owns (used by {@link AvroSerde} to share one client). */
    void configure(Map<String, ?> configs, boolean isKey, SchemaRegistryClient sharedClient) {
        this.client = sharedClient;
        this.ownsClient = false;
        apply(new AvroSerdeConfig(configs), isKey);
    }

    @SuppressWarnings("unchecked")
    private void apply(AvroSerdeConfig config, boolean isKey) {
        if (type.isEmpty()) {
            type = config.specificType(isKey).map(configured -> (Class<? extends T>) configured);
        }
        readers = new BoundedCache<>(config.serdeSettings().cacheCapacity());
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (client == null) {
            throw new IllegalStateException("AvroDeserializer was created without a registry client and never configured");
        }
        int schemaId = WireFormat.schemaId(topic, data);
        DatumReader<T> reader;
        try {
            reader = readers.computeIfAbsent(schemaId, this::readerFor);
        } catch (SchemaRegistryException e) {
            throw e.withContext("Cannot read a record from topic " + topic + " (schema id " + schemaId + ")");
        } catch (SerializationException e) {
            throw new SerializationException("Cannot read a record from topic " + topic + ": " + e.getMessage(), e);
        }
        BoundedDecoder decoder = new BoundedDecoder(data, WireFormat.HEADER_SIZE, data.length - WireFormat.HEADER_SIZE);
        T record;
        try {
            record = reader.read(null, decoder);
        } catch (EOFException e) {
            throw new TruncatedPayloadException(topic, schemaId, data.length, e);
        } catch (IOException | RuntimeException e) {
            // Corrupt data surfaces as AvroRuntimeException, ArrayIndexOutOfBounds, NegativeArraySize and the like.
            throw new InvalidAvroPayloadException(topic, schemaId, e.toString(), e);
        }
        try {
            if (!decoder.isEnd()) {
                throw new InvalidAvroPayloadException(topic, schemaId,
                        "bytes are left over after the record; the header names the wrong schema", null);
            }
        } catch (IOException e) {
            throw new InvalidAvroPayloadException(topic, schemaId, e.toString(), e);
        }
        return record;
    }

    private DatumReader<T> readerFor(int schemaId) {
        Schema writer = client.schemaById(schemaId);
        Class<? extends T> readerType = type.orElseGet(() -> classNamedBy(writer, schemaId));
        ReadModel data = ReadModel.forClass(readerType);
        Schema reader = data.getSchema(readerType);
        List<String> problems = CompatibilityLevel.incompatibilities(reader, writer);
        if (!problems.isEmpty()) {
            throw new IncompatibleSchemaException(reader.getFullName(), "Records written with schema id " + schemaId
                    + " (" + writer.getFullName() + ") cannot be read as " + readerType.getName() + ": " + problems,
                    problems, OptionalInt.empty(), OptionalInt.empty());
        }
        return new SpecificDatumReader<>(writer, reader, data);
    }

    @SuppressWarnings("unchecked")
    private Class<? extends T> classNamedBy(Schema writer, int schemaId) {
        Class<?> named = SpecificData.get().getClass(writer);
        if (named == null || !SpecificRecord.class.isAssignableFrom(named)) {
            throw new SerializationException("Schema id " + schemaId + " names " + writer.getFullName()
                    + ", which is not a generated Avro class on the class path; give the deserializer a reader class "
                    + "(or set " + AvroSerdeConfig.SPECIFIC_AVRO_VALUE_TYPE + ")");
        }
        return (Class<? extends T>) named;
    }

    @Override
    public void close() {
        if (ownsClient && client != null) {
            client.close();
        }
    }
}
