package org.clearinghouse.system.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times in the reader's language, in its own format (templates:
 * {@code ${@dates.date(d)}}). Times are shown in UTC, as the event store keeps them.
 */
@Component("dates")
public class Dates {

	public String date(LocalDate date) {
		return date == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
					.withLocale(LocaleContextHolder.getLocale())
					.format(date);
	}

	public String dateTime(Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(LocaleContextHolder.getLocale())
					.format(instant.atZone(ZoneOffset.UTC)) + " UTC";
	}

}
