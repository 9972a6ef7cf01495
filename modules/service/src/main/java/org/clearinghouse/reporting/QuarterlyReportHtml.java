package org.clearinghouse.reporting;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.clearinghouse.reporting.QuarterlyReport.Figures;
import org.clearinghouse.reporting.QuarterlyReport.ReasonCount;
import org.clearinghouse.reporting.QuarterlyReport.Share;

import org.springframework.web.util.HtmlUtils;

/**
 * The report as a printable page: tables, and inline SVG bar charts of requests by area
 * and by region. No script, no external resource: it prints and files as it is.
 */
final class QuarterlyReportHtml {

	private static final int BAR_WIDTH = 360;

	private final StringBuilder html = new StringBuilder();

	private QuarterlyReportHtml() {
	}

	/** The report as a page of its own, for {@code Accept: text/html}. */
	static String render(QuarterlyReport report) {
		return new QuarterlyReportHtml().document(report);
	}

	/**
	 * The report's figures and charts, to be placed inside another page (the
	 * Committee's).
	 */
	static String fragment(QuarterlyReport report) {
		QuarterlyReportHtml writer = new QuarterlyReportHtml();
		writer.body(report);
		return writer.html.toString();
	}

	private String document(QuarterlyReport r) {
		html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
			.append("<title>Quarterly update ")
			.append(r.quarter())
			.append("</title><style>")
			.append("body{font-family:sans-serif;margin:2em;max-width:60em}table{border-collapse:collapse;margin:.5em 0 1.5em}")
			.append("th,td{border:1px solid #999;padding:.2em .6em;text-align:left}td.n{text-align:right}")
			.append("h2{margin-top:1.5em;break-after:avoid}figure{break-inside:avoid;margin:0 0 1.5em}")
			.append("svg text{font-size:12px;font-family:sans-serif}")
			.append("@media print{body{margin:0}}</style></head><body>\n");
		body(r);
		html.append("</body></html>\n");
		return html.toString();
	}

	private void body(QuarterlyReport r) {
		Figures q = r.inQuarter();
		Figures c = r.cumulative();
		html.append("<h1>Quarterly update to the 1540 Committee: ").append(r.quarter()).append("</h1>\n");
		html.append("<p>")
			.append(r.from())
			.append(" to ")
			.append(r.to())
			.append(", as the records stood at the end of ")
			.append(r.asOf())
			.append(". Each figure is given for the quarter and cumulatively, from the first record to the quarter's end.</p>\n");

		html.append("<h2>Requests registered</h2>\n");
		table("", Map.of("total", q.requests().registered()), Map.of("total", c.requests().registered()),
				Function.identity());
		chart("Requests by area", q.requests().byArea(), c.requests().byArea(), QuarterlyReportHtml::label);
		chart("Requests by region (UN M49)", q.requests().byRegion(), c.requests().byRegion(),
				ReportCalculator::regionName);
		table("Sub-region", q.requests().bySubRegion(), c.requests().bySubRegion(), ReportCalculator::regionName);
		table("Weapon category", q.requests().byWeaponCategory(), c.requests().byWeaponCategory(),
				QuarterlyReportHtml::label);
		table("Assistance type", q.requests().byAssistanceType(), c.requests().byAssistanceType(),
				QuarterlyReportHtml::label);
		table("Requester", q.requests().byRequesterKind(), c.requests().byRequesterKind(), QuarterlyReportHtml::label);

		html.append("<h2>Offers registered</h2>\n");
		table("", Map.of("total", q.offers().registered()), Map.of("total", c.offers().registered()),
				Function.identity());
		table("Area", q.offers().byArea(), c.offers().byArea(), QuarterlyReportHtml::label);
		table("Region served", q.offers().byRegion(), c.offers().byRegion(), ReportCalculator::regionName);
		table("Provider", q.offers().byProviderType(), c.offers().byProviderType(), QuarterlyReportHtml::label);

		html.append("<h2>Proposals and assistance</h2>\n");
		Map<String, Long> quarterProposals = new java.util.LinkedHashMap<>();
		Map<String, Long> totalProposals = new java.util.LinkedHashMap<>();
		proposals(quarterProposals, q);
		proposals(totalProposals, c);
		table("", quarterProposals, totalProposals, Function.identity());
		html.append(
				"<h3>Most frequent reasons for declining</h3>\n<table><tr><th>Reason</th><th>Quarter</th><th>Cumulative</th></tr>");
		Set<String> reasons = new LinkedHashSet<>();
		c.proposals().topDeclineReasons().forEach(reason -> reasons.add(reason.reason()));
		q.proposals().topDeclineReasons().forEach(reason -> reasons.add(reason.reason()));
		for (String reason : reasons) {
			html.append("<tr><td>")
				.append(escape(reason))
				.append("</td><td class=\"n\">")
				.append(count(q, reason))
				.append("</td><td class=\"n\">")
				.append(count(c, reason))
				.append("</td></tr>");
		}
		html.append("</table>\n");
		html.append(
				"<h3>Time to match (median days from registration)</h3>\n<table><tr><th></th><th>Quarter</th><th>Cumulative</th></tr>")
			.append("<tr><td>to the first proposal</td><td class=\"n\">")
			.append(number(q.medianDaysToFirstProposal()))
			.append("</td><td class=\"n\">")
			.append(number(c.medianDaysToFirstProposal()))
			.append("</td></tr><tr><td>to acceptance</td><td class=\"n\">")
			.append(number(q.medianDaysToAcceptance()))
			.append("</td><td class=\"n\">")
			.append(number(c.medianDaysToAcceptance()))
			.append("</td></tr></table>\n");

		html.append("<h2>Requests still open with no accepted match</h2>\n<p>")
			.append(r.openWithoutAcceptedMatch().count())
			.append(" requests; median wait ")
			.append(number(r.openWithoutAcceptedMatch().medianDaysWaiting()))
			.append(" days, longest ")
			.append(number(r.openWithoutAcceptedMatch().longestDaysWaiting()))
			.append(" days.</p>\n");

		html.append("<h2>Measures of success</h2>\n<table><tr><th></th><th>Of</th><th>Part</th><th>Share</th></tr>");
		share("requests matched within 90 days", r.measuresOfSuccess().matchedWithin90Days());
		share("proposals accepted (of those answered or expired)", r.measuresOfSuccess().proposalsAccepted());
		share("accepted matches delivered", r.measuresOfSuccess().acceptedDelivered());
		html.append("</table>\n");
	}

