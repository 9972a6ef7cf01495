package org.clearinghouse.vocabulary;

import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A language, by its ISO 639-1 code, e.g. {@code en}, {@code fr}, {@code zh}. */
public record LanguageCode(String value) implements Comparable<LanguageCode> {

	private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

	public LanguageCode {
		if (value == null || !ISO_639_1.contains(value)) {
			throw new IllegalArgumentException("'" + value + "' is not an ISO 639-1 language code");
		}
	}

	@JsonCreator
	public static LanguageCode of(String value) {
		return new LanguageCode(value);
	}

	public String displayName(Locale language) {
		return Locale.forLanguageTag(value).getDisplayLanguage(language);
	}

	@JsonValue
	@Override
	public String toString() {
		return value;
	}

	@Override
	public int compareTo(LanguageCode other) {
		return value.compareTo(other.value);
	}

}
