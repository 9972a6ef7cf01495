package org.clearinghouse.reporting;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The words, names, dates and numbers of the quarterly report in one language: the
 * Committee's page in its reader's, the API's {@code text/html} in English with ISO
 * dates.
 */
final class QuarterlyLabels {

	private final MessageSource messages;

	private final Locale locale;

	private final boolean isoDates;

	private QuarterlyLabels(MessageSource messages, Locale locale, boolean isoDates) {
		this.messages = messages;
		this.locale = locale;
		this.isoDates = isoDates;
	}

	/** For a page: the reader's language, dates in its format. */
	static QuarterlyLabels of(MessageSource messages, Locale locale) {
		return new QuarterlyLabels(messages, locale, false);
	}

	/** For the API: English, ISO dates, as a record to file. */
	static QuarterlyLabels english(MessageSource messages) {
		return new QuarterlyLabels(messages, Locale.ENGLISH, true);
	}

	String language() {
		return locale.getLanguage();
	}

	/**
	 * Whether the language is written right to left ({@code page.dir} in the bundles).
	 */
	boolean rightToLeft() {
		return "rtl".equals(messages.getMessage("page.dir", null, "ltr", locale));
	}

	/** A text of the report ({@code quarterlyReport.KEY} in the bundles). */
	String text(String key, Object... args) {
		return messages.getMessage("quarterlyReport." + key, args.length == 0 ? null : args, locale);
	}

	/**
	 * A code by its name in the bundles ({@code area.LEGISLATION}), else in words
	 * (NATIONAL_ACTION_PLAN → National action plan).
	 */
	String code(String prefix, String code) {
		return messages.getMessage(prefix + "." + code, null, words(code), locale);
	}

	/** A UN M49 region: the main ones from the bundles, the others by their M49 name. */
	String region(String code) {
		return messages.getMessage("region." + code, null, ReportCalculator.regionName(code), locale);
	}

	String date(LocalDate date) {
		return isoDates ? date.toString()
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

	String number(Number value) {
		if (value == null) {
			return "–";
		}
		return isoDates ? value.toString() : NumberFormat.getNumberInstance(locale).format(value);
	}

	String percent(Double share) {
		if (share == null) {
			return "–";
		}
		if (isoDates) {
			return String.format(Locale.ROOT, "%.1f %%", share * 100);
		}
		NumberFormat percent = NumberFormat.getPercentInstance(locale);
		percent.setMinimumFractionDigits(1);
		percent.setMaximumFractionDigits(1);
		return percent.format(share);
	}

	private static String words(String code) {
		String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
		return words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
