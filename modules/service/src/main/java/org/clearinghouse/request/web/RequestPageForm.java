package org.clearinghouse.request.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.request.api.RequestForm;
import org.clearinghouse.request.api.RequestView;
import org.clearinghouse.vocabulary.InvalidDetailsException;
import org.clearinghouse.vocabulary.Violation;

/**
 * The register and amend form for a request, as the browser posts it. It is read by the
 * API's {@link RequestForm}, so the page and the API name the same problems with the same
 * rules; only the date is read here, as a browser sends it as text.
 */
public record RequestPageForm(boolean joint, List<String> requestingStates, String frameworkKind, String frameworkName,
		String title, String description, List<String> areas, List<String> weaponCategories,
		List<String> assistanceTypes, List<String> languages, String publicationConsent, String neededBy) {

	static RequestPageForm empty(boolean joint) {
		return new RequestPageForm(joint, List.of(), null, null, null, null, List.of(), List.of(), List.of(),
				List.of("en"), "PENDING", null);
	}

	static RequestPageForm of(RequestView request) {
		RequestDetails details = request.details();
		return new RequestPageForm(details.isJoint() || details.framework() != null,
				strings(details.requestingStates()),
				details.framework() == null ? null : details.framework().kind().name(),
				details.framework() == null ? null : details.framework().name(), details.title(), details.description(),
				strings(details.areas()), strings(details.weaponCategories()), strings(details.assistanceTypes()),
				strings(details.languages()), details.publicationConsent().name(),
				details.neededBy() == null ? null : details.neededBy().toString());
	}

	/** The request's details; throws, naming every bad field, as the API would. */
	RequestDetails details() {
		List<Violation> violations = new ArrayList<>();
		LocalDate needed = null;
		if (neededBy != null && !neededBy.isBlank()) {
			try {
				needed = LocalDate.parse(neededBy.strip());
			}
			catch (DateTimeParseException ex) {
				violations.add(new Violation("neededBy", "must be a date (YYYY-MM-DD)"));
			}
		}
		RequestForm.FrameworkForm framework = joint
				? new RequestForm.FrameworkForm(blankToNull(frameworkKind), blankToNull(frameworkName)) : null;
		try {
			RequestDetails details = new RequestForm(list(requestingStates), framework, title, description, list(areas),
					list(weaponCategories), list(assistanceTypes), list(languages), blankToNull(publicationConsent),
					needed)
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
			case "requestingStates" -> requestingStates;
			case "areas" -> areas;
			case "weaponCategories" -> weaponCategories;
			case "assistanceTypes" -> assistanceTypes;
			case "languages" -> languages;
			default -> throw new IllegalArgumentException(field);
		};
		return chosen != null && chosen.contains(code);
	}

	private static List<String> list(List<String> values) {
		return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).toList();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static List<String> strings(java.util.Collection<?> codes) {
		return codes.stream().map(String::valueOf).toList();
	}

}
