package org.clearinghouse.vocabulary;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Working days are Monday to Friday, counted in UTC, as the Committee's objection period
 * is.
 */
public final class WorkingDays {

	private WorkingDays() {
	}

	/**
	 * The instant that many working days after the given one, at the same time of day.
	 */
	public static Instant after(Instant start, int workingDays) {
		ZonedDateTime day = start.atZone(ZoneOffset.UTC);
		int left = workingDays;
		while (left > 0) {
			day = day.plusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return day.toInstant();
	}

}
