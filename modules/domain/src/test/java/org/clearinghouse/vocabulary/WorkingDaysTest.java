package org.clearinghouse.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days: Monday to Friday, counted in UTC, at the same time of day. */
class WorkingDaysTest {

	@Test
	void five_working_days_after_a_friday_is_the_next_friday_at_the_same_time() {
		assertThat(WorkingDays.after(Instant.parse("2014-06-06T10:00:00Z"), 5))
			.isEqualTo(Instant.parse("2014-06-13T10:00:00Z"));
	}

	@Test
	void five_working_days_after_a_monday_is_the_next_monday() {
		assertThat(WorkingDays.after(Instant.parse("2014-06-09T08:30:00Z"), 5))
			.isEqualTo(Instant.parse("2014-06-16T08:30:00Z"));
	}

	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource({ "2014-06-11T12:00:00Z, 1, 2014-06-12T12:00:00Z", // Wednesday -> Thursday
			"2014-06-06T12:00:00Z, 1, 2014-06-09T12:00:00Z", // Friday -> Monday
			"2014-06-12T12:00:00Z, 2, 2014-06-16T12:00:00Z", // Thursday -> Monday
			"2014-06-07T12:00:00Z, 1, 2014-06-09T12:00:00Z", // Saturday -> Monday
			"2014-06-08T12:00:00Z, 1, 2014-06-09T12:00:00Z", // Sunday -> Monday
			"2014-06-07T12:00:00Z, 5, 2014-06-13T12:00:00Z", // Saturday -> Friday
			"2014-06-06T12:00:00Z, 10, 2014-06-20T12:00:00Z" // two weeks
	})
	void weekends_are_not_counted(Instant start, int workingDays, Instant expected) {
		assertThat(WorkingDays.after(start, workingDays)).isEqualTo(expected);
	}

	@Test
	void zero_working_days_is_the_same_instant_even_on_a_weekend() {
		Instant saturday = Instant.parse("2014-06-07T12:00:00Z");
		assertThat(WorkingDays.after(saturday, 0)).isEqualTo(saturday);
	}

	@Test
	void the_time_of_day_is_kept_to_the_nanosecond() {
		assertThat(WorkingDays.after(Instant.parse("2014-06-06T23:59:59.123456789Z"), 1))
			.isEqualTo(Instant.parse("2014-06-09T23:59:59.123456789Z"));
	}

	@Test
	void days_are_counted_in_utc_whatever_the_local_day_elsewhere() {
		// Friday 20:00 UTC is already Saturday in Tokyo: it still counts as a Friday
		assertThat(WorkingDays.after(Instant.parse("2014-06-06T20:00:00Z"), 1))
			.isEqualTo(Instant.parse("2014-06-09T20:00:00Z"));
		// Sunday 23:00 UTC is already Monday in Nairobi: it still counts as a Sunday
		assertThat(WorkingDays.after(Instant.parse("2014-06-08T23:00:00Z"), 1))
			.isEqualTo(Instant.parse("2014-06-09T23:00:00Z"));
	}

}
