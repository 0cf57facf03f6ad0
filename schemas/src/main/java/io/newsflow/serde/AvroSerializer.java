package io.newsflow.serde;

import io.newsflow.schemas.PortableSchema;
import io.newsflow.serde.registry.BoundedCache;
import io.newsflow.serde.registry.CompatibilityLevel;
import io.newsflow.serde.registry.IncompatibleSchemaException;
import io.newsflow.serde.registry.RegisteredSchema;
import io.newsflow.serde.registry.SchemaRegistryClient;
import io.newsflow.serde.registry.SchemaRegistryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes generated Avro records in the Confluent wire format ({@link WireFormat}), registering or looking up
 * their schema in the schema registry under the subject its {@link SubjectNameStrategy} names.
 *
 * <p>Either construct it with a {@link SchemaRegistryClient} (and optionally {@link SerdeSettings}), or let Kafka
 * create it by class name and {@link #configure} it with Confluent's keys ({@link AvroSerdeConfig}). The registry
 * is asked once per schema and subject; after that a record costs one Avro encoding.
 *
 * <p>Failures are {@link SerializationException}s naming the topic, subject and schema id: the registry's own
 * ({@link io.newsflow.serde.registry.SchemaRegistryUnavailableException} and friends),
 * {@link SchemaNotRegisteredException} when auto-registration is off, and a plain one for a record Avro cannot
 * encode (a required field left null).
 */
public final class AvroSerializer<T extends SpecificRecord> implements Serializer<T> {

    private SchemaRegistryClient client;
    private boolean ownsClient;
    private SerdeSettings settings;
    private boolean isKey;
    private BoundedCache<SubjectSchema, Integer> ids;
    private BoundedCache<WriterKey, RecordWriter<T>> writers;

    /** For Kafka's configuration by class name; {@link #configure} must be called before use. */
    public AvroSerializer() {
    }

    /** A value serializer with Confluent's default behaviour. */
    public AvroSerializer(SchemaRegistryClient client) {
        this(client, SerdeSettings.DEFAULTS, false);
    }

    public AvroSerializer(SchemaRegistryClient client, SerdeSettings settings, boolean isKey) {
        this.client = Objects.requireNonNull(client, "client");
        apply(settings, isKey);
    }

    /**
     * Reads the settings from Confluent-style keys. A registry client given to the constructor is kept;
     * otherwise one is built from {@code schema.registry.url} and closed with this serializer.
     */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig config = new AvroSerdeConfig(configs);
        if (client == null) {
            client = config.newRegistryClient();
            ownsClient = true;
        }
        apply(config.serdeSettings(), isKey);
    }

    /** Configures with a client the caller owns (used by {@link AvroSerde} to share one client). */
    void configure(Map<String, ?> configs, boolean isKey, SchemaRegistryClient sharedClient) {
        this.client = sharedClient;
        this.ownsClient = false;
        apply(new AvroSerdeConfig(configs).serdeSettings(), isKey);
    }

    private void apply(SerdeSettings settings, boolean isKey) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.isKey = isKey;
        this.ids = new BoundedCache<>(settings.cacheCapacity());
        this.writers = new BoundedCache<>(settings.cacheCapacity());
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            // Null stays null: it is Kafka's tombstone, and has no schema to register.
            return null;
        }
        if (client == null) {
            throw new IllegalStateException("AvroSerializer was created without a registry client and never configured");
        }
        Schema schema = record.getSchema();
        String subject = settings.subjectStrategy(isKey).subject(topic, isKey, schema);
        Target target;
        RecordWriter<T> writer;
        try {
            target = settings.useLatestVersion() ? latestTarget(topic, subject) : ownTarget(topic, subject, schema);
            writer = writers.computeIfAbsent(new WriterKey(target, schema), this::writerFor);
        } catch (SchemaRegistryException e) {
            throw e.withContext(failure(schema, topic, subject));
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            WireFormat.writeHeader(out, target.id());
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writer.write(record, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            // Avro reports a bad record as NullPointerException, ClassCastException, AvroRuntimeException...
            throw new SerializationException(failure(schema, topic, subject) + " with schema id " + target.id() + ": " + e, e);
        }
    }

    private static String failure(Schema schema, String topic, String subject) {
        return "Cannot write " + schema.getFullName() + " to topic " + topic + " (subject " + subject + ")";
    }

    /** The record's own schema, registered (or looked up) under the subject. */
    private Target ownTarget(String topic, String subject, Schema schema) {
        int id = ids.computeIfAbsent(new SubjectSchema(subject, schema), key -> {
            Schema registered = settings.removeJavaProperties() ? PortableSchema.of(schema) : schema;
            if (settings.autoRegister()) {
                return client.register(subject, registered);
            }
            return client.lookup(subject, registered)
                    .map(RegisteredSchema::id)
                    .orElseThrow(() -> new SchemaNotRegisteredException(topic, subject, schema.getFullName()));
        });
        return new Target(subject, id, schema);
    }

    /** The subject's latest version, which the record is written in (translated if need be). */
    private Target latestTarget(String topic, String subject) {
        RegisteredSchema latest = client.latest(subject).orElseThrow(
                () -> new SchemaNotRegisteredException(topic, subject, "any record (the subject has no version)"));
        return new Target(subject, latest.id(), latest.schema());
    }

    private RecordWriter<T> writerFor(WriterKey key) {
        Target target = key.target();
        if (settings.useLatestVersion() && settings.latestCompatibilityStrict()) {
            List<String> problems = CompatibilityLevel.incompatibilities(target.schema(), key.recordSchema());
            if (!problems.isEmpty()) {
                throw new IncompatibleSchemaException(target.subject(), "The latest version (id " + target.id()
                        + ") of subject " + target.subject() + " cannot read " + key.recordSchema().getFullName()
                        + " as this application writes it: " + problems, problems, OptionalInt.empty(), OptionalInt.empty());
            }
        }
        return RecordWriter.of(key.recordSchema(), target.schema());
    }

    @Override
    public void close() {
        if (ownsClient && client != null) {
            client.close();
        }
    }

    /** Key of the id cache: a subject and the record schema object (compared by equality, cheap for the same instance). */
    private record SubjectSchema(String subject, Schema schema) {
    }

    /** Where records go: a schema id and the writer schema it stands for. */
    private record Target(String subject, int id, Schema schema) {
    }

    /** Key of the writer cache: the target and the schema of the records written into it. */
    private record WriterKey(Target target, Schema recordSchema) {
    }
}
