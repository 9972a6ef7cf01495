package org.clearinghouse.publiclist;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.clearinghouse.offer.Provider;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.Framework;
import org.clearinghouse.vocabulary.LanguageCode;
import org.clearinghouse.vocabulary.RegionCode;
import org.clearinghouse.vocabulary.WeaponCategory;

/**
 * The public list as anyone reads it: forms of assistance with practical examples, then
 * the published requests and offers. Each record holds only fields that may be public.
 */
record PublicAssistanceList(List<FormOfAssistance> formsOfAssistance, List<PublicRequest> requests,
		List<PublicOffer> offers) {

	record FormOfAssistance(AssistanceType assistanceType, List<CatalogueItem> entries) {
	}

	record CatalogueItem(String id, AssistanceType assistanceType, String title, String description,
			List<String> examples) {
	}

	record PublicRequest(String id, Set<CountryCode> requestingStates, Framework framework, String title,
			String description, Set<Area> areas, Set<WeaponCategory> weaponCategories,
			Set<AssistanceType> assistanceTypes, Set<LanguageCode> languages, LocalDate neededBy) {
	}

	record PublicOffer(String id, Provider provider, String title, String description, Set<Area> areas,
			Set<WeaponCategory> weaponCategories, Set<AssistanceType> assistanceTypes, Set<LanguageCode> languages,
			Set<RegionCode> eligibleRegions, Set<CountryCode> eligibleStates, LocalDate availableFrom,
			LocalDate availableUntil) {
	}

}
