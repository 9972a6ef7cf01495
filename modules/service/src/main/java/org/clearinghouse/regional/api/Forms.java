package org.clearinghouse.regional.api;

import java.util.Collection;
import java.util.List;

import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.request.api.RequestForm;

/** Request details as the body the secretariat would POST to {@code /api/requests}. */
public final class Forms {

	private Forms() {
	}

	public static RequestForm of(RequestDetails details) {
		return new RequestForm(strings(details.requestingStates()),
				details.framework() == null ? null
						: new RequestForm.FrameworkForm(details.framework().kind().name(), details.framework().name()),
				details.title(), details.description(), strings(details.areas()), strings(details.weaponCategories()),
				strings(details.assistanceTypes()), strings(details.languages()), details.publicationConsent().name(),
				details.neededBy());
	}

	private static List<String> strings(Collection<?> codes) {
		return codes.stream().map(Object::toString).toList();
	}

}
