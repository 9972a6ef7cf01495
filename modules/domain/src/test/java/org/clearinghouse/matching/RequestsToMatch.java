package org.clearinghouse.matching;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.Framework;
import org.clearinghouse.vocabulary.FrameworkKind;
import org.clearinghouse.vocabulary.LanguageCode;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.WeaponCategory;

/**
 * Builds the requests the matching tests match: {@link #kenya()} is the request of the
 * API's example (Kenya asks for help drafting export-control legislation), and each
 * method changes one thing.
 */
final class RequestsToMatch {

	static final Framework EAC_CUSTOMS_UNION = new Framework(FrameworkKind.CUSTOMS_UNION,
			"East African Community Customs Union");

	private Set<CountryCode> requestingStates = countries("KEN");

	private Framework framework;

	private Set<Area> areas = ordered(Area.EXPORT_CONTROL, Area.LEGISLATION);

	private Set<WeaponCategory> weaponCategories = ordered(WeaponCategory.CHEMICAL, WeaponCategory.BIOLOGICAL);

	private Set<AssistanceType> assistanceTypes = ordered(AssistanceType.LEGISLATIVE_DRAFTING,
			AssistanceType.EXPERT_ADVICE);

	private Set<LanguageCode> languages = ordered(LanguageCode.of("en"));

	private LocalDate neededBy = LocalDate.of(2015, 6, 30);

	private RequestsToMatch() {
	}

	static RequestsToMatch kenya() {
		return new RequestsToMatch();
	}

	/** A joint request of the given States within the East African customs union. */
	static RequestsToMatch joint(String... alpha3) {
		return kenya().requestingStates(alpha3).framework(EAC_CUSTOMS_UNION);
	}

	RequestsToMatch requestingStates(String... alpha3) {
		this.requestingStates = countries(alpha3);
		return this;
	}

	RequestsToMatch framework(Framework framework) {
		this.framework = framework;
		return this;
	}

	RequestsToMatch areas(Area... areas) {
		this.areas = ordered(areas);
		return this;
	}

	RequestsToMatch weaponCategories(WeaponCategory... weaponCategories) {
		this.weaponCategories = ordered(weaponCategories);
		return this;
	}

	RequestsToMatch assistanceTypes(AssistanceType... assistanceTypes) {
		this.assistanceTypes = ordered(assistanceTypes);
		return this;
	}

	RequestsToMatch languages(String... languages) {
		this.languages = Arrays.stream(languages)
			.map(LanguageCode::of)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		return this;
	}

	RequestsToMatch neededBy(LocalDate neededBy) {
		this.neededBy = neededBy;
		return this;
	}

	RequestDetails build() {
		return new RequestDetails(requestingStates, framework, "Drafting of export-control legislation",
				"Help with drafting export-control legislation.", areas, weaponCategories, assistanceTypes, languages,
				PublicationConsent.GIVEN, neededBy);
	}

	private static Set<CountryCode> countries(String... alpha3) {
		return Arrays.stream(alpha3).map(CountryCode::of).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	@SafeVarargs
	private static <T> Set<T> ordered(T... values) {
		return new LinkedHashSet<>(Arrays.asList(values));
	}

}
