package io.newsflow.localstack.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class TopicCreatorTest {

    @Test
    void shouldLowerReplicationAndMinInSyncReplicasToOneAndKeepTheRest() {
        NewTopic production = new NewTopic("news.articles.raw", 12, (short) 3)
                .configs(Map.of("min.insync.replicas", "2", "cleanup.policy", "compact"));

        NewTopic local = TopicCreator.forSingleNode(production);

        assertThat(local.name()).isEqualTo("news.articles.raw");
        assertThat(local.numPartitions()).isEqualTo(12);
        assertThat(local.replicationFactor()).isEqualTo((short) 1);
        assertThat(local.configs()).containsExactlyInAnyOrderEntriesOf(Map.of("min.insync.replicas", "1", "cleanup.policy", "compact"));
    }

    @Test
    void shouldLeaveThePartitionCountToTheBrokerWhenNoneIsRequested() {
        NewTopic local = TopicCreator.forSingleNode(new NewTopic("news.articles.raw", Optional.empty(), Optional.empty()));

        assertThat(local.numPartitions()).isEqualTo(-1);
        assertThat(local.replicationFactor()).isEqualTo((short) 1);
    }

    @Test
    void shouldRefuseReplicaAssignmentsThatNameOtherBrokers() {
        NewTopic assigned = new NewTopic("news.articles.raw", Map.of(0, List.of(1, 2, 3)));

        assertThatThrownBy(() -> TopicCreator.forSingleNode(assigned))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("news.articles.raw names explicit replica assignments");
    }
}
