package io.newsflow.serde;

import io.newsflow.serde.registry.RegistryClientSettings;
import io.newsflow.serde.registry.RestSchemaRegistryClient;
import io.newsflow.serde.registry.SchemaRegistryClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * The serde's configuration keys, each declared once with its type, default and meaning, under the names
 * Confluent's serializers use, so existing client properties work unchanged. Values are validated when the
 * serde is configured; a bad one fails start-up with a {@link ConfigException} naming the key.
 */
public final class AvroSerdeConfig extends AbstractConfig {

    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String LATEST_COMPATIBILITY_STRICT = "latest.compatibility.strict";
    public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
    public static final String AVRO_REMOVE_JAVA_PROPERTIES = "avro.remove.java.properties";
    public static final String MAX_SCHEMAS_PER_SUBJECT = "max.schemas.per.subject";
    public static final String LATEST_CACHE_TTL_SEC = "latest.cache.ttl.sec";
    public static final String HTTP_CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
    public static final String HTTP_READ_TIMEOUT_MS = "http.read.timeout.ms";
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    public static final String SPECIFIC_AVRO_KEY_TYPE = "specific.avro.key.type";
    public static final String SPECIFIC_AVRO_VALUE_TYPE = "specific.avro.value.type";

    private static final ConfigDef DEFINITION = new ConfigDef()
            .define(SCHEMA_REGISTRY_URL, Type.LIST, List.of(), Importance.HIGH,
                    "Comma-separated base URLs of the schema registry instances, tried in turn. Required unless the "
                            + "serde is given a SchemaRegistryClient.")
            .define(AUTO_REGISTER_SCHEMAS, Type.BOOLEAN, true, Importance.MEDIUM,
                    "Register a record's schema when it is first written. When false the schema must already be "
                            + "registered, and writing fails if it is not.")
            .define(USE_LATEST_VERSION, Type.BOOLEAN, false, Importance.LOW,
                    "Write with the subject's latest registered version instead of the record's own schema.")
            .define(LATEST_COMPATIBILITY_STRICT, Type.BOOLEAN, true, Importance.LOW,
                    "With use.latest.version: refuse to write when the latest version cannot read the record's schema.")
            .define(KEY_SUBJECT_NAME_STRATEGY, Type.STRING, SubjectNameStrategy.TOPIC_NAME.confluentClassName(),
                    new StrategyValidator(), Importance.MEDIUM,
                    "How key subjects are named: TopicNameStrategy (<topic>-key), RecordNameStrategy or "
                            + "TopicRecordNameStrategy, by Confluent class name or simple name.")
            .define(VALUE_SUBJECT_NAME_STRATEGY, Type.STRING, SubjectNameStrategy.TOPIC_NAME.confluentClassName(),
                    new StrategyValidator(), Importance.MEDIUM,
                    "How value subjects are named: TopicNameStrategy (<topic>-value), RecordNameStrategy or "
                            + "TopicRecordNameStrategy, by Confluent class name or simple name.")
            .define(AVRO_REMOVE_JAVA_PROPERTIES, Type.BOOLEAN, false, Importance.LOW,
                    "Register schemas without the avro.java.* code generation properties.")
            .define(MAX_SCHEMAS_PER_SUBJECT, Type.INT, 1000, ConfigDef.Range.atLeast(1), Importance.LOW,
                    "Entries each schema cache (serde and registry client) holds at most.")
            .define(LATEST_CACHE_TTL_SEC, Type.LONG, -1L, ConfigDef.Range.atLeast(-1), Importance.LOW,
                    "Seconds a subject's latest version is remembered; -1 remembers it until evicted.")
            .define(HTTP_CONNECT_TIMEOUT_MS, Type.INT,
                    (int) RegistryClientSettings.DEFAULT_CONNECT_TIMEOUT.toMillis(), ConfigDef.Range.atLeast(1),
                    Importance.LOW, "Milliseconds to wait for a connection to one schema registry instance.")
            .define(HTTP_READ_TIMEOUT_MS, Type.INT,
                    (int) RegistryClientSettings.DEFAULT_REQUEST_TIMEOUT.toMillis(), ConfigDef.Range.atLeast(1),
                    Importance.LOW, "Milliseconds to wait for one schema registry instance to answer one request.")
            .define(BASIC_AUTH_CREDENTIALS_SOURCE, Type.STRING, "URL",
                    ConfigDef.CaseInsensitiveValidString.in("URL", "USER_INFO"), Importance.MEDIUM,
                    "Where Basic authentication credentials come from: URL (user:password@ in the registry URL) or "
                            + "USER_INFO (basic.auth.user.info).")
            .define(BASIC_AUTH_USER_INFO, Type.PASSWORD, "", Importance.MEDIUM,
                    "user:password for Basic authentication, with basic.auth.credentials.source=USER_INFO.")
            .define(SPECIFIC_AVRO_KEY_TYPE, Type.CLASS, null, Importance.LOW,
                    "Generated record class keys are read as; by default the class named by the writer schema.")
            .define(SPECIFIC_AVRO_VALUE_TYPE, Type.CLASS, null, Importance.LOW,
                    "Generated record class values are read as; by default the class named by the writer schema.");

