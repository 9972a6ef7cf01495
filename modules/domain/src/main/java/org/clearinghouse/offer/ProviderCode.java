package org.clearinghouse.offer;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A provider's code: a State's ISO alpha-3 code or an organization's usual acronym
 * ({@code IAEA}, {@code OPCW}, {@code BWC-ISU}). It keys the provider's proposals on
 * Kafka and its donor account.
 */
public record ProviderCode(String value) implements Comparable<ProviderCode> {

	private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9-]{1,19}");

	public ProviderCode {
		if (value == null || !ACRONYM.matcher(value).matches()) {
			throw new IllegalArgumentException("'" + value
					+ "' is not a provider code: 2 to 20 upper-case letters, digits or hyphens, starting with a letter");
		}
	}

	@JsonCreator
	public static ProviderCode of(String value) {
		return new ProviderCode(value);
	}

	@JsonValue
	@Override
	public String toString() {
		return value;
	}

	@Override
	public int compareTo(ProviderCode other) {
		return value.compareTo(other.value);
	}

}
