package org.clearinghouse.request;

import java.time.Duration;

/**
 * The deadlines of the real intake process, configurable: a PENDING consent becomes
 * publication after {@code objectionWorkingDays} without objection; the request must
 * reach providers within {@code circulationWithin}; the State is asked whether it was met
 * after {@code followUpAfter}.
 */
public record IntakeTimeline(int objectionWorkingDays, Duration circulationWithin, Duration followUpAfter) {

	public static final IntakeTimeline COMMITTEE_PRACTICE = new IntakeTimeline(5, Duration.ofDays(7),
			Duration.ofDays(365));

	public IntakeTimeline {
		if (objectionWorkingDays < 0 || circulationWithin.isNegative() || followUpAfter.isNegative()) {
			throw new IllegalArgumentException("intake periods cannot be negative");
		}
	}

}
