package io.newsflow.topics;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/**
 * A topic together with the serdes of its keys and values, so wiring code never pairs a topic with the wrong
 * serde: {@code Consumed.with(topic.keySerde(), topic.valueSerde())}.
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
    }
}
