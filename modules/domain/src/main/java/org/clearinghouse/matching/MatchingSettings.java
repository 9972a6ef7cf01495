package org.clearinghouse.matching;

import java.time.Duration;

/**
 * How the matcher proposes: how many candidates per request at once, and how long a
 * provider has to answer before a proposal expires.
 */
public record MatchingSettings(int proposalsPerRequest, Duration answerWithin) {

	public static final MatchingSettings DEFAULT = new MatchingSettings(3, Duration.ofDays(30));

	public MatchingSettings {
		if (proposalsPerRequest < 1 || answerWithin.isNegative() || answerWithin.isZero()) {
			throw new IllegalArgumentException("propose at least one candidate, with time to answer");
		}
	}

}
