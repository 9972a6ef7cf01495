package org.clearinghouse.reporting;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.clearinghouse.reporting.QuarterlyReport.Figures;
import org.clearinghouse.reporting.QuarterlyReport.ReasonCount;
import org.clearinghouse.reporting.QuarterlyReport.Share;
import org.clearinghouse.reporting.QuarterlyReport.TrendPoint;

import org.springframework.web.util.HtmlUtils;

/**
 * The report as a printable page: tables, and inline SVG bar charts of requests by area
 * and by region, of deliveries by area and by region, and of the trend over quarters. No
 * script, no external resource: it prints and files as it is.
 */
final class QuarterlyReportHtml {

	private static final int BAR_WIDTH = 360;

	private final StringBuilder html = new StringBuilder();

	private final QuarterlyLabels labels;

	private QuarterlyReportHtml(QuarterlyLabels labels) {
		this.labels = labels;
	}

	/** The report as a page of its own, for {@code Accept: text/html}. */
	static String render(QuarterlyReport report, QuarterlyLabels labels) {
		return new QuarterlyReportHtml(labels).document(report);
	}

	/**
	 * The report's figures and charts, to be placed inside another page (the
	 * Committee's).
	 */
	static String fragment(QuarterlyReport report, QuarterlyLabels labels) {
		QuarterlyReportHtml writer = new QuarterlyReportHtml(labels);
		writer.body(report);
		return writer.html.toString();
	}

	private String document(QuarterlyReport r) {
		html.append("<!DOCTYPE html>\n<html lang=\"")
			.append(labels.language())
			.append("\" dir=\"")
			.append(labels.rightToLeft() ? "rtl" : "ltr")
			.append("\"><head><meta charset=\"utf-8\">")
			.append("<title>")
			.append(escape(labels.text("title", r.quarter().toString())))
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
		html.append("<h1>").append(escape(labels.text("heading", r.quarter().toString()))).append("</h1>\n");
		html.append("<p>")
			.append(escape(labels.text("period", labels.date(r.from()), labels.date(r.to()), labels.date(r.asOf()))))
			.append("</p>\n");

		Function<String, String> total = key -> labels.text("total");
		html.append("<h2>").append(escape(labels.text("requestsRegistered"))).append("</h2>\n");
		table("", Map.of("total", q.requests().registered()), Map.of("total", c.requests().registered()), total);
		chart(labels.text("requestsByArea"), q.requests().byArea(), c.requests().byArea(),
				code -> labels.code("area", code));
		chart(labels.text("requestsByRegion"), q.requests().byRegion(), c.requests().byRegion(), labels::region);
		table(labels.text("subRegion"), q.requests().bySubRegion(), c.requests().bySubRegion(), labels::region);
		table(labels.text("weaponCategory"), q.requests().byWeaponCategory(), c.requests().byWeaponCategory(),
				code -> labels.code("weaponCategory", code));
		table(labels.text("assistanceType"), q.requests().byAssistanceType(), c.requests().byAssistanceType(),
				code -> labels.code("assistanceType", code));
		table(labels.text("requester"), q.requests().byRequesterKind(), c.requests().byRequesterKind(),
				code -> labels.code("quarterlyReport.requesterKind", code));

		html.append("<h2>").append(escape(labels.text("offersRegistered"))).append("</h2>\n");
		table("", Map.of("total", q.offers().registered()), Map.of("total", c.offers().registered()), total);
		table(labels.text("area"), q.offers().byArea(), c.offers().byArea(), code -> labels.code("area", code));
		table(labels.text("regionServed"), q.offers().byRegion(), c.offers().byRegion(), labels::region);
		table(labels.text("provider"), q.offers().byProviderType(), c.offers().byProviderType(),
				code -> labels.code("providerType", code));

		html.append("<h2>").append(escape(labels.text("proposals"))).append("</h2>\n");
		Map<String, Long> quarterProposals = new java.util.LinkedHashMap<>();
		Map<String, Long> totalProposals = new java.util.LinkedHashMap<>();
		proposals(quarterProposals, q);
		proposals(totalProposals, c);
		table("", quarterProposals, totalProposals, key -> labels.text("proposals." + key));
		html.append("<h3>")
			.append(escape(labels.text("declineReasons")))
			.append("</h3>\n<table><tr><th>")
			.append(escape(labels.text("reason")))
			.append("</th>")
			.append(columns())
			.append("</tr>");
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
		html.append("<h3>")
			.append(escape(labels.text("timeToMatch")))
			.append("</h3>\n<table><tr><th></th>")
			.append(columns())
			.append("</tr><tr><td>")
			.append(escape(labels.text("toFirstProposal")))
			.append("</td><td class=\"n\">")
			.append(labels.number(q.medianDaysToFirstProposal()))
			.append("</td><td class=\"n\">")
			.append(labels.number(c.medianDaysToFirstProposal()))
			.append("</td></tr><tr><td>")
			.append(escape(labels.text("toAcceptance")))
			.append("</td><td class=\"n\">")
			.append(labels.number(q.medianDaysToAcceptance()))
			.append("</td><td class=\"n\">")
			.append(labels.number(c.medianDaysToAcceptance()))
			.append("</td></tr></table>\n");

		deliveries(q, c);

		html.append("<h2>")
			.append(escape(labels.text("openWithoutMatch")))
			.append("</h2>\n<p>")
			.append(escape(labels.text("openSummary", labels.number(r.openWithoutAcceptedMatch().count()),
					labels.number(r.openWithoutAcceptedMatch().medianDaysWaiting()),
					labels.number(r.openWithoutAcceptedMatch().longestDaysWaiting()))))
			.append("</p>\n");

		html.append("<h2>")
			.append(escape(labels.text("success")))
			.append("</h2>\n<table><tr><th></th><th>")
			.append(escape(labels.text("of")))
			.append("</th><th>")
			.append(escape(labels.text("part")))
			.append("</th><th>")
			.append(escape(labels.text("share")))
			.append("</th></tr>");
		share(labels.text("matchedWithin90Days"), r.measuresOfSuccess().matchedWithin90Days());
		share(labels.text("proposalsAccepted"), r.measuresOfSuccess().proposalsAccepted());
		share(labels.text("acceptedDelivered"), r.measuresOfSuccess().acceptedDelivered());
		html.append("</table>\n");

		trend(r);
	}

