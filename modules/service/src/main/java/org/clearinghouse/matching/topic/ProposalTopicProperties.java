package org.clearinghouse.matching.topic;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The proposals topic ({@code clearinghouse.topic.*}).
 *
 * @param name the topic's name
 * @param partitions partitions when the service creates it
 * @param replicas replication factor when the service creates it (3 on a three-broker
 * cluster)
 * @param minInSyncReplicas the topic's {@code min.insync.replicas} when the service
 * creates it (2 on a three-broker cluster: an acknowledged record is on two brokers);
 * unset, the broker's default
 */
@ConfigurationProperties("clearinghouse.topic")
public record ProposalTopicProperties(@DefaultValue("clearinghouse.match-proposals") String name,
		@DefaultValue("6") int partitions, @DefaultValue("1") short replicas, Integer minInSyncReplicas) {

}
