package io.newsflow.localstack.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import io.newsflow.localstack.CommandLineArguments;
import io.newsflow.localstack.LocalStackLogging;

/**
 * Runs one {@link EmbeddedKafka} broker as a process of its own, so a test can kill it hard (see
 * {@link BrokerProcess}) or a developer can run just the broker.
 *
 * <pre>
 * java -cp ... io.newsflow.localstack.kafka.EmbeddedKafkaMain [--broker-port 9092]
 *      [--controller-port 0] [--data-dir DIR] [--stop-on-stdin-close true]
 * </pre>
 *
 * Prints {@code bootstrap: localhost:<port>} on standard output once the broker serves, and stops
 * cleanly on SIGTERM or Ctrl-C. With {@code --stop-on-stdin-close true} it also stops when standard
 * input closes, which is how a child broker follows its parent JVM when that one dies.
 */
public final class EmbeddedKafkaMain {

    static final String READY_PREFIX = "bootstrap: ";
    private static final Set<String> FLAGS = Set.of("broker-port", "controller-port", "data-dir", "stop-on-stdin-close");

    private EmbeddedKafkaMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalStackLogging.useBundledConfigurationUnlessConfigured();
        CommandLineArguments arguments;
        try {
            arguments = CommandLineArguments.parse(args, FLAGS);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        EmbeddedKafka.Builder builder = EmbeddedKafka.builder()
                .brokerPort(arguments.port("broker-port", 9092))
                .controllerPort(arguments.port("controller-port", 0));
        arguments.path("data-dir").ifPresent(builder::dataDirectory);
        EmbeddedKafka kafka = builder.build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            stopped.countDown();
        }, "embedded-kafka-shutdown"));

        try {
            kafka.start();
        } catch (RuntimeException e) {
            System.err.println("The Kafka broker did not start: " + e.getMessage());
            e.printStackTrace(System.err);
            System.exit(1);
        }
        System.out.println(READY_PREFIX + kafka.bootstrapServers());
        System.out.flush();

        if (arguments.value("stop-on-stdin-close").map(Boolean::parseBoolean).orElse(false)) {
            Thread watcher = new Thread(() -> {
                waitForEndOfInput(System.in);
                // Exiting runs the shutdown hook, which stops the broker cleanly.
                System.exit(0);
            }, "embedded-kafka-parent-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    private static void waitForEndOfInput(InputStream input) {
        byte[] buffer = new byte[256];
        try {
            while (input.read(buffer) >= 0) {
                // Input is ignored; only its end matters.
            }
        } catch (IOException e) {
            // A broken pipe means the parent is gone, the same as end of input.
        }
    }
}
