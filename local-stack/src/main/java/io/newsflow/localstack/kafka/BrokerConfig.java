package io.newsflow.localstack.kafka;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The server configuration of a one-node KRaft cluster that runs broker and controller in the same
 * process, tuned for a laptop or a CI runner with two cores rather than for a data centre.
 *
 * <p>Every deviation from Kafka's defaults is here with the reason for it; callers may still
 * override any key.
 */
final class BrokerConfig {

    static final int NODE_ID = 1;
    static final String BROKER_LISTENER = "PLAINTEXT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";

    /** Clients reach the broker by this name; the listeners bind the IPv4 loopback it resolves to. */
    static final String ADVERTISED_HOST = "localhost";
    static final String BIND_HOST = "127.0.0.1";

    private static final long MIB = 1024L * 1024L;

    private BrokerConfig() {
    }

    static Properties of(int brokerPort, int controllerPort, Path logDirectory, Map<String, String> overrides) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        // A static voter set (rather than a dynamic quorum formatted with --standalone) keeps the
        // controller port out of the stored metadata, so a persistent data directory can be reused
        // with a different controller port.
        p.put("controller.quorum.voters", NODE_ID + "@" + ADVERTISED_HOST + ":" + controllerPort);
        p.put("listeners", BROKER_LISTENER + "://" + BIND_HOST + ":" + brokerPort + ","
                + CONTROLLER_LISTENER + "://" + BIND_HOST + ":" + controllerPort);
        p.put("advertised.listeners", BROKER_LISTENER + "://" + ADVERTISED_HOST + ":" + brokerPort);
        p.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", BROKER_LISTENER);
        p.put("log.dirs", logDirectory.toAbsolutePath().toString());

        // One replica is all a single node can hold; the internal topics default to three and would
        // never become available. min ISR 1 on the transaction log is what lets exactly-once
        // Streams applications and transactional producers commit.
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        // Fifty partitions per internal topic only slow down the first consumer group and the first
        // transaction; a handful still spreads coordinator work over the group coordinator threads.
        p.put("offsets.topic.num.partitions", "4");
        p.put("transaction.state.log.num.partitions", "4");
        p.put("transaction.state.log.segment.bytes", String.valueOf(16 * MIB));

        // After a hard kill the restarted node must wait for its previous incarnation's session to
        // expire before it may register again; the default nine seconds make every crash test
        // slow. Four seconds still rides out a long GC pause on a busy machine.
        p.put("broker.session.timeout.ms", "4000");
        p.put("broker.heartbeat.interval.ms", "1000");

        // Tests and the demo start consumers one after the other; waiting three seconds for more
        // members before the first rebalance only makes every run slower.
        p.put("group.initial.rebalance.delay.ms", "0");
        // Topics are created explicitly with their partition counts (see EmbeddedKafka#createTopics);
        // a typo in a topic name should fail rather than silently create a one-partition topic.
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");

        // Bounded disk use when benchmarks push millions of records: small enough segments that
        // retention and compaction can act, and a size cap per partition next to the time cap.
        p.put("log.segment.bytes", String.valueOf(64 * MIB));
        p.put("log.retention.bytes", String.valueOf(1024 * MIB));
        p.put("log.retention.hours", "168");
        p.put("log.retention.check.interval.ms", "60000");
        // The cleaner's default 128 MiB dedupe buffer is a large share of a test JVM's heap; the
        // compacted topics here (_schemas, offsets, changelogs) are small.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * MIB));
        p.put("log.cleaner.threads", "1");

        // Two cores are shared by the broker, the registry, the services and the build.
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("num.replica.fetchers", "1");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("background.threads", "4");

        p.putAll(overrides);
        return p;
    }
}
