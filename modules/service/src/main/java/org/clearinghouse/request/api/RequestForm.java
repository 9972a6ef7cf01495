package org.clearinghouse.request.api;

import java.time.LocalDate;
import java.util.List;

import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.system.FieldReader;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.Framework;
import org.clearinghouse.vocabulary.FrameworkKind;
import org.clearinghouse.vocabulary.LanguageCode;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.WeaponCategory;

/** The body of {@code POST /api/requests} and {@code PUT /api/requests/{id}}, as sent. */
public record RequestForm(List<String> requestingStates, FrameworkForm framework, String title, String description,
		List<String> areas, List<String> weaponCategories, List<String> assistanceTypes, List<String> languages,
		String publicationConsent, LocalDate neededBy) {

	public record FrameworkForm(String kind, String name) {
	}

	/**
	 * The request's details; throws, naming every bad field, if any code or rule is
	 * broken.
	 */
	public RequestDetails toDetails() {
		FieldReader fields = new FieldReader();
		RequestDetails details = new RequestDetails(fields.codes("requestingStates", requestingStates, CountryCode::of),
				framework(fields), title, description, fields.codes("areas", areas, FieldReader.enumOf(Area.class)),
				fields.codes("weaponCategories", weaponCategories, FieldReader.enumOf(WeaponCategory.class)),
				fields.codes("assistanceTypes", assistanceTypes, FieldReader.enumOf(AssistanceType.class)),
				fields.codes("languages", languages, LanguageCode::of),
				fields.code("publicationConsent", publicationConsent, FieldReader.enumOf(PublicationConsent.class)),
				neededBy);
		fields.enforce(details.violations());
		return details;
	}

	private Framework framework(FieldReader fields) {
		if (framework == null) {
			return null;
		}
		FrameworkKind kind = fields.code("framework.kind", framework.kind(), FieldReader.enumOf(FrameworkKind.class));
		if (framework.kind() == null) {
			fields.violation("framework.kind", "a framework needs a kind");
		}
		if (framework.name() == null || framework.name().isBlank()) {
			fields.violation("framework.name", "a framework needs a name");
			return null;
		}
		if (kind == null) {
			return null;
		}
		try {
			return new Framework(kind, framework.name());
		}
		catch (IllegalArgumentException ex) {
			fields.violation("framework.name", ex.getMessage());
			return null;
		}
	}

}
