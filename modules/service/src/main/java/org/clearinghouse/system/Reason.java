package org.clearinghouse.system;

import java.util.List;

import org.clearinghouse.vocabulary.InvalidDetailsException;
import org.clearinghouse.vocabulary.Text;
import org.clearinghouse.vocabulary.Violation;

/** The optional body of a withdrawal, closure, objection or decline: why. */
public record Reason(String reason) {

	public static final int MAX_LENGTH = 2_000;

	/** The reason's text, checked like any other text; empty if none was given. */
	public static String text(Reason reason) {
		if (reason == null) {
			return "";
		}
		try {
			return Text.optionalText(reason.reason(), MAX_LENGTH);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDetailsException(List.of(new Violation("reason", ex.getMessage())));
		}
	}

}