	private static void proposals(Map<String, Long> into, Figures f) {
		into.put("made", f.proposals().made());
		into.put("accepted", f.proposals().accepted());
		into.put("declined", f.proposals().declined());
		into.put("expired", f.proposals().expired());
		into.put("cancelled", f.proposals().cancelled());
		into.put("assistance delivered", f.assistanceDelivered());
	}

	private void table(String title, Map<String, Long> quarter, Map<String, Long> cumulative,
			Function<String, String> label) {
		html.append("<table><tr><th>").append(escape(title)).append("</th><th>Quarter</th><th>Cumulative</th></tr>");
		for (String key : keys(quarter, cumulative)) {
			html.append("<tr><td>")
				.append(escape(label.apply(key)))
				.append("</td><td class=\"n\">")
				.append(quarter.getOrDefault(key, 0L))
				.append("</td><td class=\"n\">")
				.append(cumulative.getOrDefault(key, 0L))
				.append("</td></tr>");
		}
		html.append("</table>\n");
	}

	/** Two bars per line: the quarter (dark) over the cumulative total (light). */
	private void chart(String title, Map<String, Long> quarter, Map<String, Long> cumulative,
			Function<String, String> label) {
		Set<String> keys = keys(quarter, cumulative);
		long max = Math.max(1, cumulative.values().stream().mapToLong(Long::longValue).max().orElse(1));
		int rowHeight = 30;
		int labelWidth = 220;
		int height = keys.size() * rowHeight + 24;
		html.append("<figure><figcaption>")
			.append(escape(title))
			.append(" (dark: quarter; light: cumulative)</figcaption>")
			.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
			.append(labelWidth + BAR_WIDTH + 60)
			.append("\" height=\"")
			.append(height)
			.append("\"><title>")
			.append(escape(title))
			.append("</title>");
		int y = 4;
		for (String key : keys) {
			long total = cumulative.getOrDefault(key, 0L);
			long inQuarter = quarter.getOrDefault(key, 0L);
			html.append("<text x=\"0\" y=\"")
				.append(y + 17)
				.append("\">")
				.append(escape(label.apply(key)))
				.append("</text>");
			bar(labelWidth, y + 2, width(total, max), 12, "#9ecae1");
			bar(labelWidth, y + 14, width(inQuarter, max), 12, "#08519c");
			html.append("<text x=\"")
				.append(labelWidth + width(total, max) + 6)
				.append("\" y=\"")
				.append(y + 17)
				.append("\">")
				.append(inQuarter)
				.append(" / ")
				.append(total)
				.append("</text>");
			y += rowHeight;
		}
		html.append("</svg></figure>\n");
	}

	private void bar(int x, int y, int width, int height, String colour) {
		html.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>", x, y,
				width, height, colour));
	}

	private void share(String label, Share share) {
		html.append("<tr><td>")
			.append(escape(label))
			.append("</td><td class=\"n\">")
			.append(share.of())
			.append("</td><td class=\"n\">")
			.append(share.part())
			.append("</td><td class=\"n\">")
			.append(share.share() == null ? "–" : String.format(Locale.ROOT, "%.1f %%", share.share() * 100))
			.append("</td></tr>");
	}

	private static int width(long value, long max) {
		return (int) Math.round((double) value / max * BAR_WIDTH);
	}

	private static Set<String> keys(Map<String, Long> quarter, Map<String, Long> cumulative) {
		Set<String> keys = new LinkedHashSet<>(cumulative.keySet());
		keys.addAll(quarter.keySet());
		return keys;
	}

	private static long count(Figures figures, String reason) {
		return figures.proposals()
			.topDeclineReasons()
			.stream()
			.filter(r -> r.reason().equals(reason))
			.mapToLong(ReasonCount::count)
			.findFirst()
			.orElse(0);
	}

	private static String number(Number value) {
		return value == null ? "–" : value.toString();
	}

	/** LEGISLATION → Legislation, NATIONAL_ACTION_PLAN → National action plan. */
	private static String label(String code) {
		String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
