package org.clearinghouse.system;

/** The optional body of a withdrawal, closure or objection: why. */
public record Reason(String reason) {

	/** The reason's text, checked like any other text; empty if none was given. */
	public static String text(Reason reason) {
		return org.clearinghouse.vocabulary.Reason.optional(reason == null ? null : reason.reason());
	}

}
