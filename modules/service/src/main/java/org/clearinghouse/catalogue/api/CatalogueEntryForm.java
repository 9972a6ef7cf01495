package org.clearinghouse.catalogue.api;

import java.util.List;

import org.clearinghouse.catalogue.CatalogueEntryDetails;
import org.clearinghouse.system.FieldReader;
import org.clearinghouse.vocabulary.AssistanceType;

/**
 * The body of {@code POST /api/catalogue} and {@code PUT /api/catalogue/{id}}, as sent.
 */
public record CatalogueEntryForm(String assistanceType, String title, String description, List<String> examples) {

	/** The entry's details; throws, naming every bad field, if any rule is broken. */
	public CatalogueEntryDetails toDetails() {
		FieldReader fields = new FieldReader();
		CatalogueEntryDetails details = new CatalogueEntryDetails(
				fields.code("assistanceType", assistanceType, FieldReader.enumOf(AssistanceType.class)), title,
				description, examples);
		fields.enforce(assistanceType != null && details.assistanceType() == null
				? details.violations().stream().filter(v -> !v.field().equals("assistanceType")).toList()
				: details.violations());
		return details;
	}

}
