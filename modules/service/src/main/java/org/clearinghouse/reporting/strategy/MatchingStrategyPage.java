package org.clearinghouse.reporting.strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clearinghouse.matching.MatchingWeights;
import org.clearinghouse.matching.candidates.MatchingProperties;
import org.clearinghouse.system.web.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The matching-strategy review (programme of work, 8(b)) as a page for the Committee and
 * the secretariat: outcomes per area, form of assistance, region and provider, the
 * requests still unmatched and why, specificity against acceptance, and the what-if with
 * weights typed in the form (a GET: it changes nothing). The same review and what-if as
 * the API.
 */
@PageController
class MatchingStrategyPage {

	/**
	 * Requests listed under the what-if (those whose title contains {@code q}, if given):
	 * those that differ first, then the newest.
	 */
	static final int REQUESTS_SHOWN = 300;

	static final String[] WEIGHTS = { "areas", "assistanceTypes", "weaponCategories", "languages" };

	private final MatchingStrategyReview review;

	private final WhatIf whatIf;

	private final MatchingProperties properties;

	MatchingStrategyPage(MatchingStrategyReview review, WhatIf whatIf, MatchingProperties properties) {
		this.review = review;
		this.whatIf = whatIf;
		this.properties = properties;
	}

	@GetMapping("/committee/matching-strategy")
	String page(@RequestParam Map<String, String> parameters, Model model) {
		MatchingProperties.Weights configured = properties.weights();
		Map<String, Double> current = new LinkedHashMap<>();
		current.put("areas", configured.areas());
		current.put("assistanceTypes", configured.assistanceTypes());
		current.put("weaponCategories", configured.weaponCategories());
		current.put("languages", configured.languages());
		Map<String, String> typed = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, Double> weights = new LinkedHashMap<>();
		boolean asked = false;
		for (String name : WEIGHTS) {
			String given = parameters.get(name);
			asked |= given != null;
			typed.put(name, given == null ? format(current.get(name)) : given.strip());
			Double weight = given == null || given.isBlank() ? current.get(name) : parse(given.strip());
			if (weight == null || weight < 0) {
				errors.put(name, "strategy.whatIf.invalid");
			}
			weights.put(name, weight);
		}
		if (errors.isEmpty() && weights.values().stream().mapToDouble(Double::doubleValue).sum() == 0) {
			errors.put("weights", "strategy.whatIf.allZero");
		}
		model.addAttribute("review", review.now());
		model.addAttribute("current", current);
		model.addAttribute("weights", typed);
		model.addAttribute("q", parameters.getOrDefault("q", ""));
		model.addAttribute("weightNames", WEIGHTS);
		model.addAttribute("errors", errors);
		model.addAttribute("specificFrom", MatchingStrategyReview.SPECIFIC_FROM);
		if (asked && errors.isEmpty()) {
			WhatIf.Comparison comparison = whatIf.compare(
					new MatchingWeights(weights.get("areas"), weights.get("assistanceTypes"),
							weights.get("weaponCategories"), weights.get("languages")),
					properties.proposalsPerRequest());
			String q = parameters.getOrDefault("q", "").strip().toLowerCase(Locale.ROOT);
			List<WhatIf.RequestComparison> shown = new ArrayList<>(comparison.perRequest()
				.stream()
				.filter(request -> q.isEmpty()
						|| (request.title() != null && request.title().toLowerCase(Locale.ROOT).contains(q)))
				.toList());
			Collections.reverse(shown);
			shown.sort(Comparator.comparing(MatchingStrategyPage::agrees));
			model.addAttribute("comparison", comparison);
			model.addAttribute("compared", shown.subList(0, Math.min(shown.size(), REQUESTS_SHOWN)));
			model.addAttribute("comparedNotShown", Math.max(0, shown.size() - REQUESTS_SHOWN));
			model.addAttribute("listed", shown.size());
			model.addAttribute("listedAgreeing", shown.stream().filter(MatchingStrategyPage::agrees).count());
		}
		return "strategy/review";
	}

	/** The what-if's candidates for the request are exactly those actually proposed. */
	static boolean agrees(WhatIf.RequestComparison request) {
		return request.onlyWhatIf().isEmpty() && request.onlyActual().isEmpty();
	}

	private static Double parse(String text) {
		try {
			double value = Double.parseDouble(text.replace(',', '.'));
			return Double.isFinite(value) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String format(double weight) {
		return Double.toString(weight);
	}

}
