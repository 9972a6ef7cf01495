package org.clearinghouse;

import java.util.List;
import java.util.Map;

/** Valid request and offer bodies, as in the API contract, for tests to start from. */
public final class Bodies {

	private Bodies() {
	}

	public static Map<String, Object> request() {
		return Api.mutable(Map.of("requestingStates", List.of("KEN"), "title", "Drafting of export-control legislation",
				"description", "Review of the draft strategic trade control act and its implementing regulations.",
				"areas", List.of("EXPORT_CONTROL", "LEGISLATION"), "weaponCategories",
				List.of("CHEMICAL", "BIOLOGICAL"), "assistanceTypes", List.of("LEGISLATIVE_DRAFTING", "EXPERT_ADVICE"),
				"languages", List.of("en"), "publicationConsent", "GIVEN", "neededBy", "2015-06-30"));
	}

	public static Map<String, Object> offer() {
		return Api.mutable(Map.ofEntries(Map.entry("provider", Map.of("type", "STATE", "code", "DEU")),
				Map.entry("title", "Export-control training programme"),
				Map.entry("description", "Licensing and enforcement training for customs and licensing officers."),
				Map.entry("areas", List.of("EXPORT_CONTROL")),
				Map.entry("weaponCategories", List.of("NUCLEAR", "CHEMICAL", "BIOLOGICAL", "MEANS_OF_DELIVERY")),
				Map.entry("assistanceTypes", List.of("TRAINING", "EXPERT_ADVICE")),
				Map.entry("languages", List.of("en", "fr")), Map.entry("eligibleRegions", List.of("002")),
				Map.entry("eligibleStates", List.of()), Map.entry("capacity", 3),
				Map.entry("availableFrom", "2014-07-01"), Map.entry("availableUntil", "2015-12-31"),
				Map.entry("publicationConsent", "GIVEN")));
	}

}
