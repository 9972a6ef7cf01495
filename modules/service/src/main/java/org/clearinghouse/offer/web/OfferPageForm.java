package org.clearinghouse.offer.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.clearinghouse.offer.OfferDetails;
import org.clearinghouse.offer.api.OfferForm;
import org.clearinghouse.offer.api.OfferView;
import org.clearinghouse.vocabulary.InvalidDetailsException;
import org.clearinghouse.vocabulary.Violation;

/**
 * The register and amend form for an offer or programme, as the browser posts it. It is
 * read by the API's {@link OfferForm}, so the page and the API name the same problems
 * with the same rules; only numbers and dates are read here, as a browser sends text.
 */
public record OfferPageForm(String providerType, String providerCode, String title, String description,
		List<String> areas, List<String> weaponCategories, List<String> assistanceTypes, List<String> languages,
		List<String> eligibleRegions, List<String> eligibleStates, String capacity, String availableFrom,
		String availableUntil, String publicationConsent) {

	static OfferPageForm empty() {
		return new OfferPageForm("STATE", null, null, null, List.of(), List.of(), List.of(), List.of("en"), List.of(),
				List.of(), "1", null, null, "PENDING");
	}

	static OfferPageForm of(OfferView offer) {
		OfferDetails details = offer.details();
		return new OfferPageForm(details.provider().type().name(), details.provider().code().value(), details.title(),
				details.description(), strings(details.areas()), strings(details.weaponCategories()),
				strings(details.assistanceTypes()), strings(details.languages()), strings(details.eligibleRegions()),
				strings(details.eligibleStates()), String.valueOf(details.capacity()), text(details.availableFrom()),
				text(details.availableUntil()), details.publicationConsent().name());
	}

	/** The offer's details; throws, naming every bad field, as the API would. */
	OfferDetails details() {
		List<Violation> violations = new ArrayList<>();
		Integer units = null;
		if (capacity != null && !capacity.isBlank()) {
			try {
				units = Integer.valueOf(capacity.strip());
			}
			catch (NumberFormatException ex) {
				violations.add(new Violation("capacity", "must be a whole number"));
				units = 1;
			}
		}
		LocalDate from = date("availableFrom", availableFrom, violations);
		LocalDate until = date("availableUntil", availableUntil, violations);
		OfferForm.ProviderForm provider = new OfferForm.ProviderForm(blankToNull(providerType),
				blankToNull(providerCode) == null ? null : providerCode.strip().toUpperCase());
		try {
			OfferDetails details = new OfferForm(provider, title, description, list(areas), list(weaponCategories),
					list(assistanceTypes), list(languages), list(eligibleRegions), list(eligibleStates), units, from,
					until, blankToNull(publicationConsent))
				.toDetails();
			if (!violations.isEmpty()) {
				throw new InvalidDetailsException(violations);
			}
			return details;
		}
		catch (InvalidDetailsException ex) {
			violations.addAll(ex.violations());
			throw new InvalidDetailsException(violations);
		}
	}

	/**
	 * Whether a code is among the chosen ones (for checked boxes and selected options).
	 */
	public boolean has(String field, String code) {
		List<String> chosen = switch (field) {
			case "areas" -> areas;
			case "weaponCategories" -> weaponCategories;
			case "assistanceTypes" -> assistanceTypes;
			case "languages" -> languages;
			case "eligibleRegions" -> eligibleRegions;
			case "eligibleStates" -> eligibleStates;
			default -> throw new IllegalArgumentException(field);
		};
		return chosen != null && chosen.contains(code);
	}

	private static LocalDate date(String field, String value, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			violations.add(new Violation(field, "must be a date (YYYY-MM-DD)"));
			return null;
		}
	}

	private static List<String> list(List<String> values) {
		return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).toList();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static String text(LocalDate date) {
		return date == null ? null : date.toString();
	}

	private static List<String> strings(Collection<?> codes) {
		return codes.stream().map(String::valueOf).toList();
	}

}
