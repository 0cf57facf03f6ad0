package io.newsflow.localstack.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.newsflow.localstack.QuietKafkaLogging;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker in KRaft combined mode (broker and controller in one node) running
 * inside this JVM, built from Kafka's own server classes.
 *
 * <p>Ports are fixed when the instance is built (0 means "pick a free one now"), so
 * {@link #restart()} brings the broker back on the same address with the same data, and producers
 * reconnect without being told. Use {@link BrokerProcess} instead when a test must kill the broker
 * hard.
 *
 * <pre>{@code
 * try (EmbeddedKafka kafka = EmbeddedKafka.builder().brokerPort(0).build().start()) {
 *     kafka.createTopics(List.of(new NewTopic("news.articles.raw", 6, (short) 1)));
 *     String bootstrap = kafka.bootstrapServers();
 * }
 * }</pre>
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);

    private final boolean brokerPortChosenFreely;
    private final boolean controllerPortChosenFreely;
    private int brokerPort;
    private int controllerPort;
    private final Path dataDirectory;
    private final boolean temporaryDataDirectory;
    private final Map<String, String> overrides;

    private KafkaRaftServer server;
    private boolean everStarted;

    private EmbeddedKafka(Builder builder) {
        this.brokerPortChosenFreely = builder.brokerPort == 0;
        this.controllerPortChosenFreely = builder.controllerPort == 0;
        this.brokerPort = FreePorts.orFree(builder.brokerPort);
        this.controllerPort = FreePorts.orFree(builder.controllerPort);
        if (brokerPort == controllerPort) {
            throw new IllegalArgumentException("Broker and controller need different ports, both were " + brokerPort);
        }
        this.temporaryDataDirectory = builder.dataDirectory.isEmpty();
        this.dataDirectory = builder.dataDirectory.orElseGet(EmbeddedKafka::newTemporaryDirectory);
        this.overrides = Map.copyOf(builder.overrides);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Formats the data directory if it is new, starts the node and returns once the broker is
     * unfenced and serving. Starting a running broker does nothing.
     */
    public synchronized EmbeddedKafka start() {
        if (server != null) {
            return this;
        }
        QuietKafkaLogging.apply();
        long started = System.nanoTime();
        try {
            server = startServer();
        } catch (RuntimeException e) {
            // A freely chosen port may have been taken between choosing and binding; choose again,
            // but only before the first start, after which clients already know the address.
            if (!everStarted && isBindFailure(e) && (brokerPortChosenFreely || controllerPortChosenFreely)) {
                log.debug("Port taken between choosing and binding, choosing again", e);
                brokerPort = brokerPortChosenFreely ? FreePorts.pick() : brokerPort;
                controllerPort = controllerPortChosenFreely ? FreePorts.pick() : controllerPort;
                server = startServer();
            } else {
                throw e;
            }
        }
        everStarted = true;
        log.info("Kafka broker serving on {} (data in {}) after {} ms",
                bootstrapServers(), dataDirectory, Duration.ofNanos(System.nanoTime() - started).toMillis());
        return this;
    }

    /** Shuts the node down cleanly and waits until it has. Data stays; stopping twice is harmless. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        KafkaRaftServer stopping = server;
        server = null;
        stopping.shutdown();
        stopping.awaitShutdown();
        log.debug("Kafka broker on {} stopped", bootstrapServers());
    }

    /** Stops and starts again on the same ports with the same data directory. */
    public synchronized EmbeddedKafka restart() {
        stop();
        return start();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** {@code localhost:<port>}; stays the same across restarts. */
    public String bootstrapServers() {
        return BrokerConfig.ADVERTISED_HOST + ":" + brokerPort;
    }

    public int brokerPort() {
        return brokerPort;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Client settings that reach this broker: a starting point for producers, consumers, admins. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return properties;
    }

    /**
     * Creates the topics, adapted to one node (replication factor 1). Topics that already exist with
     * the requested partition count are left alone; a different partition count is an error.
     */
    public void createTopics(Collection<NewTopic> topics) {
        Map<String, Object> properties = clientProperties();
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "local-stack-topic-creator");
        try (Admin admin = Admin.create(properties)) {
            TopicCreator.create(admin, topics);
        }
    }

    public void createTopics(NewTopic... topics) {
        createTopics(Arrays.asList(topics));
    }

    /** Stops the broker and removes the data directory if this instance created it. */
    @Override
    public synchronized void close() {
        stop();
        if (temporaryDataDirectory) {
            deleteRecursively(dataDirectory);
        }
    }

    private KafkaRaftServer startServer() {
        KafkaConfig config = KafkaConfig.fromProps(BrokerConfig.of(brokerPort, controllerPort, dataDirectory, overrides), false);
        BrokerStorage.formatIfNeeded(config, dataDirectory);
        KafkaRaftServer candidate = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            candidate.startup();
            return candidate;
        } catch (RuntimeException e) {
            candidate.shutdown();
            candidate.awaitShutdown();
            throw e;
        }
    }

    private static boolean isBindFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    private static Path newTemporaryDirectory() {
        try {
            return Files.createTempDirectory("newsflow-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory for Kafka's data", e);
        }
    }

    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    log.warn("Could not delete {}: {}", path, e.getMessage());
                }
            });
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", directory, e.getMessage());
        }
    }

    /** Settings for an {@link EmbeddedKafka}; every one has a default that suits a test. */
    public static final class Builder {

        private int brokerPort = 9092;
        private int controllerPort = 0;
        private Optional<Path> dataDirectory = Optional.empty();
        private final Map<String, String> overrides = new LinkedHashMap<>();

        private Builder() {
        }

        /** The port clients connect to; 9092 by default, 0 for a free port. */
        public Builder brokerPort(int port) {
            this.brokerPort = port;
            return this;
        }

        /** The KRaft controller's port; a free one by default. */
        public Builder controllerPort(int port) {
            this.controllerPort = port;
            return this;
        }

        /**
         * Keeps Kafka's data in this directory, formatting it on first use, so topics and offsets
         * survive a restart of the JVM. Without it a temporary directory is used and removed on
         * {@link #close()}.
         */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = Optional.of(directory.toAbsolutePath());
            return this;
        }

        /** Overrides one server setting, e.g. {@code log.retention.bytes}. */
        public Builder brokerProperty(String key, String value) {
            overrides.put(key, value);
            return this;
        }

        public EmbeddedKafka build() {
            return new EmbeddedKafka(this);
        }
    }
}
