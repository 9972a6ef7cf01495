package org.clearinghouse.offer;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.LanguageCode;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.RegionCode;
import org.clearinghouse.vocabulary.WeaponCategory;

/**
 * Builds offer details for the tests: {@link #valid()} is the offer of the API's example,
 * and each method changes one thing. Sets keep the order they are given in, so that tests
 * can show that order does not matter.
 */
final class Offers {

	private Provider provider = Provider.state("DEU");

	private String title = "Export-control training programme";

	private String description = "Training for licensing officers and customs.";

	private Set<Area> areas = ordered(Area.EXPORT_CONTROL);

	private Set<WeaponCategory> weaponCategories = ordered(WeaponCategory.NUCLEAR, WeaponCategory.CHEMICAL,
			WeaponCategory.BIOLOGICAL, WeaponCategory.MEANS_OF_DELIVERY);

	private Set<AssistanceType> assistanceTypes = ordered(AssistanceType.TRAINING, AssistanceType.EXPERT_ADVICE);

	private Set<LanguageCode> languages = ordered(LanguageCode.of("en"), LanguageCode.of("fr"));

	private Set<RegionCode> eligibleRegions = ordered(RegionCode.of("002"));

	private Set<CountryCode> eligibleStates = ordered();

	private int capacity = 3;

	private LocalDate availableFrom = LocalDate.of(2014, 7, 1);

	private LocalDate availableUntil = LocalDate.of(2015, 12, 31);

	private PublicationConsent publicationConsent = PublicationConsent.GIVEN;

	private Offers() {
	}

	/**
	 * Germany's export-control training programme for Africa, with consent given, that
	 * breaks no rule.
	 */
	static Offers valid() {
		return new Offers();
	}

	Offers provider(Provider provider) {
		this.provider = provider;
		return this;
	}

	Offers title(String title) {
		this.title = title;
		return this;
	}

	Offers description(String description) {
		this.description = description;
		return this;
	}

	Offers areas(Area... areas) {
		this.areas = ordered(areas);
		return this;
	}

	Offers weaponCategories(WeaponCategory... weaponCategories) {
		this.weaponCategories = ordered(weaponCategories);
		return this;
	}

	Offers assistanceTypes(AssistanceType... assistanceTypes) {
		this.assistanceTypes = ordered(assistanceTypes);
		return this;
	}

	Offers languages(String... languages) {
		this.languages = Arrays.stream(languages)
			.map(LanguageCode::of)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		return this;
	}

	Offers eligibleRegions(String... m49) {
		this.eligibleRegions = Arrays.stream(m49)
			.map(RegionCode::of)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		return this;
	}

	Offers eligibleStates(String... alpha3) {
		this.eligibleStates = Arrays.stream(alpha3)
			.map(CountryCode::of)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		return this;
	}

	Offers capacity(int capacity) {
		this.capacity = capacity;
		return this;
	}

	Offers available(LocalDate from, LocalDate until) {
		this.availableFrom = from;
		this.availableUntil = until;
		return this;
	}

	Offers consent(PublicationConsent publicationConsent) {
		this.publicationConsent = publicationConsent;
		return this;
	}

	OfferDetails build() {
		return new OfferDetails(provider, title, description, areas, weaponCategories, assistanceTypes, languages,
				eligibleRegions, eligibleStates, capacity, availableFrom, availableUntil, publicationConsent);
	}

	@SafeVarargs
	private static <T> Set<T> ordered(T... values) {
		return new LinkedHashSet<>(Arrays.asList(values));
	}

}
