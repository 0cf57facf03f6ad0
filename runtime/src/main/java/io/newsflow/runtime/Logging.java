package io.newsflow.runtime;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import io.newsflow.runtime.config.CommonSettings.LogFormat;
import org.slf4j.LoggerFactory;

/**
 * Sets up logging for a service: newsflow's loggers at the configured level, the Kafka clients and
 * other libraries at WARN (they are verbose at INFO and never say anything an operator acts on when
 * all is well), as text or as one JSON object per line for log shippers.
 */
public final class Logging {
  private static final String[] QUIET = {
      "org.apache.kafka", "kafka", "org.apache.zookeeper", "state.change.logger", "org.apache.avro",
      "opennlp", "io.micrometer", "org.jsoup"};

  private Logging() {}

  public static void configure(LogFormat format, String level) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return; // another SLF4J backend is in charge (e.g. in an embedding application)
    }
    context.reset();
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName("console");
    console.setTarget("System.err");
    console.setEncoder(encoder(context, format));
    console.start();

    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(console);
    context.getLogger("io.newsflow").setLevel(Level.toLevel(level, Level.INFO));
    for (String quiet : QUIET) {
      context.getLogger(quiet).setLevel(Level.WARN);
    }
    // Warns at every clean shutdown of an in-process broker that a client was closed twice.
    context.getLogger("org.apache.kafka.clients.NetworkClient").setLevel(Level.ERROR);
    // Warns, once per stream thread, about a global-thread handler setting even when it is set;
    // the Streams configuration is fixed in code, so its warnings are for us, not for operators.
    context.getLogger("org.apache.kafka.streams.StreamsConfig").setLevel(Level.ERROR);
  }

  private static Encoder<ILoggingEvent> encoder(LoggerContext context, LogFormat format) {
    if (format == LogFormat.JSON) {
      JsonEncoder json = new JsonEncoder();
      json.setContext(context);
      json.start();
      return json;
    }
    PatternLayoutEncoder pattern = new PatternLayoutEncoder();
    pattern.setContext(context);
    pattern.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n");
    pattern.start();
    return pattern;
  }
}
