package io.newsflow.localstack.kafka;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.newsflow.localstack.LocalStackLogging;
import io.newsflow.localstack.QuietKafkaLogging;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka broker in a child JVM ({@link EmbeddedKafkaMain}), for tests that must kill the broker
 * the hard way: {@link #kill()} sends SIGKILL, so the broker gets no chance to flush or deregister,
 * exactly like a crashed machine. {@link #restart()} starts it again on the same ports with the same
 * data directory, so clients reconnect to the address they already have.
 *
 * <p>The child uses this JVM's class path and follows this JVM: it stops when this JVM exits, even
 * when this JVM is killed, because it watches its standard input.
 */
public final class BrokerProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BrokerProcess.class);
    private static final Logger childLog = LoggerFactory.getLogger(BrokerProcess.class.getName() + ".child");
    private static final int OUTPUT_LINES_KEPT = 60;

    private final int brokerPort;
    private final int controllerPort;
    private final Path dataDirectory;
    private final boolean temporaryDataDirectory;
    private final String maxHeap;
    private final Duration startupTimeout;
    private final Thread reaper = new Thread(this::killQuietly, "broker-process-reaper");

    private Process process;
    private final Deque<String> recentOutput = new ArrayDeque<>();
    private boolean reaperRegistered;

    private BrokerProcess(Builder builder) {
        this.brokerPort = FreePorts.orFree(builder.brokerPort);
        this.controllerPort = FreePorts.orFree(builder.controllerPort);
        this.temporaryDataDirectory = builder.dataDirectory.isEmpty();
        this.dataDirectory = builder.dataDirectory.orElseGet(BrokerProcess::newTemporaryDirectory);
        this.maxHeap = builder.maxHeap;
        this.startupTimeout = builder.startupTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Launches the child JVM and returns once its broker serves. Starting a live process does nothing. */
    public synchronized BrokerProcess start() {
        if (isAlive()) {
            return this;
        }
        registerReaper();
        long started = System.nanoTime();
        CompletableFuture<String> ready = new CompletableFuture<>();
        try {
            process = new ProcessBuilder(command()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot launch a JVM for the Kafka broker: " + String.join(" ", command()), e);
        }
        Process launched = process;
        Thread pump = new Thread(() -> pumpOutput(launched, ready), "broker-process-output-" + launched.pid());
        pump.setDaemon(true);
        pump.start();
        awaitReady(launched, ready);
        log.info("Kafka broker process {} serving on {} after {} ms",
                launched.pid(), bootstrapServers(), Duration.ofNanos(System.nanoTime() - started).toMillis());
        return this;
    }

    /** SIGTERM, then waits for the broker's clean shutdown (SIGKILL if it takes over 60 s). */
    public synchronized void stop() {
        if (!isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                log.warn("Kafka broker process {} ignored SIGTERM for 60 s; killing it", process.pid());
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    /** SIGKILL: the broker dies at once, without shutting down cleanly. Waits until it is gone. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the broker if it runs (cleanly) and starts it again on the same ports and data. */
    public synchronized BrokerProcess restart() {
        stop();
        return start();
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The child's process id, for tests that want to signal it themselves. */
    public synchronized Optional<Long> pid() {
        return Optional.ofNullable(process).filter(Process::isAlive).map(Process::pid);
    }

    /** {@code localhost:<port>}; stays the same across restarts. */
    public String bootstrapServers() {
        return BrokerConfig.ADVERTISED_HOST + ":" + brokerPort;
    }

    public int brokerPort() {
        return brokerPort;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Creates topics idempotently, adapted to one broker; see {@link EmbeddedKafka#createTopics(Collection)}. */
    public void createTopics(Collection<NewTopic> topics) {
        try (Admin admin = Admin.create(Map.<String, Object>of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.CLIENT_ID_CONFIG, "local-stack-topic-creator"))) {
            TopicCreator.create(admin, topics);
        }
    }

    public void createTopics(NewTopic... topics) {
        createTopics(Arrays.asList(topics));
    }

    /** Stops the broker cleanly and removes the data directory if this instance created it. */
    @Override
    public synchronized void close() {
        stop();
        if (reaperRegistered) {
            try {
                Runtime.getRuntime().removeShutdownHook(reaper);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down; the reaper runs anyway and finds nothing to do.
            }
            reaperRegistered = false;
        }
        if (temporaryDataDirectory) {
            EmbeddedKafka.deleteRecursively(dataDirectory);
        }
    }

    private List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        // Few GC and compiler threads: the child shares two cores with the test that drives it.
        command.add("-XX:+UseSerialGC");
        command.add("-XX:CICompilerCount=2");
        command.add("-Dfile.encoding=UTF-8");
        // The bundled configuration, whatever logback-test.xml the parent's class path holds, so the
        // output has the format forward() expects.
        command.add("-Dlogback.configurationFile=" + LocalStackLogging.CONFIGURATION);
        Optional.ofNullable(System.getProperty(QuietKafkaLogging.KAFKA_LEVEL_PROPERTY))
                .ifPresent(level -> command.add("-D" + QuietKafkaLogging.KAFKA_LEVEL_PROPERTY + "=" + level));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(EmbeddedKafkaMain.class.getName());
        command.addAll(List.of(
                "--broker-port", String.valueOf(brokerPort),
                "--controller-port", String.valueOf(controllerPort),
                "--data-dir", dataDirectory.toString(),
                "--stop-on-stdin-close", "true"));
        return command;
    }

    private void pumpOutput(Process child, CompletableFuture<String> ready) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                remember(line);
                if (line.startsWith(EmbeddedKafkaMain.READY_PREFIX)) {
                    ready.complete(line.substring(EmbeddedKafkaMain.READY_PREFIX.length()).strip());
                } else {
                    forward(line);
                }
            }
        } catch (IOException e) {
            // The stream closes when the child dies; nothing more to read.
        }
        ready.completeExceptionally(new IllegalStateException("The Kafka broker process exited before it was ready"));
    }

    private void awaitReady(Process child, CompletableFuture<String> ready) {
        try {
            String advertised = ready.get(startupTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!advertised.equals(bootstrapServers())) {
                throw new IllegalStateException("The Kafka broker process serves on " + advertised + ", expected " + bootstrapServers());
            }
        } catch (ExecutionException | TimeoutException e) {
            child.destroyForcibly();
            throw new IllegalStateException("The Kafka broker process did not start within " + startupTimeout.toSeconds()
                    + " s (exit code " + exitCode(child) + "); its last output:\n" + String.join("\n", recentOutput()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroyForcibly();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker process", e);
        }
    }

    private static String exitCode(Process child) {
        try {
            return child.waitFor(5, TimeUnit.SECONDS) ? String.valueOf(child.exitValue()) : "none yet";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** The child logs with the bundled pattern, {@code time LEVEL logger - message}. */
    private static void forward(String line) {
        if (line.contains(" ERROR ")) {
            childLog.error("{}", line);
        } else if (line.contains(" WARN ")) {
            childLog.warn("{}", line);
        } else {
            childLog.debug("{}", line);
        }
    }

    private void remember(String line) {
        synchronized (recentOutput) {
            if (recentOutput.size() == OUTPUT_LINES_KEPT) {
                recentOutput.removeFirst();
            }
            recentOutput.addLast(line);
        }
    }

    private List<String> recentOutput() {
        synchronized (recentOutput) {
            return List.copyOf(recentOutput);
        }
    }

    private void registerReaper() {
        if (!reaperRegistered) {
            Runtime.getRuntime().addShutdownHook(reaper);
            reaperRegistered = true;
        }
    }

    private void killQuietly() {
        Process child = process;
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
        }
    }

    private static Path newTemporaryDirectory() {
        try {
            return Files.createTempDirectory("newsflow-kafka-process-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory for the broker's data", e);
        }
    }

    /** Settings for a {@link BrokerProcess}; by default free ports and a temporary data directory. */
    public static final class Builder {

        private int brokerPort = 0;
        private int controllerPort = 0;
        private Optional<Path> dataDirectory = Optional.empty();
        private String maxHeap = "512m";
        private Duration startupTimeout = Duration.ofSeconds(120);

        private Builder() {
        }

        /** The port clients connect to; a free one by default (0). */
        public Builder brokerPort(int port) {
            this.brokerPort = port;
            return this;
        }

        /** The KRaft controller's port; a free one by default (0). */
        public Builder controllerPort(int port) {
            this.controllerPort = port;
            return this;
        }

        /** Keeps the broker's data here instead of in a temporary directory removed on close. */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = Optional.of(directory.toAbsolutePath());
            return this;
        }

        /** The child JVM's {@code -Xmx}, e.g. {@code 1g}; 512m by default. */
        public Builder maxHeap(String heap) {
            if (!heap.matches("\\d+[kKmMgG]?")) {
                throw new IllegalArgumentException("Heap size must look like 512m or 1g, was '" + heap + "'");
            }
            this.maxHeap = heap;
            return this;
        }

        /** How long to wait for the child broker to serve; 120 s by default (a cold JVM on two busy cores). */
        public Builder startupTimeout(Duration timeout) {
            this.startupTimeout = timeout;
            return this;
        }

        public BrokerProcess build() {
            return new BrokerProcess(this);
        }
    }
}