    public AvroSerdeConfig(Map<String, ?> configs) {
        // Quiet: the serde is configured once per client, and Kafka already logs the client's configuration.
        super(DEFINITION, configs, false);
    }

    /** Every key with its documentation, for generated docs and CLIs. */
    public static ConfigDef definition() {
        return new ConfigDef(DEFINITION);
    }

    /** The typed serde settings. */
    public SerdeSettings serdeSettings() {
        return new SerdeSettings(
                getBoolean(AUTO_REGISTER_SCHEMAS),
                getBoolean(USE_LATEST_VERSION),
                getBoolean(LATEST_COMPATIBILITY_STRICT),
                SubjectNameStrategy.parse(getString(KEY_SUBJECT_NAME_STRATEGY)),
                SubjectNameStrategy.parse(getString(VALUE_SUBJECT_NAME_STRATEGY)),
                getBoolean(AVRO_REMOVE_JAVA_PROPERTIES),
                getInt(MAX_SCHEMAS_PER_SUBJECT));
    }

    /**
     * How to reach the registry.
     *
     * @throws ConfigException when no URL is configured or a value is inconsistent
     */
    public RegistryClientSettings registryClientSettings() {
        List<String> urls = getList(SCHEMA_REGISTRY_URL);
        if (urls.isEmpty()) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, "", "a schema registry URL is required, for example "
                    + "http://localhost:8081 (or construct the serde with a SchemaRegistryClient)");
        }
        RegistryClientSettings settings;
        try {
            settings = RegistryClientSettings.forUrls(urls);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, urls, e.getMessage());
        }
        settings = settings
                .withTimeouts(Duration.ofMillis(getInt(HTTP_CONNECT_TIMEOUT_MS)), Duration.ofMillis(getInt(HTTP_READ_TIMEOUT_MS)))
                .withCacheCapacity(getInt(MAX_SCHEMAS_PER_SUBJECT));
        long ttlSeconds = getLong(LATEST_CACHE_TTL_SEC);
        if (ttlSeconds >= 0) {
            settings = settings.withLatestTtl(Duration.ofSeconds(ttlSeconds));
        }
        String source = getString(BASIC_AUTH_CREDENTIALS_SOURCE).toUpperCase(Locale.ROOT);
        String userInfo = getPassword(BASIC_AUTH_USER_INFO).value();
        if (source.equals("USER_INFO")) {
            if (!userInfo.contains(":")) {
                throw new ConfigException(BASIC_AUTH_USER_INFO, new Password(userInfo),
                        "must have the form user:password when basic.auth.credentials.source is USER_INFO");
            }
            settings = settings.withUserInfo(userInfo);
        }
        return settings;
    }

    /** A new REST client for the configured registry; the caller closes it. */
    public SchemaRegistryClient newRegistryClient() {
        return new RestSchemaRegistryClient(registryClientSettings());
    }

    /** The generated class to read keys or values as, when configured. */
    public Optional<Class<? extends SpecificRecord>> specificType(boolean isKey) {
        String key = isKey ? SPECIFIC_AVRO_KEY_TYPE : SPECIFIC_AVRO_VALUE_TYPE;
        Class<?> type = getClass(key);
        if (type == null) {
            return Optional.empty();
        }
        if (!SpecificRecord.class.isAssignableFrom(type)) {
            throw new ConfigException(key, type.getName(), "must be an Avro generated (SpecificRecord) class");
        }
        return Optional.of(type.asSubclass(SpecificRecord.class));
    }

    private static final class StrategyValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            try {
                SubjectNameStrategy.parse(String.valueOf(value));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, e.getMessage());
            }
        }

        @Override
        public String toString() {
            return "TopicNameStrategy, RecordNameStrategy or TopicRecordNameStrategy";
        }
    }
}