	private void deliveries(Figures q, Figures c) {
		html.append("<h2 id=\"quarterly-deliveries\">")
			.append(escape(labels.text("deliveries")))
			.append("</h2>\n<p>")
			.append(escape(labels.text("deliveriesIntro")))
			.append("</p>\n");
		table("", Map.of("total", q.deliveries().delivered()), Map.of("total", c.deliveries().delivered()),
				key -> labels.text("total"));
		chart(labels.text("deliveriesByArea"), q.deliveries().byArea(), c.deliveries().byArea(),
				code -> labels.code("area", code));
		chart(labels.text("deliveriesByRegion"), q.deliveries().byRegion(), c.deliveries().byRegion(), labels::region);
		table(labels.text("subRegion"), q.deliveries().bySubRegion(), c.deliveries().bySubRegion(), labels::region);
		table(labels.text("outcome"), q.deliveries().byOutcome(), c.deliveries().byOutcome(),
				code -> labels.code("outcome", code));
	}

	/**
	 * The key measures quarter by quarter: a table, and a chart of columns (requests
	 * registered, assistance delivered) with a line for the share matched within 90 days.
	 */
	private void trend(QuarterlyReport r) {
		html.append("<h2 id=\"quarterly-trend-heading\">")
			.append(escape(labels.text("trend")))
			.append("</h2>\n<p>")
			.append(escape(labels.text("trendIntro", labels.date(r.asOf()))))
			.append("</p>\n<table id=\"quarterly-trend\" class=\"trend\"><tr><th>")
			.append(escape(labels.text("trendQuarter")))
			.append("</th><th>")
			.append(escape(labels.text("trendAsOf")))
			.append("</th><th>")
			.append(escape(labels.text("trendRegistered")))
			.append("</th><th>")
			.append(escape(labels.text("trendMatched")))
			.append("</th><th>")
			.append(escape(labels.text("trendMedian")))
			.append("</th><th>")
			.append(escape(labels.text("trendDelivered")))
			.append("</th></tr>");
		for (TrendPoint point : r.trend()) {
			Share matched = point.matchedWithin90Days();
			html.append("<tr><td>")
				.append(escape(point.quarter().toString()))
				.append("</td><td>")
				.append(escape(labels.date(point.asOf())))
				.append("</td><td class=\"n\">")
				.append(labels.number(point.requestsRegistered()))
				.append("</td><td class=\"n\">")
				.append(escape(labels.text("trendShare", labels.percent(matched.share()), labels.number(matched.part()),
						labels.number(matched.of()))))
				.append("</td><td class=\"n\">")
				.append(labels.number(point.medianDaysToAcceptance()))
				.append("</td><td class=\"n\">")
				.append(labels.number(point.assistanceDelivered()))
				.append("</td></tr>");
		}
		html.append("</table>\n");
		trendChart(r.trend());
	}

