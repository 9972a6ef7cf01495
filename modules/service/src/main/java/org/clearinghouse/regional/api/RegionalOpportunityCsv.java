package org.clearinghouse.regional.api;

import java.util.List;

import org.clearinghouse.system.Csv;

import org.springframework.http.ResponseEntity;

/**
 * The regional-opportunities report as CSV: one row per group, lists separated by
 * {@code ;}.
 */
public final class RegionalOpportunityCsv {

	public static final List<String> HEADER = List.of("id", "basisKind", "basisCode", "basisName", "alsoWithin",
			"states", "requests", "requestTitles", "sharedAreas", "sharedAssistanceTypes", "sharedWeaponCategories",
			"offers", "offerTitles", "offerProviders", "suggestedTitle", "suggestedFrameworkKind",
			"suggestedFrameworkName");

	private RegionalOpportunityCsv() {
	}

	public static ResponseEntity<byte[]> response(RegionalOpportunityReport.Report report) {
		List<List<?>> rows = report.groups().stream().<List<?>>map(RegionalOpportunityCsv::row).toList();
		return Csv.response("regional-opportunities.csv", HEADER, rows);
	}

	private static List<?> row(RegionalOpportunityReport.GroupView group) {
		return List.of(group.id(), group.basis().kind(), group.basis().code(), group.basis().name(),
				join(group.alsoWithin().stream().map(RegionalOpportunityReport.BasisView::code).toList()),
				join(group.states().stream().map(RegionalOpportunityReport.StateView::code).toList()),
				join(group.requests().stream().map(request -> request.id().toString()).toList()),
				join(group.requests().stream().map(RegionalOpportunityReport.RequestRef::title).toList()),
				join(group.shared().areas()), join(group.shared().assistanceTypes()),
				join(group.shared().weaponCategories()),
				join(group.offers().stream().map(offer -> offer.id().toString()).toList()),
				join(group.offers().stream().map(RegionalOpportunityReport.OfferRef::title).toList()),
				join(group.offers().stream().map(offer -> offer.provider().code()).toList()),
				group.suggestedRequest().title(),
				group.suggestedRequest().framework() == null ? "" : group.suggestedRequest().framework().kind(),
				group.suggestedRequest().framework() == null ? "" : group.suggestedRequest().framework().name());
	}

	private static String join(List<String> values) {
		return String.join(Csv.LIST_SEPARATOR, values);
	}

}
