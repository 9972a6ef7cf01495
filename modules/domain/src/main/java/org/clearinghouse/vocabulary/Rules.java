package org.clearinghouse.vocabulary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** Collects the violations of a request's or offer's rules, field by field. */
public final class Rules {

	public static final int MAX_TITLE_LENGTH = 200;

	public static final int MAX_DESCRIPTION_LENGTH = 10_000;

	private final List<Violation> violations = new ArrayList<>();

	public Rules require(boolean condition, String field, String message) {
		if (!condition) {
			violations.add(new Violation(field, message));
		}
		return this;
	}

	public Rules title(String field, String value) {
		return check(field, () -> Text.requireLine(value, MAX_TITLE_LENGTH, "a title is required"));
	}

	public Rules description(String field, String value) {
		return check(field, () -> Text.optionalText(value, MAX_DESCRIPTION_LENGTH));
	}

	public Rules check(String field, Runnable validation) {
		try {
			validation.run();
		}
		catch (IllegalArgumentException ex) {
			violations.add(new Violation(field, ex.getMessage()));
		}
		return this;
	}

	public List<Violation> violations() {
		return List.copyOf(violations);
	}

	/** Throws {@link InvalidDetailsException} if any rule was broken. */
	public void enforce() {
		if (!violations.isEmpty()) {
			throw new InvalidDetailsException(violations);
		}
	}

	/**
	 * The canonical form of a set of codes: sorted and unmodifiable, so equal content
	 * compares equal.
	 */
	public static <T extends Comparable<? super T>> SortedSet<T> sorted(Collection<T> values) {
		return values == null ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(new TreeSet<>(values));
	}

	public static String stripped(String value) {
		return value == null ? null : value.strip();
	}

}
