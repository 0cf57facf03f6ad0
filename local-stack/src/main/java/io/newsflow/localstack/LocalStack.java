package io.newsflow.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

import io.newsflow.localstack.kafka.EmbeddedKafka;
import io.newsflow.localstack.registry.SchemaRegistryServer;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the demo and the tests run instead of Docker: a real Kafka broker (KRaft, in this JVM) and a
 * Confluent-compatible schema registry that stores its schemas in that broker.
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.builder().freePorts().build().start()) {
 *     stack.createTopics(new NewTopic("news.articles.raw", 6, (short) 1));
 *     producerProps.put("bootstrap.servers", stack.bootstrapServers());
 *     producerProps.put("schema.registry.url", stack.registryUrl());
 * }
 * }</pre>
 *
 * <p>{@link #kafka()} and {@link #registry()} give the two parts for tests that stop or restart one
 * of them; both come back on the same address.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private final EmbeddedKafka kafka;
    private final int registryPort;
    private SchemaRegistryServer registry;

    private LocalStack(Builder builder) {
        EmbeddedKafka.Builder kafkaBuilder = EmbeddedKafka.builder()
                .brokerPort(builder.brokerPort)
                .controllerPort(builder.controllerPort);
        builder.dataDirectory.ifPresent(directory -> kafkaBuilder.dataDirectory(directory.resolve("kafka")));
        this.kafka = kafkaBuilder.build();
        this.registryPort = builder.registryPort;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts the broker, then the registry (which needs the broker). */
    public synchronized LocalStack start() {
        long started = System.nanoTime();
        kafka.start();
        try {
            // Built only now: the broker's final address is known once it has bound its port.
            if (registry == null) {
                registry = SchemaRegistryServer.builder(kafka.bootstrapServers()).port(registryPort).build();
            }
            registry.start();
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
        log.info("Local stack up after {} ms: bootstrap {}, registry {}",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), bootstrapServers(), registryUrl());
        return this;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** {@code http://localhost:<port>}; known once the stack has been started. */
    public String registryUrl() {
        return registry().url();
    }

    /** Creates topics idempotently, adapted to one broker; see {@link EmbeddedKafka#createTopics(Collection)}. */
    public void createTopics(Collection<NewTopic> topics) {
        kafka.createTopics(topics);
    }

    public void createTopics(NewTopic... topics) {
        createTopics(Arrays.asList(topics));
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    /** The registry, for tests that stop and start it; exists once the stack has been started. */
    public synchronized SchemaRegistryServer registry() {
        if (registry == null) {
            throw new IllegalStateException("The registry exists once the stack has been started");
        }
        return registry;
    }

    /** Stops the registry, then the broker; a temporary data directory is removed. */
    @Override
    public synchronized void close() {
        try {
            if (registry != null) {
                registry.close();
            }
        } finally {
            kafka.close();
        }
    }

    /** Ports and storage of a {@link LocalStack}; defaults are Confluent's usual ports 9092 and 8081. */
    public static final class Builder {

        private int brokerPort = 9092;
        private int controllerPort = 0;
        private int registryPort = 8081;
        private Optional<Path> dataDirectory = Optional.empty();

        private Builder() {
        }

        public Builder brokerPort(int port) {
            this.brokerPort = port;
            return this;
        }

        public Builder controllerPort(int port) {
            this.controllerPort = port;
            return this;
        }

        public Builder registryPort(int port) {
            this.registryPort = port;
            return this;
        }

        /** Free ports for everything: what tests should use, so they never collide with a running demo. */
        public Builder freePorts() {
            return brokerPort(0).controllerPort(0).registryPort(0);
        }

        /**
         * Keeps the broker's data (and with it the schemas) under this directory, so a restarted
         * stack has its topics, offsets and schema ids back. Without it the data is temporary.
         */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = Optional.of(directory.toAbsolutePath());
            return this;
        }

        public LocalStack build() {
            return new LocalStack(this);
        }
    }
}
