package org.clearinghouse.reporting.strategy;

import java.util.List;

import org.clearinghouse.matching.MatchingWeights;
import org.clearinghouse.matching.candidates.MatchingProperties;
import org.clearinghouse.system.FieldReader;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The matching-strategy review (programme of work, 8(b)) for the secretariat and the
 * Committee, and the what-if: the recorded history ranked again with other weights.
 */
@RestController
@RequestMapping("/api/reports/matching-strategy")
class MatchingStrategyController {

	/** The weights to try; a weight left out keeps its configured value. */
	record WeightsForm(Double areas, Double assistanceTypes, Double weaponCategories, Double languages) {
	}

	record WhatIfForm(WeightsForm weights) {
	}

	private final MatchingStrategyReview review;

	private final WhatIf whatIf;

	private final MatchingProperties properties;

	MatchingStrategyController(MatchingStrategyReview review, WhatIf whatIf, MatchingProperties properties) {
		this.review = review;
		this.whatIf = whatIf;
		this.properties = properties;
	}

	@GetMapping
	MatchingStrategyReview.Review review() {
		return review.now();
	}

	@PostMapping("/what-if")
	WhatIf.Comparison whatIf(@RequestBody(required = false) WhatIfForm form) {
		return whatIf.compare(weights(form == null ? null : form.weights()), properties.proposalsPerRequest());
	}

	private MatchingWeights weights(WeightsForm form) {
		MatchingProperties.Weights configured = properties.weights();
		WeightsForm given = form == null ? new WeightsForm(null, null, null, null) : form;
		FieldReader fields = new FieldReader();
		double areas = weight(fields, "weights.areas", given.areas(), configured.areas());
		double types = weight(fields, "weights.assistanceTypes", given.assistanceTypes(), configured.assistanceTypes());
		double weapons = weight(fields, "weights.weaponCategories", given.weaponCategories(),
				configured.weaponCategories());
		double languages = weight(fields, "weights.languages", given.languages(), configured.languages());
		if (areas >= 0 && types >= 0 && weapons >= 0 && languages >= 0 && areas + types + weapons + languages == 0) {
			fields.violation("weights", "weights may not all be zero");
		}
		fields.enforce(List.of());
		return new MatchingWeights(areas, types, weapons, languages);
	}

	private static double weight(FieldReader fields, String field, Double given, double configured) {
		double weight = given == null ? configured : given;
		if (weight < 0 || Double.isNaN(weight) || Double.isInfinite(weight)) {
			fields.violation(field, "a weight is a number, zero or more");
		}
		return weight;
	}

}
