package org.clearinghouse.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.Framework;
import org.clearinghouse.vocabulary.LanguageCode;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.Rules;
import org.clearinghouse.vocabulary.Violation;
import org.clearinghouse.vocabulary.WeaponCategory;

/**
 * What a request asks for, as registered or amended. Sets are kept sorted so that
 * amending to the same content compares equal; consent not stated is
 * {@link PublicationConsent#PENDING}.
 */
public record RequestDetails(Set<CountryCode> requestingStates, Framework framework, String title, String description,
		Set<Area> areas, Set<WeaponCategory> weaponCategories, Set<AssistanceType> assistanceTypes,
		Set<LanguageCode> languages, PublicationConsent publicationConsent, LocalDate neededBy) {

	public RequestDetails {
		requestingStates = Rules.sorted(requestingStates);
		title = Rules.stripped(title);
		description = description == null ? "" : description.strip();
		areas = Rules.sorted(areas);
		weaponCategories = Rules.sorted(weaponCategories);
		assistanceTypes = Rules.sorted(assistanceTypes);
		languages = Rules.sorted(languages);
		publicationConsent = publicationConsent == null ? PublicationConsent.PENDING : publicationConsent;
	}

	public RequestDetails withPublicationConsent(PublicationConsent consent) {
		return new RequestDetails(requestingStates, framework, title, description, areas, weaponCategories,
				assistanceTypes, languages, consent, neededBy);
	}

	@JsonIgnore
	public boolean isJoint() {
		return requestingStates.size() > 1;
	}

	/** Every rule a request breaks, by the field the API calls it. */
	public List<Violation> violations() {
		return rules().violations();
	}

	void enforce() {
		rules().enforce();
	}

	private Rules rules() {
		return new Rules().require(!requestingStates.isEmpty(), "requestingStates", "at least one requesting State")
			.require(!isJoint() || framework != null, "framework",
					"a joint request names the framework its States act within")
			.require(requestingStates.size() != 1 || framework == null, "framework",
					"a request from a single State has no framework")
			.title("title", title)
			.description("description", description)
			.require(!areas.isEmpty(), "areas", "at least one area")
			.require(!assistanceTypes.isEmpty(), "assistanceTypes", "at least one assistance type");
	}

}
