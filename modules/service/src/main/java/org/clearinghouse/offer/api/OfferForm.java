package org.clearinghouse.offer.api;

import java.time.LocalDate;
import java.util.List;

import org.clearinghouse.offer.OfferDetails;
import org.clearinghouse.offer.Provider;
import org.clearinghouse.offer.ProviderCode;
import org.clearinghouse.offer.ProviderType;
import org.clearinghouse.system.FieldReader;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.LanguageCode;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.RegionCode;
import org.clearinghouse.vocabulary.WeaponCategory;

/** The body of {@code POST /api/offers} and {@code PUT /api/offers/{id}}, as sent. */
public record OfferForm(ProviderForm provider, String title, String description, List<String> areas,
		List<String> weaponCategories, List<String> assistanceTypes, List<String> languages,
		List<String> eligibleRegions, List<String> eligibleStates, Integer capacity, LocalDate availableFrom,
		LocalDate availableUntil, String publicationConsent) {

	public record ProviderForm(String type, String code) {
	}

	/**
	 * The offer's details; throws, naming every bad field, if any code or rule is broken.
	 */
	public OfferDetails toDetails() {
		FieldReader fields = new FieldReader();
		if (capacity == null) {
			fields.violation("capacity", "how many requests the offer can serve (at least 1)");
		}
		OfferDetails details = new OfferDetails(provider(fields), title, description,
				fields.codes("areas", areas, FieldReader.enumOf(Area.class)),
				fields.codes("weaponCategories", weaponCategories, FieldReader.enumOf(WeaponCategory.class)),
				fields.codes("assistanceTypes", assistanceTypes, FieldReader.enumOf(AssistanceType.class)),
				fields.codes("languages", languages, LanguageCode::of),
				fields.codes("eligibleRegions", eligibleRegions, RegionCode::of),
				fields.codes("eligibleStates", eligibleStates, CountryCode::of), capacity == null ? 1 : capacity,
				availableFrom, availableUntil,
				fields.code("publicationConsent", publicationConsent, FieldReader.enumOf(PublicationConsent.class)));
		fields.enforce(provider == null ? details.violations()
				: details.violations().stream().filter(v -> !v.field().equals("provider")).toList());
		return details;
	}

	private Provider provider(FieldReader fields) {
		if (provider == null) {
			return null;
		}
		ProviderType type = fields.code("provider.type", provider.type(), FieldReader.enumOf(ProviderType.class));
		if (provider.type() == null) {
			fields.violation("provider.type", "STATE or ORGANIZATION");
		}
		if (provider.code() == null) {
			fields.violation("provider.code", "a State's alpha-3 code or an organization's acronym");
		}
		ProviderCode code = fields.code("provider.code", provider.code(), ProviderCode::of);
		if (type == null || code == null) {
			return null;
		}
		return fields.code("provider.code", code.value(), value -> new Provider(type, code));
	}

}
