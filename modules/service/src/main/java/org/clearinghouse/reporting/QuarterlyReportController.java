package org.clearinghouse.reporting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.clearinghouse.system.Csv;
import org.clearinghouse.system.FieldReader;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The quarterly update for the Committee and the secretariat, in JSON, CSV or a printable
 * page; {@code ?asOf=DATE} gives it exactly as it stood at the end of that day.
 */
@RestController
@RequestMapping("/api/reports/quarterly")
class QuarterlyReportController {

	private final QuarterlyReports reports;

	private final MessageSource messages;

	QuarterlyReportController(QuarterlyReports reports, MessageSource messages) {
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping(path = "/{quarter}", produces = MediaType.APPLICATION_JSON_VALUE)
	QuarterlyReport json(@PathVariable String quarter, @RequestParam(required = false) String asOf) {
		return report(quarter, asOf);
	}

	@GetMapping(path = "/{quarter}", produces = Csv.MEDIA_TYPE)
	ResponseEntity<byte[]> csv(@PathVariable String quarter, @RequestParam(required = false) String asOf) {
		QuarterlyReport report = report(quarter, asOf);
		return Csv.response("quarterly-update-" + report.quarter() + "-as-of-" + report.asOf() + ".csv",
				QuarterlyReportCsv.HEADER, QuarterlyReportCsv.rows(report));
	}

	@GetMapping(path = "/{quarter}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> html(@PathVariable String quarter, @RequestParam(required = false) String asOf) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(QuarterlyReportHtml.render(report(quarter, asOf), QuarterlyLabels.english(messages)));
	}

	private QuarterlyReport report(String quarterText, String asOfText) {
		FieldReader fields = new FieldReader();
		Quarter quarter = fields.code("quarter", quarterText, Quarter::parse);
		LocalDate asOf = fields.code("asOf", asOfText, QuarterlyReportController::date);
		if (asOf != null && asOf.isAfter(reports.today())) {
			fields.violation("asOf", "must not be after today: the report cannot know the future");
		}
		fields.enforce(List.of());
		return reports.report(quarter, asOf);
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("must be a date, e.g. 2014-09-30");
		}
	}

}
