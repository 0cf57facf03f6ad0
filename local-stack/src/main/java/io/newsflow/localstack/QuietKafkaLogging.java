package io.newsflow.localstack;

import java.util.List;
import java.util.Optional;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Turns the embedded broker's logging down to WARN.
 *
 * <p>A Kafka broker logs hundreds of INFO lines while it starts (its whole configuration, every
 * partition it loads, every coordinator election); in a test report or next to the demo's output
 * they bury what matters. Only loggers that nobody configured are touched, so a
 * {@code logback.xml} that names one of them wins. The system property
 * {@value #KAFKA_LEVEL_PROPERTY} (e.g. {@code INFO}) sets another level for all of them.
 */
public final class QuietKafkaLogging {

    public static final String KAFKA_LEVEL_PROPERTY = "newsflow.localstack.kafka.level";

    /**
     * Server-side packages, plus the client internals that print a configuration dump or a version
     * banner each time the registry or a topic helper opens a client.
     */
    private static final List<String> CHATTY_LOGGERS = List.of(
            "kafka",
            "state.change.logger",
            "org.apache.kafka.server",
            "org.apache.kafka.raft",
            "org.apache.kafka.metadata",
            "org.apache.kafka.image",
            "org.apache.kafka.queue",
            "org.apache.kafka.storage",
            "org.apache.kafka.coordinator",
            "org.apache.kafka.network",
            "org.apache.kafka.security",
            "org.apache.kafka.snapshot",
            "org.apache.kafka.common.network",
            "org.apache.kafka.common.metrics",
            "org.apache.kafka.common.utils",
            "org.apache.kafka.common.config.AbstractConfig",
            "org.apache.kafka.clients.admin.AdminClientConfig",
            "org.apache.kafka.clients.producer.ProducerConfig",
            "org.apache.kafka.clients.consumer.ConsumerConfig");

    /** The KRaft controller reports its ordinary activation at WARN on every start. */
    private static final String CONTROLLER_LOGGER = "org.apache.kafka.controller";

    private QuietKafkaLogging() {
    }

    /** Applies the quiet levels; cheap and idempotent, called on every broker start. */
    public static void apply() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext context)) {
            return;
        }
        Optional<Level> requested = Optional.ofNullable(System.getProperty(KAFKA_LEVEL_PROPERTY)).map(Level::toLevel);
        CHATTY_LOGGERS.forEach(name -> setUnlessConfigured(context, name, requested.orElse(Level.WARN)));
        setUnlessConfigured(context, CONTROLLER_LOGGER, requested.orElse(Level.ERROR));
    }

    private static void setUnlessConfigured(LoggerContext context, String name, Level level) {
        ch.qos.logback.classic.Logger logger = context.getLogger(name);
        if (logger.getLevel() == null) {
            logger.setLevel(level);
        }
    }
}
