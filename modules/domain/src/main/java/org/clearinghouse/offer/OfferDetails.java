package org.clearinghouse.offer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.LanguageCode;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.RegionCode;
import org.clearinghouse.vocabulary.Rules;
import org.clearinghouse.vocabulary.Violation;
import org.clearinghouse.vocabulary.WeaponCategory;

/**
 * What an offer or programme provides, to whom and when. Empty {@code eligibleRegions}
 * and {@code eligibleStates} mean any State may benefit.
 */
public record OfferDetails(Provider provider, String title, String description, Set<Area> areas,
		Set<WeaponCategory> weaponCategories, Set<AssistanceType> assistanceTypes, Set<LanguageCode> languages,
		Set<RegionCode> eligibleRegions, Set<CountryCode> eligibleStates, int capacity, LocalDate availableFrom,
		LocalDate availableUntil, PublicationConsent publicationConsent) {

	public OfferDetails {
		title = Rules.stripped(title);
		description = description == null ? "" : description.strip();
		areas = Rules.sorted(areas);
		weaponCategories = Rules.sorted(weaponCategories);
		assistanceTypes = Rules.sorted(assistanceTypes);
		languages = Rules.sorted(languages);
		eligibleRegions = Rules.sorted(eligibleRegions);
		eligibleStates = Rules.sorted(eligibleStates);
		publicationConsent = publicationConsent == null ? PublicationConsent.PENDING : publicationConsent;
	}

	/** Every rule an offer breaks, by the field the API calls it. */
	public List<Violation> violations() {
		return rules().violations();
	}

	void enforce() {
		rules().enforce();
	}

	private Rules rules() {
		return new Rules().require(provider != null, "provider", "an offer names its provider")
			.title("title", title)
			.description("description", description)
			.require(!areas.isEmpty(), "areas", "at least one area")
			.require(!assistanceTypes.isEmpty(), "assistanceTypes", "at least one assistance type")
			.require(capacity >= 1, "capacity", "must be at least 1 (how many requests the offer can serve)")
			.require(availableFrom == null || availableUntil == null || !availableFrom.isAfter(availableUntil),
					"availableUntil", "must not be before availableFrom");
	}

}
