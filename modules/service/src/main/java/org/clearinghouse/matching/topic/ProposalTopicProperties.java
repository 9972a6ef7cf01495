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
 */
@ConfigurationProperties("clearinghouse.topic")
public record ProposalTopicProperties(@DefaultValue("clearinghouse.match-proposals") String name,
		@DefaultValue("6") int partitions, @DefaultValue("1") short replicas) {

}
