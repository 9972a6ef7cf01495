package org.clearinghouse.reporting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clearinghouse.reporting.QuarterlyReport.Figures;
import org.clearinghouse.reporting.QuarterlyReport.ReasonCount;
import org.clearinghouse.reporting.QuarterlyReport.Share;
import org.clearinghouse.reporting.QuarterlyReport.TrendPoint;

/**
 * The report as one table for a spreadsheet: a row per figure, with the quarter's value
 * and the cumulative one side by side (only the latter for what is a state at the end).
 * The trend has a row per measure and quarter (the key), its value in the quarter column.
 */
final class QuarterlyReportCsv {

	static final List<String> HEADER = List.of("section", "figure", "key", "quarter", "cumulative");

	private QuarterlyReportCsv() {
	}

	static List<List<?>> rows(QuarterlyReport report) {
		List<List<?>> rows = new ArrayList<>();
		Figures q = report.inQuarter();
		Figures c = report.cumulative();
		rows.add(List.of("report", "quarter", "", report.quarter().toString(), ""));
		rows.add(List.of("report", "asOf", "", report.asOf().toString(), ""));
		rows.add(row("requests", "registered", "", q.requests().registered(), c.requests().registered()));
		breakdown(rows, "requests", "byArea", q.requests().byArea(), c.requests().byArea());
		breakdown(rows, "requests", "byWeaponCategory", q.requests().byWeaponCategory(),
				c.requests().byWeaponCategory());
		breakdown(rows, "requests", "byAssistanceType", q.requests().byAssistanceType(),
				c.requests().byAssistanceType());
		breakdown(rows, "requests", "byRegion", q.requests().byRegion(), c.requests().byRegion());
		breakdown(rows, "requests", "bySubRegion", q.requests().bySubRegion(), c.requests().bySubRegion());
		breakdown(rows, "requests", "byRequesterKind", q.requests().byRequesterKind(), c.requests().byRequesterKind());
		rows.add(row("offers", "registered", "", q.offers().registered(), c.offers().registered()));
		breakdown(rows, "offers", "byArea", q.offers().byArea(), c.offers().byArea());
		breakdown(rows, "offers", "byWeaponCategory", q.offers().byWeaponCategory(), c.offers().byWeaponCategory());
		breakdown(rows, "offers", "byAssistanceType", q.offers().byAssistanceType(), c.offers().byAssistanceType());
		breakdown(rows, "offers", "byRegion", q.offers().byRegion(), c.offers().byRegion());
		breakdown(rows, "offers", "byProviderType", q.offers().byProviderType(), c.offers().byProviderType());
		rows.add(row("proposals", "made", "", q.proposals().made(), c.proposals().made()));
		rows.add(row("proposals", "accepted", "", q.proposals().accepted(), c.proposals().accepted()));
		rows.add(row("proposals", "declined", "", q.proposals().declined(), c.proposals().declined()));
		rows.add(row("proposals", "expired", "", q.proposals().expired(), c.proposals().expired()));
		rows.add(row("proposals", "cancelled", "", q.proposals().cancelled(), c.proposals().cancelled()));
		Set<String> reasons = new LinkedHashSet<>();
		c.proposals().topDeclineReasons().forEach(r -> reasons.add(r.reason()));
		q.proposals().topDeclineReasons().forEach(r -> reasons.add(r.reason()));
		for (String reason : reasons) {
			rows.add(row("proposals", "topDeclineReasons", reason, count(q.proposals().topDeclineReasons(), reason),
					count(c.proposals().topDeclineReasons(), reason)));
		}
		rows.add(row("assistance", "delivered", "", q.assistanceDelivered(), c.assistanceDelivered()));
		rows.add(row("deliveries", "delivered", "", q.deliveries().delivered(), c.deliveries().delivered()));
		breakdown(rows, "deliveries", "byArea", q.deliveries().byArea(), c.deliveries().byArea());
		breakdown(rows, "deliveries", "byRegion", q.deliveries().byRegion(), c.deliveries().byRegion());
		breakdown(rows, "deliveries", "bySubRegion", q.deliveries().bySubRegion(), c.deliveries().bySubRegion());
		breakdown(rows, "deliveries", "byOutcome", q.deliveries().byOutcome(), c.deliveries().byOutcome());
		rows.add(row("timing", "medianDaysToFirstProposal", "", q.medianDaysToFirstProposal(),
				c.medianDaysToFirstProposal()));
		rows.add(row("timing", "medianDaysToAcceptance", "", q.medianDaysToAcceptance(), c.medianDaysToAcceptance()));
		rows.add(row("openWithoutAcceptedMatch", "count", "", null, report.openWithoutAcceptedMatch().count()));
		rows.add(row("openWithoutAcceptedMatch", "medianDaysWaiting", "", null,
				report.openWithoutAcceptedMatch().medianDaysWaiting()));
		rows.add(row("openWithoutAcceptedMatch", "longestDaysWaiting", "", null,
				report.openWithoutAcceptedMatch().longestDaysWaiting()));
		share(rows, "matchedWithin90Days", report.measuresOfSuccess().matchedWithin90Days());
		share(rows, "proposalsAccepted", report.measuresOfSuccess().proposalsAccepted());
		share(rows, "acceptedDelivered", report.measuresOfSuccess().acceptedDelivered());
		for (TrendPoint point : report.trend()) {
			String quarter = point.quarter().toString();
			rows.add(row("trend", "asOf", quarter, point.asOf(), null));
			rows.add(row("trend", "requestsRegistered", quarter, point.requestsRegistered(), null));
			rows.add(row("trend", "matchedWithin90Days.of", quarter, point.matchedWithin90Days().of(), null));
			rows.add(row("trend", "matchedWithin90Days.part", quarter, point.matchedWithin90Days().part(), null));
			rows.add(row("trend", "matchedWithin90Days.share", quarter, point.matchedWithin90Days().share(), null));
			rows.add(row("trend", "medianDaysToAcceptance", quarter, point.medianDaysToAcceptance(), null));
			rows.add(row("trend", "assistanceDelivered", quarter, point.assistanceDelivered(), null));
		}
		return rows;
	}

	private static void breakdown(List<List<?>> rows, String section, String figure, Map<String, Long> quarter,
			Map<String, Long> cumulative) {
		Set<String> keys = new LinkedHashSet<>(cumulative.keySet());
		keys.addAll(quarter.keySet());
		for (String key : keys) {
			rows.add(row(section, figure, key, quarter.getOrDefault(key, 0L), cumulative.getOrDefault(key, 0L)));
		}
	}

	private static void share(List<List<?>> rows, String figure, Share share) {
		rows.add(row("measuresOfSuccess", figure, "of", null, share.of()));
		rows.add(row("measuresOfSuccess", figure, "part", null, share.part()));
		rows.add(row("measuresOfSuccess", figure, "share", null, share.share()));
	}

	private static Long count(List<ReasonCount> reasons, String reason) {
		return reasons.stream().filter(r -> r.reason().equals(reason)).map(ReasonCount::count).findFirst().orElse(null);
	}

	private static List<String> row(String section, String figure, String key, Object quarter, Object cumulative) {
		return List.of(section, figure, key, quarter == null ? "" : String.valueOf(quarter),
				cumulative == null ? "" : String.valueOf(cumulative));
	}

}
