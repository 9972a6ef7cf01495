package org.clearinghouse.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.clearinghouse.vocabulary.InvalidDetailsException;
import org.clearinghouse.vocabulary.Violation;

/**
 * Reads the codes of a submitted form into value objects, noting every bad one by its
 * field ({@code areas[1]}) instead of stopping at the first.
 */
public final class FieldReader {

	private final List<Violation> violations = new ArrayList<>();

	public <T> Set<T> codes(String field, List<String> values, Function<String, T> parse) {
		Set<T> codes = new LinkedHashSet<>();
		if (values == null) {
			return codes;
		}
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i) == null) {
				violations.add(new Violation(field + "[" + i + "]", "must be a code, not null"));
				continue;
			}
			T code = code(field + "[" + i + "]", values.get(i), parse);
			if (code != null) {
				codes.add(code);
			}
		}
		return codes;
	}

	/** The value object, or null (and a violation) if the code is bad; null if absent. */
	public <T> T code(String field, String value, Function<String, T> parse) {
		if (value == null) {
			return null;
		}
		try {
			return parse.apply(value);
		}
		catch (IllegalArgumentException ex) {
			violations.add(new Violation(field, ex.getMessage()));
			return null;
		}
	}

	public void violation(String field, String message) {
		violations.add(new Violation(field, message));
	}

	/**
	 * Throws if the codes or the rules of what they were read into are broken, naming
	 * every field.
	 */
	public void enforce(List<Violation> ruleViolations) {
		List<Violation> all = new ArrayList<>(violations);
		all.addAll(ruleViolations);
		if (!all.isEmpty()) {
			throw new InvalidDetailsException(all);
		}
	}

	/**
	 * Parses an enum constant by its exact name, with a message that lists the valid
	 * ones.
	 */
	public static <E extends Enum<E>> Function<String, E> enumOf(Class<E> type) {
		return value -> Arrays.stream(type.getEnumConstants())
			.filter(constant -> constant.name().equals(value))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"'" + abbreviated(value) + "' is not one of " + Arrays.toString(type.getEnumConstants())));
	}

	/** Bad codes are echoed in messages; a huge one is cut so the answer stays small. */
	static String abbreviated(String value) {
		return value.length() <= 40 ? value : value.substring(0, 40) + "…";
	}

}
