package org.clearinghouse.regional;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;

import org.clearinghouse.offer.OfferDetails;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.Provider;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.Geography;
import org.clearinghouse.vocabulary.RegionCode;
import org.clearinghouse.vocabulary.Rules;

/**
 * An open offer as regional opportunities see it: what it covers, who may benefit, and
 * how many more requests it can serve. Empty {@code eligibleRegions} and
 * {@code eligibleStates} mean any State; otherwise a State is eligible if it is listed or
 * lies in a listed region.
 */
public record CandidateOffer(OfferId id, Provider provider, Set<Area> areas, Set<AssistanceType> assistanceTypes,
		Set<RegionCode> eligibleRegions, Set<CountryCode> eligibleStates, int capacityLeft) {

	public CandidateOffer {
		Objects.requireNonNull(id, "a candidate offer needs its id");
		Objects.requireNonNull(provider, "a candidate offer needs its provider");
		areas = Rules.sorted(areas);
		assistanceTypes = Rules.sorted(assistanceTypes);
		eligibleRegions = Rules.sorted(eligibleRegions);
		eligibleStates = Rules.sorted(eligibleStates);
	}

	public static CandidateOffer of(OfferId id, OfferDetails details, int capacityLeft) {
		return new CandidateOffer(id, details.provider(), details.areas(), details.assistanceTypes(),
				details.eligibleRegions(), details.eligibleStates(), capacityLeft);
	}

	boolean isEligible(CountryCode state, Geography geography) {
		if (eligibleRegions.isEmpty() && eligibleStates.isEmpty()) {
			return true;
		}
		return eligibleStates.contains(state) || !Collections.disjoint(eligibleRegions, geography.regionsOf(state));
	}

}
