package org.clearinghouse.request;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.Framework;
import org.clearinghouse.vocabulary.FrameworkKind;
import org.clearinghouse.vocabulary.LanguageCode;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.WeaponCategory;

/**
 * Builds request details for the tests: {@link #valid()} is the request of the API's
 * example, and each method changes one thing. Sets keep the order they are given in, so
 * that tests can show that order does not matter.
 */
final class Requests {

	static final Framework EAC_CUSTOMS_UNION = new Framework(FrameworkKind.CUSTOMS_UNION,
			"East African Community Customs Union");

	private Set<CountryCode> requestingStates = countries("KEN");

	private Framework framework;

	private String title = "Drafting of export-control legislation";

	private String description = "Help with drafting export-control legislation.";

	private Set<Area> areas = ordered(Area.EXPORT_CONTROL, Area.LEGISLATION);

	private Set<WeaponCategory> weaponCategories = ordered(WeaponCategory.CHEMICAL, WeaponCategory.BIOLOGICAL);

	private Set<AssistanceType> assistanceTypes = ordered(AssistanceType.LEGISLATIVE_DRAFTING,
			AssistanceType.EXPERT_ADVICE);

	private Set<LanguageCode> languages = ordered(LanguageCode.of("en"));

	private PublicationConsent publicationConsent = PublicationConsent.GIVEN;

	private LocalDate neededBy = LocalDate.of(2015, 6, 30);

	private Requests() {
	}

	/** A request from Kenya alone, with consent given, that breaks no rule. */
	static Requests valid() {
		return new Requests();
	}

	/** A joint request from three members of the East African Community Customs Union. */
	static Requests joint() {
		return valid().requestingStates("KEN", "TZA", "UGA").framework(EAC_CUSTOMS_UNION);
	}

	Requests requestingStates(String... alpha3) {
		this.requestingStates = countries(alpha3);
		return this;
	}

	Requests framework(Framework framework) {
		this.framework = framework;
		return this;
	}

	Requests title(String title) {
		this.title = title;
		return this;
	}

	Requests description(String description) {
		this.description = description;
		return this;
	}

	Requests areas(Area... areas) {
		this.areas = ordered(areas);
		return this;
	}

	Requests weaponCategories(WeaponCategory... weaponCategories) {
		this.weaponCategories = ordered(weaponCategories);
		return this;
	}

	Requests assistanceTypes(AssistanceType... assistanceTypes) {
		this.assistanceTypes = ordered(assistanceTypes);
		return this;
	}

	Requests languages(String... languages) {
		this.languages = Arrays.stream(languages)
			.map(LanguageCode::of)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		return this;
	}

	Requests consent(PublicationConsent publicationConsent) {
		this.publicationConsent = publicationConsent;
		return this;
	}

	Requests neededBy(LocalDate neededBy) {
		this.neededBy = neededBy;
		return this;
	}

	RequestDetails build() {
		return new RequestDetails(requestingStates, framework, title, description, areas, weaponCategories,
				assistanceTypes, languages, publicationConsent, neededBy);
	}

	private static Set<CountryCode> countries(String... alpha3) {
		return Arrays.stream(alpha3).map(CountryCode::of).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	@SafeVarargs
	private static <T> Set<T> ordered(T... values) {
		return new LinkedHashSet<>(Arrays.asList(values));
	}

}
