package org.clearinghouse.system;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Writes Jackson's path to a bad value the way the API names fields:
 * {@code provider.code}, {@code areas[1]}.
 */
final class JsonPaths {

	private JsonPaths() {
	}

	static String of(List<JsonMappingException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JsonMappingException.Reference reference : path) {
			if (reference.getFieldName() != null) {
				if (!field.isEmpty()) {
					field.append('.');
				}
				field.append(reference.getFieldName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.isEmpty() ? "body" : field.toString();
	}

	static String describe(Class<?> type) {
		if (type == LocalDate.class) {
			return "a date (YYYY-MM-DD)";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "a whole number";
		}
		if (type.isEnum()) {
			return "one of " + List.of(type.getEnumConstants());
		}
		return "a " + type.getSimpleName();
	}

}
