package org.clearinghouse.matching.topic;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topic is created at start-up if it is missing (Spring's KafkaAdmin creates declared
 * topics).
 */
@Configuration(proxyBeanMethods = false)
class ProposalTopicConfiguration {

	@Bean
	NewTopic proposalTopic(ProposalTopicProperties topic) {
		TopicBuilder builder = TopicBuilder.name(topic.name())
			.partitions(topic.partitions())
			.replicas(topic.replicas());
		if (topic.minInSyncReplicas() != null) {
			builder.config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, topic.minInSyncReplicas().toString());
		}
		return builder.build();
	}

}
