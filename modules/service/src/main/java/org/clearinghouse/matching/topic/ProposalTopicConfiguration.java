package org.clearinghouse.matching.topic;

import org.apache.kafka.clients.admin.NewTopic;

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
		return TopicBuilder.name(topic.name()).partitions(topic.partitions()).replicas(topic.replicas()).build();
	}

}
