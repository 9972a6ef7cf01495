package org.clearinghouse.vocabulary;

import java.util.List;
import java.util.stream.Collectors;

/** Bad input: every violation found, so the author can fix them all at once. */
public class InvalidDetailsException extends IllegalArgumentException {

	private final List<Violation> violations;

	public InvalidDetailsException(List<Violation> violations) {
		super(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}

}
