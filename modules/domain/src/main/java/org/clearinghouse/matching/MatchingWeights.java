package org.clearinghouse.matching;

/**
 * How much each kind of overlap counts in a proposal's score. Only their ratios matter:
 * the score is the weighted mean of the coverages, between 0 and 1.
 */
public record MatchingWeights(double areas, double assistanceTypes, double weaponCategories, double languages) {

	public static final MatchingWeights DEFAULT = new MatchingWeights(0.4, 0.3, 0.15, 0.15);

	public MatchingWeights {
		if (areas < 0 || assistanceTypes < 0 || weaponCategories < 0 || languages < 0
				|| areas + assistanceTypes + weaponCategories + languages == 0) {
			throw new IllegalArgumentException("weights are not negative and not all zero");
		}
	}

	double total() {
		return areas + assistanceTypes + weaponCategories + languages;
	}

}
