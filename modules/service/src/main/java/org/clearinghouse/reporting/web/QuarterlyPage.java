package org.clearinghouse.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clearinghouse.system.web.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Committee's quarterly update (programme of work, 8(g)): a quarter picker and the
 * date the state is read as of, with a print stylesheet for A4.
 * <p>
 * PLACEHOLDER: the figures, charts and CSV come from the quarterly-report read model
 * ({@code GET /api/reports/quarterly/{year}-Q{n}}), built on another branch. Until it is
 * wired here the page renders the picker and a marked, empty content section.
 */
@PageController
class QuarterlyPage {

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private final Clock clock;

	QuarterlyPage(Clock clock) {
		this.clock = clock;
	}

	/** A calendar quarter, Q1 = January to March. */
	public record Quarter(int year, int number) {

		static Quarter of(LocalDate date) {
			return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
		}

		public Quarter previous() {
			return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
		}

		public LocalDate firstDay() {
			return LocalDate.of(year, (number - 1) * 3 + 1, 1);
		}

		public LocalDate lastDay() {
			return firstDay().plusMonths(3).minusDays(1);
		}

		public String code() {
			return year + "-Q" + number;
		}

	}

	@GetMapping("/committee/quarterly")
	String quarterly(@RequestParam(required = false) String quarter, @RequestParam(required = false) String asOf,
			Model model) {
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		Quarter current = Quarter.of(today);
		Quarter chosen = parse(quarter).orElse(current);
		List<Quarter> choices = new ArrayList<>();
		for (Quarter q = current; choices.size() < 8; q = q.previous()) {
			choices.add(q);
		}
		if (!choices.contains(chosen)) {
			choices.add(chosen);
		}
		LocalDate asOfDate = today;
		boolean asOfInvalid = false;
		if (asOf != null && !asOf.isBlank()) {
			try {
				asOfDate = LocalDate.parse(asOf.strip());
			}
			catch (DateTimeParseException ex) {
				asOfInvalid = true;
			}
		}
		model.addAttribute("quarter", chosen);
		model.addAttribute("quarters", choices);
		model.addAttribute("asOf", asOfDate);
		model.addAttribute("asOfInvalid", asOfInvalid);
		// TODO wire to the quarterly-report read model when it is merged
		model.addAttribute("report", null);
		return "reporting/quarterly";
	}

	private static java.util.Optional<Quarter> parse(String code) {
		if (code == null) {
			return java.util.Optional.empty();
		}
		Matcher matcher = QUARTER.matcher(code.strip());
		return matcher.matches()
				? java.util.Optional
					.of(new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
				: java.util.Optional.empty();
	}

}
