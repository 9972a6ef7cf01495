package org.clearinghouse.regional;

import static org.clearinghouse.regional.Regional.request;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.clearinghouse.request.RequestId;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.FrameworkKind;
import org.clearinghouse.vocabulary.Geography;
import org.clearinghouse.vocabulary.RegionCode;

/**
 * Generated requests with planted groups. A pool holds one State per M49 sub-region, so
 * no two pool States share a sub-region. Each cluster is a test framework of two to four
 * pool States whose requests all ask for the cluster's own area and training (sometimes
 * one of them jointly from two members): the cluster is the one group expected. Noise
 * that must not group: in each cluster a request for the cluster's area but financial
 * support only (no overlap of types); two requests from one State in no framework (one
 * State only); two requests from States in no common framework or sub-region.
 */
record Generated(List<OpenRequest> requests, Frameworks frameworks, List<Expected> expected) {

	record Expected(String basis, Set<RequestId> requests) {

	}

	static Generated from(Random random) {
		List<CountryCode> pool = onePerSubRegion();
		Collections.shuffle(pool, random);
		List<OpenRequest> requests = new ArrayList<>();
		List<FrameworkMembership> frameworks = new ArrayList<>();
		List<Expected> expected = new ArrayList<>();
		int next = 0;
		int clusters = 2 + random.nextInt(3);
		for (int cluster = 0; cluster < clusters; cluster++) {
			String code = "T" + cluster;
			Area area = Area.values()[cluster];
			List<CountryCode> members = pool.subList(next, next + 2 + random.nextInt(3));
			next += members.size();
			frameworks.add(new FrameworkMembership(code, FrameworkKind.FREE_TRADE_AREA, "Test area " + cluster,
					"generated", new TreeSet<>(members)));
			List<OpenRequest> planted = new ArrayList<>();
			int first = 0;
			if (members.size() >= 3 && random.nextBoolean()) {
				planted.add(
						request(code + "-joint", members.get(0) + " " + members.get(1), area, AssistanceType.TRAINING));
				first = 2;
			}
			for (CountryCode member : members.subList(first, members.size())) {
				planted.add(request(code + "-" + member, member.value(), area, AssistanceType.TRAINING));
			}
			requests.addAll(planted);
			expected.add(new Expected(code, planted.stream().map(OpenRequest::id).collect(Collectors.toSet())));
			CountryCode other = members.get(random.nextInt(members.size()));
			requests.add(request(code + "-money-" + other, other.value(), area, AssistanceType.FINANCIAL));
		}
		CountryCode alone = pool.get(next++);
		requests.add(request("alone-1", alone.value(), Area.OUTREACH, AssistanceType.WORKSHOP));
		requests.add(request("alone-2", alone.value(), Area.OUTREACH, AssistanceType.WORKSHOP));
		requests.add(request("apart-1", pool.get(next++).value(), Area.REPORTING, AssistanceType.WORKSHOP));
		requests.add(request("apart-2", pool.get(next++).value(), Area.REPORTING, AssistanceType.WORKSHOP));
		Collections.shuffle(requests, random);
		return new Generated(List.copyOf(requests), Frameworks.of(frameworks), List.copyOf(expected));
	}

	private static List<CountryCode> onePerSubRegion() {
		Map<RegionCode, CountryCode> first = new TreeMap<>();
		for (String alpha3 : new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3))) {
			CountryCode country = CountryCode.of(alpha3);
			Geography.standard().subRegionOf(country).ifPresent(region -> first.putIfAbsent(region, country));
		}
		return new ArrayList<>(first.values());
	}

}
