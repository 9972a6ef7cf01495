package org.clearinghouse.vocabulary;

/**
 * Whether the author of a request or offer agreed to its publication. {@code PENDING}
 * means not stated: for a request, silence becomes consent once the objection period has
 * passed.
 */
public enum PublicationConsent {

	GIVEN, REFUSED, PENDING;

	public boolean allowsPublication() {
		return this != REFUSED;
	}

}
