package org.clearinghouse.matching;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.clearinghouse.offer.OfferDetails;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.Provider;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.LanguageCode;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.RegionCode;
import org.clearinghouse.vocabulary.WeaponCategory;

/**
 * Builds the offers the matching tests rank: {@link #germany()} is the offer of the API's
 * example (Germany's export-control training programme for Africa, active, its capacity
 * of 3 unused), and each method changes one thing.
 */
final class OfferProfiles {

	private OfferId offerId = OfferId.random();

	private Provider provider = Provider.state("DEU");

	private Set<Area> areas = ordered(Area.EXPORT_CONTROL);

	private Set<WeaponCategory> weaponCategories = ordered(WeaponCategory.NUCLEAR, WeaponCategory.CHEMICAL,
			WeaponCategory.BIOLOGICAL, WeaponCategory.MEANS_OF_DELIVERY);

	private Set<AssistanceType> assistanceTypes = ordered(AssistanceType.TRAINING, AssistanceType.EXPERT_ADVICE);

	private Set<LanguageCode> languages = ordered(LanguageCode.of("en"), LanguageCode.of("fr"));

	private Set<RegionCode> eligibleRegions = ordered(RegionCode.of("002"));

	private Set<CountryCode> eligibleStates = ordered();

	private int capacity = 3;

	private int capacityLeft = 3;

	private boolean active = true;

	private LocalDate availableFrom = LocalDate.of(2014, 7, 1);

	private LocalDate availableUntil = LocalDate.of(2015, 12, 31);

	private OfferProfiles() {
	}

	static OfferProfiles germany() {
		return new OfferProfiles();
	}

	/** An offer with a fixed id, so that ties on the id are predictable. */
	static OfferId id(int n) {
		return new OfferId(new UUID(0, n));
	}

	OfferProfiles id(OfferId offerId) {
		this.offerId = offerId;
		return this;
	}

	OfferProfiles provider(Provider provider) {
		this.provider = provider;
		return this;
	}

	OfferProfiles areas(Area... areas) {
		this.areas = ordered(areas);
		return this;
	}

	OfferProfiles weaponCategories(WeaponCategory... weaponCategories) {
		this.weaponCategories = ordered(weaponCategories);
		return this;
	}

	OfferProfiles assistanceTypes(AssistanceType... assistanceTypes) {
		this.assistanceTypes = ordered(assistanceTypes);
		return this;
	}

	OfferProfiles languages(String... languages) {
		this.languages = Arrays.stream(languages)
			.map(LanguageCode::of)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		return this;
	}

	OfferProfiles eligibleRegions(String... m49) {
		this.eligibleRegions = Arrays.stream(m49)
			.map(RegionCode::of)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		return this;
	}

	OfferProfiles eligibleStates(String... alpha3) {
		this.eligibleStates = Arrays.stream(alpha3)
			.map(CountryCode::of)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		return this;
	}

	/** Open to every State: no region and no State named. */
	OfferProfiles openToAll() {
		return eligibleRegions().eligibleStates();
	}

	OfferProfiles capacityLeft(int capacityLeft) {
		this.capacityLeft = capacityLeft;
		return this;
	}

	OfferProfiles inactive() {
		this.active = false;
		return this;
	}

	OfferProfiles available(LocalDate from, LocalDate until) {
		this.availableFrom = from;
		this.availableUntil = until;
		return this;
	}

	OfferProfile build() {
		return new OfferProfile(offerId, new OfferDetails(provider, "Export-control training programme",
				"Training for licensing officers and customs.", areas, weaponCategories, assistanceTypes, languages,
				eligibleRegions, eligibleStates, capacity, availableFrom, availableUntil, PublicationConsent.GIVEN),
				active, capacityLeft);
	}

	@SafeVarargs
	private static <T> Set<T> ordered(T... values) {
		return new LinkedHashSet<>(Arrays.asList(values));
	}

}
