package org.clearinghouse.matching.candidates;

import java.time.Duration;

import org.clearinghouse.matching.MatchingSettings;
import org.clearinghouse.matching.MatchingWeights;
import org.clearinghouse.request.IntakeTimeline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How matching and intake behave, from configuration ({@code clearinghouse.matching.*}).
 *
 * @param proposalsPerRequest how many candidates a request gets at once
 * @param answerWithin how long a provider has to answer a proposal
 * @param weights how much each kind of overlap counts in the score
 * @param objectionWorkingDays working days a State has to object to publication
 * @param circulationWithin how soon a request must reach potential providers
 * @param followUpAfter when the State is asked whether its request was met
 */
@ConfigurationProperties("clearinghouse.matching")
public record MatchingProperties(@DefaultValue("3") int proposalsPerRequest, @DefaultValue("30d") Duration answerWithin,
		@DefaultValue Weights weights, @DefaultValue("5") int objectionWorkingDays,
		@DefaultValue("7d") Duration circulationWithin, @DefaultValue("365d") Duration followUpAfter) {

	public record Weights(@DefaultValue("0.4") double areas, @DefaultValue("0.3") double assistanceTypes,
			@DefaultValue("0.15") double weaponCategories, @DefaultValue("0.15") double languages) {

	}

	MatchingSettings settings() {
		return new MatchingSettings(proposalsPerRequest, answerWithin);
	}

	MatchingWeights matchingWeights() {
		return new MatchingWeights(weights.areas(), weights.assistanceTypes(), weights.weaponCategories(),
				weights.languages());
	}

	IntakeTimeline intakeTimeline() {
		return new IntakeTimeline(objectionWorkingDays, circulationWithin, followUpAfter);
	}

}
