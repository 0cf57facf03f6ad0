package io.newsflow.localstack.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import kafka.server.KafkaConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * Prepares a log directory for a KRaft node, the programmatic equivalent of
 * {@code kafka-storage.sh format --ignore-formatted}: a directory that already holds a formatted
 * node is left alone, so data survives a restart.
 */
final class BrokerStorage {

    private BrokerStorage() {
    }

    static void formatIfNeeded(KafkaConfig config, Path logDirectory) {
        try {
            Files.createDirectories(logDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the Kafka log directory " + logDirectory, e);
        }
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        // The formatter reports progress on a PrintStream; it is kept for the error message only.
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(printStream)
                    .setNodeId(config.nodeId())
                    .setWriteBootstrapSnapshot(true)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setUnstableFeatureVersionsEnabled(false)
                    .setIgnoreFormatted(true)
                    .setControllerListenerName(BrokerConfig.CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setHasDynamicQuorum(false)
                    .addDirectory(logDirectory.toAbsolutePath().toString())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Formatting the Kafka log directory " + logDirectory + " failed: "
                    + e.getMessage() + " (formatter output: " + output.toString(StandardCharsets.UTF_8).strip() + ")", e);
        }
    }
}
