package org.clearinghouse.matchingdb;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.Geography;
import org.clearinghouse.vocabulary.RegionCode;

/**
 * Which M49 regions an item concerns, so that a filter by any region, sub-region or
 * intermediate region is one array lookup.
 */
final class Regions {

	/** For each region, every region that overlaps it: its ancestors and descendants. */
	private static final Map<RegionCode, Set<RegionCode>> OVERLAPPING = overlapping();

	private Regions() {
	}

	/** Every region any of the States lies in. */
	static Set<String> ofStates(Collection<CountryCode> states) {
		Set<String> regions = new TreeSet<>();
		states.forEach(state -> Geography.standard().regionsOf(state).forEach(r -> regions.add(r.value())));
		return regions;
	}

	/**
	 * Every region an offer limited to these regions and States serves in part; empty
	 * when it is open to all.
	 */
	static Set<String> served(Collection<RegionCode> eligibleRegions, Collection<CountryCode> eligibleStates) {
		Set<String> regions = new TreeSet<>(ofStates(eligibleStates));
		eligibleRegions
			.forEach(region -> OVERLAPPING.getOrDefault(region, Set.of(region)).forEach(r -> regions.add(r.value())));
		return regions;
	}

	private static Map<RegionCode, Set<RegionCode>> overlapping() {
		Map<RegionCode, Set<RegionCode>> overlapping = new HashMap<>();
		for (String alpha3 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)) {
			Set<RegionCode> lineage = Geography.standard().regionsOf(CountryCode.of(alpha3));
			for (RegionCode region : lineage) {
				overlapping.computeIfAbsent(region, r -> new TreeSet<>()).addAll(lineage);
			}
		}
		return overlapping;
	}

}
