package org.clearinghouse.regional;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.Provider;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.RegionCode;
import org.clearinghouse.vocabulary.WeaponCategory;

/** Builds open requests and candidate offers for the tests, with ids named by label. */
final class Regional {

	private Regional() {
	}

	static RequestId requestId(String label) {
		return new RequestId(UUID.nameUUIDFromBytes(("request " + label).getBytes(StandardCharsets.UTF_8)));
	}

	static OfferId offerId(String label) {
		return new OfferId(UUID.nameUUIDFromBytes(("offer " + label).getBytes(StandardCharsets.UTF_8)));
	}

	/** A request, labelled, from these States for one area and one assistance type. */
	static OpenRequest request(String label, String states, Area area, AssistanceType type) {
		return request(label, states, Set.of(area), Set.of(type));
	}

	static OpenRequest request(String label, String states, Set<Area> areas, Set<AssistanceType> types) {
		return new OpenRequest(requestId(label), countries(states), areas, types, Set.of(WeaponCategory.CHEMICAL));
	}

	/** An offer open to any State. */
	static CandidateOffer offer(String label, Set<Area> areas, Set<AssistanceType> types, int capacityLeft) {
		return offer(label, areas, types, "", "", capacityLeft);
	}

	static CandidateOffer offer(String label, Set<Area> areas, Set<AssistanceType> types, String eligibleRegions,
			String eligibleStates, int capacityLeft) {
		Set<RegionCode> regions = Arrays.stream(eligibleRegions.split(" "))
			.filter(code -> !code.isEmpty())
			.map(RegionCode::of)
			.collect(Collectors.toSet());
		return new CandidateOffer(offerId(label), Provider.organization("UNODC"), areas, types, regions,
				countries(eligibleStates), capacityLeft);
	}

	static Set<CountryCode> countries(String alpha3) {
		return Arrays.stream(alpha3.split(" "))
			.filter(code -> !code.isEmpty())
			.map(CountryCode::of)
			.collect(Collectors.toSet());
	}

}
