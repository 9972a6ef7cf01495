package org.clearinghouse.matching.candidates;

import org.clearinghouse.matching.MatchingPolicy;
import org.clearinghouse.matching.MatchingSettings;
import org.clearinghouse.request.IntakeTimeline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The policy, the matcher's settings and the intake deadlines as beans: Axon hands them
 * to the aggregates' and the saga's handlers as parameters.
 */
@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

	@Bean
	MatchingPolicy matchingPolicy(MatchingProperties properties) {
		return new MatchingPolicy(properties.matchingWeights());
	}

	@Bean
	MatchingSettings matchingSettings(MatchingProperties properties) {
		return properties.settings();
	}

	@Bean
	IntakeTimeline intakeTimeline(MatchingProperties properties) {
		return properties.intakeTimeline();
	}

}
