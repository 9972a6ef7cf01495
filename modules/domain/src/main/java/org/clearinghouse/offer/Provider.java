package org.clearinghouse.offer;

import java.util.Objects;

import org.clearinghouse.vocabulary.CountryCode;

/** Who offers assistance. A State provider's code is its ISO 3166-1 alpha-3 code. */
public record Provider(ProviderType type, ProviderCode code) {

	public Provider {
		Objects.requireNonNull(type, "a provider needs a type");
		Objects.requireNonNull(code, "a provider needs a code");
		if (type == ProviderType.STATE) {
			CountryCode.of(code.value());
		}
	}

	public static Provider state(String alpha3) {
		return new Provider(ProviderType.STATE, ProviderCode.of(alpha3));
	}

	public static Provider organization(String acronym) {
		return new Provider(ProviderType.ORGANIZATION, ProviderCode.of(acronym));
	}

}
