package org.clearinghouse.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.stereotype.Component;

/**
 * Computes the quarterly update from the event store. Without a date it is the report as
 * of today; with one, the report exactly as it stood at the end of that day (UTC).
 */
@Component
class QuarterlyReports {

	private final EventHistory history;

	private final Clock clock;

	QuarterlyReports(EventHistory history, Clock clock) {
		this.history = history;
		this.clock = clock;
	}

	QuarterlyReport report(Quarter quarter, LocalDate asOf) {
		LocalDate day = asOf == null ? today() : asOf;
		return ReportCalculator.calculate(history.before(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()),
				quarter, day);
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}

}
