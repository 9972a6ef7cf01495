package org.clearinghouse.reporting;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/** A calendar quarter, written {@code 2014-Q3} (Q1 = January to March). */
public record Quarter(int year, int number) {

	private static final Pattern FORM = Pattern.compile("(\\d{4})-Q([1-4])");

	public Quarter {
		if (year < 1000 || year > 9999 || number < 1 || number > 4) {
			throw new IllegalArgumentException("a quarter is a year and 1 to 4, e.g. 2014-Q3");
		}
	}

	static Quarter parse(String text) {
		Matcher matcher = FORM.matcher(text == null ? "" : text);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("must be a year and quarter, e.g. 2014-Q3");
		}
		return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
	}

	static Quarter of(LocalDate date) {
		return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
	}

	/** The quarter before this one. */
	public Quarter previous() {
		return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
	}

	/** Its code, {@code 2014-Q3}, as pages and links write it. */
	public String code() {
		return toString();
	}

	public LocalDate firstDay() {
		return LocalDate.of(year, (number - 1) * 3 + 1, 1);
	}

	public LocalDate lastDay() {
		return firstDay().plusMonths(3).minusDays(1);
	}

	@JsonValue
	@Override
	public String toString() {
		return year + "-Q" + number;
	}

}
