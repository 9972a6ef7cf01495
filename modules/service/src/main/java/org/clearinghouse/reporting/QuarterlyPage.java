package org.clearinghouse.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.clearinghouse.system.Csv;
import org.clearinghouse.system.web.PageController;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Committee's quarterly update (programme of work, 8(g)): a quarter picker and the
 * date the state is read as of, the figures and charts of the report, a CSV download and
 * a print stylesheet for A4. The figures are the same report the API gives, computed from
 * the event store as of that date.
 */
@PageController
class QuarterlyPage {

	private static final int QUARTERS_TO_PICK_FROM = 8;

	private final QuarterlyReports reports;

	private final MessageSource messages;

	QuarterlyPage(QuarterlyReports reports, MessageSource messages) {
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping("/committee/quarterly")
	String quarterly(@RequestParam(required = false) String quarter, @RequestParam(required = false) String asOf,
			Model model) {
		LocalDate today = reports.today();
		Quarter current = Quarter.of(today);
		Quarter chosen = parse(quarter, current);
		List<Quarter> choices = new ArrayList<>();
		for (Quarter q = current; choices.size() < QUARTERS_TO_PICK_FROM; q = q.previous()) {
			choices.add(q);
		}
		if (!choices.contains(chosen)) {
			choices.add(chosen);
		}
		LocalDate asOfDate = date(asOf, today);
		boolean asOfInvalid = asOfDate == null;
		if (asOfInvalid) {
			asOfDate = today;
		}
		model.addAttribute("quarter", chosen);
		model.addAttribute("quarters", choices);
		model.addAttribute("asOf", asOfDate);
		model.addAttribute("asOfInvalid", asOfInvalid);
		model.addAttribute("report", QuarterlyReportHtml.fragment(reports.report(chosen, asOfDate),
				QuarterlyLabels.of(messages, LocaleContextHolder.getLocale())));
		return "reporting/quarterly";
	}

	/**
	 * The same report as CSV, for a link on the page (a link cannot ask for
	 * {@code text/csv}).
	 */
	@GetMapping("/committee/quarterly.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String quarter,
			@RequestParam(required = false) String asOf) {
		LocalDate today = reports.today();
		LocalDate asOfDate = date(asOf, today);
		QuarterlyReport report = reports.report(parse(quarter, Quarter.of(today)), asOfDate == null ? today : asOfDate);
		return Csv.response("quarterly-update-" + report.quarter() + "-as-of-" + report.asOf() + ".csv",
				QuarterlyReportCsv.HEADER, QuarterlyReportCsv.rows(report));
	}

	private static Quarter parse(String code, Quarter otherwise) {
		try {
			return code == null || code.isBlank() ? otherwise : Quarter.parse(code.strip());
		}
		catch (IllegalArgumentException ex) {
			return otherwise;
		}
	}

	/** The date asked for, not after today; null if it is not a date. */
	private static LocalDate date(String text, LocalDate today) {
		if (text == null || text.isBlank()) {
			return today;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			return date.isAfter(today) ? today : date;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