	private void trendChart(java.util.List<TrendPoint> points) {
		int height = 160;
		int top = 12;
		int slot = 120;
		int left = 8;
		long max = Math.max(1,
				points.stream()
					.mapToLong(p -> Math.max(p.requestsRegistered(), p.assistanceDelivered()))
					.max()
					.orElse(1));
		String title = labels.text("trendChart");
		html.append("<figure class=\"trend-chart\"><figcaption>")
			.append(escape(title))
			.append("</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
			.append(left * 2 + slot * points.size())
			.append("\" height=\"")
			.append(top + height + 36)
			.append("\"><title>")
			.append(escape(title))
			.append("</title>");
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < points.size(); i++) {
			TrendPoint p = points.get(i);
			int x = left + i * slot;
			int registered = (int) Math.round((double) p.requestsRegistered() / max * height);
			int delivered = (int) Math.round((double) p.assistanceDelivered() / max * height);
			bar(x + 20, top + height - registered, 36, registered, "#9ecae1");
			bar(x + 60, top + height - delivered, 36, delivered, "#08519c");
			html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%d / %d</text>", x + 20, top + height + 14,
					p.requestsRegistered(), p.assistanceDelivered()));
			html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", x + 20, top + height + 30,
					escape(p.quarter().toString())));
			Double share = p.matchedWithin90Days().share();
			if (share != null) {
				int y = top + height - (int) Math.round(share * height);
				line.append(line.isEmpty() ? "" : " ").append(x + 58).append(',').append(y);
				html.append(String.format(Locale.ROOT,
						"<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"#d94801\"/><text x=\"%d\" y=\"%d\">%s</text>",
						x + 58, y, x + 64, Math.max(top, y - 6), escape(labels.percent(share))));
			}
		}
		if (!line.isEmpty()) {
			html.append("<polyline fill=\"none\" stroke=\"#d94801\" stroke-width=\"2\" points=\"")
				.append(line)
				.append("\"/>");
		}
		html.append("</svg></figure>\n");
	}

	private static void proposals(Map<String, Long> into, Figures f) {
		into.put("made", f.proposals().made());
		into.put("accepted", f.proposals().accepted());
		into.put("declined", f.proposals().declined());
		into.put("expired", f.proposals().expired());
		into.put("cancelled", f.proposals().cancelled());
		into.put("delivered", f.assistanceDelivered());
	}

	private void table(String title, Map<String, Long> quarter, Map<String, Long> cumulative,
			Function<String, String> label) {
		html.append("<table><tr><th>").append(escape(title)).append("</th>").append(columns()).append("</tr>");
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

	/**
	 * Two bars per line: the quarter (dark) over the cumulative total (light). Right to
	 * left, the chart is mirrored: labels on the right, bars growing leftwards.
	 */
	private void chart(String title, Map<String, Long> quarter, Map<String, Long> cumulative,
			Function<String, String> label) {
		Set<String> keys = keys(quarter, cumulative);
		long max = Math.max(1, cumulative.values().stream().mapToLong(Long::longValue).max().orElse(1));
		int rowHeight = 30;
		int labelWidth = 220;
		int chartWidth = labelWidth + BAR_WIDTH + 60;
		boolean rtl = labels.rightToLeft();
		int height = keys.size() * rowHeight + 24;
		html.append("<figure><figcaption>")
			.append(escape(title))
			.append(escape(labels.text("chartLegend")))
			.append("</figcaption>")
			.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" direction=\"")
			.append(rtl ? "rtl" : "ltr")
			.append("\" width=\"")
			.append(chartWidth)
			.append("\" height=\"")
			.append(height)
			.append("\"><title>")
			.append(escape(title))
			.append("</title>");
		int y = 4;
		for (String key : keys) {
			long total = cumulative.getOrDefault(key, 0L);
			long inQuarter = quarter.getOrDefault(key, 0L);
			int totalWidth = width(total, max);
			html.append("<text x=\"")
				.append(rtl ? chartWidth : 0)
				.append("\" y=\"")
				.append(y + 17)
				.append("\">")
				.append(escape(label.apply(key)))
				.append("</text>");
			bar(rtl ? chartWidth - labelWidth - totalWidth : labelWidth, y + 2, totalWidth, 12, "#9ecae1");
			int quarterWidth = width(inQuarter, max);
			bar(rtl ? chartWidth - labelWidth - quarterWidth : labelWidth, y + 14, quarterWidth, 12, "#08519c");
			html.append("<text x=\"")
				.append(rtl ? chartWidth - labelWidth - totalWidth - 6 : labelWidth + totalWidth + 6)
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
			.append(labels.percent(share.share()))
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

	/** The two columns of every table: the quarter, and from the first record on. */
	private String columns() {
		return "<th>" + escape(labels.text("quarter")) + "</th><th>" + escape(labels.text("cumulative")) + "</th>";
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
