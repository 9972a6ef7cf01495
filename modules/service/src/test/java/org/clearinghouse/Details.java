package org.clearinghouse;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.clearinghouse.offer.OfferDetails;
import org.clearinghouse.offer.Provider;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.Framework;
import org.clearinghouse.vocabulary.FrameworkKind;
import org.clearinghouse.vocabulary.LanguageCode;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.RegionCode;
import org.clearinghouse.vocabulary.WeaponCategory;

/** Request and offer details for tests that write events themselves. */
public final class Details {

	private Details() {
	}

	/**
	 * A request from the States (a joint one if several), asking for the areas and types.
	 */
	public static RequestDetails request(String title, Set<String> states, Set<Area> areas, Set<WeaponCategory> weapons,
			Set<AssistanceType> types, PublicationConsent consent) {
		return new RequestDetails(states.stream().map(CountryCode::of).collect(Collectors.toSet()),
				states.size() > 1 ? new Framework(FrameworkKind.CUSTOMS_UNION, "A customs union") : null, title,
				"What " + title + " needs.", areas, weapons, types, Set.of(LanguageCode.of("en")), consent,
				LocalDate.of(2016, 12, 31));
	}

	public static OfferDetails offer(String title, Provider provider, Set<Area> areas, Set<WeaponCategory> weapons,
			Set<AssistanceType> types, Set<String> eligibleRegions, PublicationConsent consent) {
		return new OfferDetails(provider, title, "What " + title + " gives.", areas, weapons, types,
				Set.of(LanguageCode.of("en")), eligibleRegions.stream().map(RegionCode::of).collect(Collectors.toSet()),
				Set.of(), 3, LocalDate.of(2014, 1, 1), LocalDate.of(2016, 12, 31), consent);
	}

	@SafeVarargs
	public static <T> Set<T> set(T... values) {
		return Arrays.stream(values).collect(Collectors.toSet());
	}

}
