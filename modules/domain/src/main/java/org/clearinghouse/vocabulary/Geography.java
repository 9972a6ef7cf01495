package org.clearinghouse.vocabulary;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The UN M49 geoscheme, shipped as data: which regions, sub-regions and intermediate
 * regions each country belongs to, and each region's name.
 */
public final class Geography {

	public static final RegionCode WORLD = new RegionCode(M49Table.WORLD);

	private static final Geography STANDARD = new Geography(M49Table.STANDARD);

	private final M49Table table;

	private final Map<String, Set<RegionCode>> regionsByCountry = new HashMap<>();

	private final Map<String, String> alpha2ByAlpha3 = new HashMap<>();

	private Geography(M49Table table) {
		this.table = table;
		table.regionCodesByCountry.forEach((country, codes) -> {
			Set<RegionCode> regions = new TreeSet<>();
			codes.forEach(code -> regions.add(new RegionCode(code)));
			regionsByCountry.put(country, Collections.unmodifiableSet(regions));
		});
		for (String alpha2 : Locale.getISOCountries()) {
			alpha2ByAlpha3.put(new Locale("", alpha2).getISO3Country(), alpha2);
		}
	}

	public static Geography standard() {
		return STANDARD;
	}

	public boolean isRegion(String code) {
		return table.regionNames.containsKey(code);
	}

	public String regionName(RegionCode region) {
		return table.regionNames.get(region.value());
	}

	/**
	 * Every region the country lies in, from the world down to its intermediate region.
	 */
	public Set<RegionCode> regionsOf(CountryCode country) {
		return regionsByCountry.getOrDefault(country.value(), Set.of(WORLD));
	}

	/**
	 * The most specific M49 region of the country: its intermediate region where it has
	 * one.
	 */
	public Optional<RegionCode> subRegionOf(CountryCode country) {
		List<String> codes = table.regionCodesByCountry.getOrDefault(country.value(), List.of());
		return codes.size() < 2 ? Optional.empty() : Optional.of(new RegionCode(codes.get(codes.size() - 1)));
	}

	/** The country's continental region (M49 level one), e.g. 002 Africa. */
	public Optional<RegionCode> regionOf(CountryCode country) {
		List<String> codes = table.regionCodesByCountry.getOrDefault(country.value(), List.of());
		return codes.size() < 2 ? Optional.empty() : Optional.of(new RegionCode(codes.get(1)));
	}

	public Optional<String> alpha2(CountryCode country) {
		return Optional.ofNullable(alpha2ByAlpha3.get(country.value()));
	}

}
