package org.clearinghouse.system.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clearinghouse.vocabulary.Violation;

import org.springframework.context.MessageSource;

/**
 * The violations of a submitted form, by the form field they belong to ({@code areas[1]}
 * belongs to {@code areas}), each in the reader's language where the bundles know the
 * message, else as the rules word it.
 */
public final class FieldErrors {

	private final Map<String, List<String>> byField = new LinkedHashMap<>();

	public static FieldErrors none() {
		return new FieldErrors();
	}

	public static FieldErrors of(List<Violation> violations, MessageSource messages, Locale locale) {
		FieldErrors errors = new FieldErrors();
		for (Violation violation : violations) {
			String key = "violation." + violation.message().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_$", "");
			errors.add(violation.field(), messages.getMessage(key, null, violation.message(), locale));
		}
		return errors;
	}

	public void add(String field, String message) {
		byField.computeIfAbsent(field.replaceAll("\\[\\d+]", ""), f -> new ArrayList<>()).add(message);
	}

	public boolean any() {
		return !byField.isEmpty();
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public List<String> of(String field) {
		return byField.getOrDefault(field, List.of());
	}

	/** The fields in error, in the order the rules named them. */
	public List<String> fields() {
		return List.copyOf(byField.keySet());
	}

}
