package org.clearinghouse.matching;

import org.clearinghouse.offer.ProviderCode;

/** A donor tried to answer a proposal made to another provider. */
public class WrongProviderException extends RuntimeException {

	public WrongProviderException(ProviderCode answeredBy) {
		super("this proposal was not made to " + answeredBy);
	}

}
