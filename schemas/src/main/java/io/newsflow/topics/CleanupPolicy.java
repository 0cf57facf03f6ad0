package io.newsflow.topics;

import org.apache.kafka.common.config.TopicConfig;

/** What the broker does with old records of a topic. */
public enum CleanupPolicy {
    /** Drop records older than the retention time. */
    DELETE(TopicConfig.CLEANUP_POLICY_DELETE),
    /** Keep only the newest record per key, and drop even that once older than the retention time. */
    COMPACT_DELETE(TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE);

    private final String configValue;

    CleanupPolicy(String configValue) {
        this.configValue = configValue;
    }

    /** The value of the topic's {@code cleanup.policy} setting. */
    public String configValue() {
        return configValue;
    }
}
