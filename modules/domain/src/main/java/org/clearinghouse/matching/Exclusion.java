package org.clearinghouse.matching;

/**
 * Why an offer cannot serve a request at all: the hard filters, in the order they are
 * checked.
 */
public enum Exclusion {

	OFFER_NOT_ACTIVE("the offer is withdrawn or closed"), CAPACITY_EXHAUSTED("the offer is fully used"),
	NOT_AVAILABLE_IN_TIME("the offer is not available by the date needed"),
	NOT_ELIGIBLE("a requesting State is not eligible for the offer"),
	NO_COMMON_AREA("the offer covers none of the request's areas"),
	NO_COMMON_ASSISTANCE_TYPE("the offer gives none of the forms of assistance asked for");

	private final String explanation;

	Exclusion(String explanation) {
		this.explanation = explanation;
	}

	public String explanation() {
		return explanation;
	}

}
