package io.newsflow.localstack;

import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the local stack until SIGTERM or Ctrl-C:
 *
 * <pre>
 * java -cp ... io.newsflow.localstack.LocalStackMain [--broker-port 9092] [--registry-port 8081]
 *      [--controller-port 0] [--data-dir DIR]
 * </pre>
 *
 * Standard output gets exactly two lines once everything serves, {@code bootstrap: localhost:9092}
 * and {@code registry: http://localhost:8081}, so scripts can wait for and parse them; logs go to
 * standard error. Exit codes: 0 after a clean stop, 1 when the stack could not start, 2 for bad flags.
 */
public final class LocalStackMain {

    private static final Set<String> FLAGS = Set.of("broker-port", "registry-port", "controller-port", "data-dir");

    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalStackLogging.useBundledConfigurationUnlessConfigured();
        LocalStack.Builder builder = LocalStack.builder();
        try {
            CommandLineArguments arguments = CommandLineArguments.parse(args, FLAGS);
            builder.brokerPort(arguments.port("broker-port", 9092))
                    .registryPort(arguments.port("registry-port", 8081))
                    .controllerPort(arguments.port("controller-port", 0));
            arguments.path("data-dir").ifPresent(builder::dataDirectory);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: LocalStackMain [--broker-port 9092] [--registry-port 8081] [--controller-port 0] [--data-dir DIR]");
            System.exit(2);
            return;
        }
        LocalStack stack = builder.build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            stopped.countDown();
        }, "local-stack-shutdown"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("The local stack did not start: " + e.getMessage());
            e.printStackTrace(System.err);
            System.exit(1);
        }
        System.out.println("bootstrap: " + stack.bootstrapServers());
        System.out.println("registry: " + stack.registryUrl());
        System.out.flush();
        stopped.await();
    }
}
