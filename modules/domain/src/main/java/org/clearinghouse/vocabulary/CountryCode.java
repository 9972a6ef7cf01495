package org.clearinghouse.vocabulary;

import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A State, by its ISO 3166-1 alpha-3 code. */
public record CountryCode(String value) implements Comparable<CountryCode> {

	private static final Set<String> ISO_ALPHA3 = Set
		.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

	public CountryCode {
		if (value == null || !ISO_ALPHA3.contains(value)) {
			throw new IllegalArgumentException("'" + value + "' is not an ISO 3166-1 alpha-3 country code");
		}
	}

	@JsonCreator
	public static CountryCode of(String value) {
		return new CountryCode(value);
	}

	/** The country's name in the given language, from the JDK's locale data. */
	public String displayName(Locale language) {
		return Geography.standard()
			.alpha2(this)
			.map(alpha2 -> new Locale("", alpha2).getDisplayCountry(language))
			.orElse(value);
	}

	@JsonValue
	@Override
	public String toString() {
		return value;
	}

	@Override
	public int compareTo(CountryCode other) {
		return value.compareTo(other.value);
	}

}
