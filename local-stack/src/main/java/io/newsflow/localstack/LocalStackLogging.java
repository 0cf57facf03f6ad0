package io.newsflow.localstack;

/**
 * Logging set-up for the local stack's own {@code main} entry points.
 *
 * <p>Without a configuration file Logback logs everything at DEBUG, which for a Kafka broker is
 * thousands of lines a minute. The entry points therefore point Logback at the bundled
 * {@value #CONFIGURATION} (INFO to standard error, broker internals at WARN) unless the user chose
 * a configuration with {@code -Dlogback.configurationFile} or put a {@code logback.xml} on the
 * class path. Standard output stays free for the machine-readable {@code bootstrap:} and
 * {@code registry:} lines.
 */
public final class LocalStackLogging {

    public static final String CONFIGURATION = "logback-local-stack.xml";
    private static final String LOGBACK_CONFIGURATION_PROPERTY = "logback.configurationFile";

    private LocalStackLogging() {
    }

    /** Must run before the first logger is created in this JVM, i.e. first thing in {@code main}. */
    public static void useBundledConfigurationUnlessConfigured() {
        if (System.getProperty(LOGBACK_CONFIGURATION_PROPERTY) != null) {
            return;
        }
        ClassLoader loader = LocalStackLogging.class.getClassLoader();
        if (loader.getResource("logback-test.xml") != null || loader.getResource("logback.xml") != null) {
            return;
        }
        System.setProperty(LOGBACK_CONFIGURATION_PROPERTY, CONFIGURATION);
    }
}
