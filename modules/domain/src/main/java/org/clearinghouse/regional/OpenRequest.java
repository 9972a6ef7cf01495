package org.clearinghouse.regional;

import java.util.Objects;
import java.util.Set;

import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.Rules;
import org.clearinghouse.vocabulary.WeaponCategory;

/**
 * An open request as regional opportunities see it: who asks (all the States of a joint
 * request) and for what.
 */
public record OpenRequest(RequestId id, Set<CountryCode> requestingStates, Set<Area> areas,
		Set<AssistanceType> assistanceTypes, Set<WeaponCategory> weaponCategories) {

	public OpenRequest {
		Objects.requireNonNull(id, "an open request needs its id");
		requestingStates = Rules.sorted(requestingStates);
		areas = Rules.sorted(areas);
		assistanceTypes = Rules.sorted(assistanceTypes);
		weaponCategories = Rules.sorted(weaponCategories);
	}

	public static OpenRequest of(RequestId id, RequestDetails details) {
		return new OpenRequest(id, details.requestingStates(), details.areas(), details.assistanceTypes(),
				details.weaponCategories());
	}

	boolean asksFor(Area area, AssistanceType type) {
		return areas.contains(area) && assistanceTypes.contains(type);
	}

}
