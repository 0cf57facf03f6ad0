package io.newsflow.localstack.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.localstack.kafka.FreePorts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A schema registry that speaks Confluent Schema Registry's REST API for Avro and keeps its data
 * in a compacted Kafka topic ({@code _schemas} by default), so Confluent's serializers and tools
 * work against it and ids survive a restart.
 *
 * <p>The port is fixed when the instance is built (0 picks a free one), so {@link #stop()} then
 * {@link #start()} brings the registry back at the same URL, which is how a test simulates "the
 * registry is down".
 *
 * <pre>{@code
 * SchemaRegistryServer registry = SchemaRegistryServer.builder(kafka.bootstrapServers()).port(0).build().start();
 * String url = registry.url();   // http://localhost:<port>
 * }</pre>
 */
public final class SchemaRegistryServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SchemaRegistryServer.class);
    private static final String HOST = "localhost";

    private final String bootstrapServers;
    private final String topic;
    private final boolean portChosenFreely;
    private int port;
    private final int threads;
    private final int maxRequestBytes;
    private final Duration storeTimeout;
    private final ObjectMapper json = new ObjectMapper();

    private HttpServer server;
    private ThreadPoolExecutor executor;
    private SchemaStore store;
    private boolean everStarted;

    private SchemaRegistryServer(Builder builder) {
        this.bootstrapServers = builder.bootstrapServers;
        this.topic = builder.topic;
        this.portChosenFreely = builder.port == 0;
        this.port = FreePorts.orFree(builder.port);
        this.threads = builder.threads;
        this.maxRequestBytes = builder.maxRequestBytes;
        this.storeTimeout = builder.storeTimeout;
    }

    /** A registry that keeps its data in the Kafka cluster at {@code bootstrapServers}. */
    public static Builder builder(String bootstrapServers) {
        return new Builder(bootstrapServers);
    }

    /**
     * Reads the schema topic to its end (creating it if needed), then serves. Fails if Kafka does
     * not answer within the store timeout. Starting a running registry does nothing.
     */
    public synchronized SchemaRegistryServer start() {
        if (server != null) {
            return this;
        }
        long started = System.nanoTime();
        SchemaStore candidateStore = new SchemaStore(bootstrapServers, topic, storeTimeout, json);
        try {
            candidateStore.start();
            RegistryHttpApi api = new RegistryHttpApi(new SchemaRegistry(candidateStore), json, maxRequestBytes);
            ThreadPoolExecutor candidateExecutor = newExecutor();
            server = bind(api, candidateExecutor);
            executor = candidateExecutor;
            store = candidateStore;
        } catch (RuntimeException e) {
            candidateStore.close();
            throw e;
        }
        everStarted = true;
        log.info("Schema registry serving on {} (schemas in topic {}) after {} ms",
                url(), topic, Duration.ofNanos(System.nanoTime() - started).toMillis());
        return this;
    }

    /** Stops serving and closes the Kafka clients; the data stays in the topic. Stopping twice is harmless. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        // Closing the listener first makes new connections fail fast, like a registry that is down.
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
        store.close();
        server = null;
        executor = null;
        store = null;
        log.debug("Schema registry on {} stopped", url());
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** {@code http://localhost:<port>}; stays the same across restarts. */
    public String url() {
        return "http://" + HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
    }

    private HttpServer bind(RegistryHttpApi api, ThreadPoolExecutor pool) {
        try {
            return listen(api, pool);
        } catch (BindException e) {
            if (!everStarted && portChosenFreely) {
                // Another process took the free port between choosing and binding; choose again.
                port = FreePorts.pick();
                try {
                    return listen(api, pool);
                } catch (IOException retry) {
                    pool.shutdownNow();
                    throw new UncheckedIOException("Cannot listen on port " + port, retry);
                }
            }
            pool.shutdownNow();
            throw new UncheckedIOException("Port " + port + " is in use; is another registry running?", e);
        } catch (IOException e) {
            pool.shutdownNow();
            throw new UncheckedIOException("Cannot listen on port " + port, e);
        }
    }

    private HttpServer listen(RegistryHttpApi api, ThreadPoolExecutor pool) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        http.createContext("/", api);
        http.setExecutor(pool);
        http.start();
        return http;
    }

    /**
     * A fixed pool with a bounded queue. When both are full the dispatcher thread runs the request
     * itself, which stops it accepting more until it is done: back-pressure instead of dropped
     * connections or unbounded memory.
     */
    private ThreadPoolExecutor newExecutor() {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "schema-registry-http-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(256), factory,
                new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** Settings for a {@link SchemaRegistryServer}; every one has a default that suits the local stack. */
    public static final class Builder {

        private final String bootstrapServers;
        private String topic = "_schemas";
        private int port = 8081;
        private int threads = 4;
        private int maxRequestBytes = 4 * 1024 * 1024;
        private Duration storeTimeout = Duration.ofSeconds(30);

        private Builder(String bootstrapServers) {
            this.bootstrapServers = Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        }

        /** 8081 by default, Confluent's port; 0 for a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The compacted topic holding schemas and settings; {@code _schemas} by default. */
        public Builder topic(String topic) {
            if (topic.isBlank()) {
                throw new IllegalArgumentException("The schema topic needs a name");
            }
            this.topic = topic;
            return this;
        }

        /** Request-handling threads; 4 by default. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("The registry needs at least one thread, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** Largest request body accepted (HTTP 413 beyond); 4 MiB by default. */
        public Builder maxRequestBytes(int bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("A request limit below 1 KiB would refuse ordinary schemas, was " + bytes);
            }
            this.maxRequestBytes = bytes;
            return this;
        }

        /**
         * How long a start, a registration or a delete may wait for Kafka before failing with
         * Confluent's store (50001) or timeout (50002) error; 30 s by default.
         */
        public Builder storeTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("The store timeout must be positive, was " + timeout);
            }
            this.storeTimeout = timeout;
            return this;
        }

        public SchemaRegistryServer build() {
            return new SchemaRegistryServer(this);
        }
    }
}
