package org.clearinghouse.vocabulary;

import java.util.List;

/**
 * Why something was done (declined, withdrawn, closed): free text, checked like any
 * other.
 */
public final class Reason {

	public static final int MAX_LENGTH = 2_000;

	private Reason() {
	}

	/** A reason that must be given, e.g. for declining a proposal. */
	public static String required(String reason) {
		try {
			return Text.requireText(reason, MAX_LENGTH, "say why, so that matching can learn from it");
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDetailsException(List.of(new Violation("reason", ex.getMessage())));
		}
	}

	/** A reason that may be left out: then it is the empty string. */
	public static String optional(String reason) {
		try {
			return Text.optionalText(reason, MAX_LENGTH);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDetailsException(List.of(new Violation("reason", ex.getMessage())));
		}
	}

}
