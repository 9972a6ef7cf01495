package org.clearinghouse.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The UN M49 geoscheme, shipped as data. */
class GeographyTest {

	private final Geography geography = Geography.standard();

	@Test
	void a_country_lies_in_the_world_its_region_its_sub_region_and_its_intermediate_region() {
		assertThat(geography.regionsOf(CountryCode.of("KEN"))).containsExactlyInAnyOrder(RegionCode.of("001"),
				RegionCode.of("002"), RegionCode.of("202"), RegionCode.of("014"));
	}

	@Test
	void a_country_without_an_intermediate_region_lies_in_its_region_and_sub_region() {
		assertThat(geography.regionsOf(CountryCode.of("DEU"))).containsExactlyInAnyOrder(RegionCode.of("001"),
				RegionCode.of("150"), RegionCode.of("155"));
	}

	@Test
	void the_continental_region_of_kenya_is_africa() {
		assertThat(geography.regionOf(CountryCode.of("KEN"))).contains(RegionCode.of("002"));
	}

	@Test
	void the_most_specific_region_of_kenya_is_eastern_africa() {
		assertThat(geography.subRegionOf(CountryCode.of("KEN"))).contains(RegionCode.of("014"));
		assertThat(geography.regionName(RegionCode.of("014"))).isEqualTo("Eastern Africa");
	}

	@Test
	void a_country_outside_every_region_lies_only_in_the_world() {
		assertThat(geography.regionsOf(CountryCode.of("ATA"))).containsExactly(Geography.WORLD);
		assertThat(geography.regionOf(CountryCode.of("ATA"))).isEmpty();
		assertThat(geography.subRegionOf(CountryCode.of("ATA"))).isEmpty();
	}

	@Test
	void region_names_with_commas_are_read_whole() {
		assertThat(geography.regionsOf(CountryCode.of("BES"))).contains(RegionCode.of("029"));
		assertThat(RegionCode.of("029").name()).isEqualTo("Caribbean");
	}

	@Test
	void a_region_is_known_by_its_code() {
		assertThat(geography.isRegion("002")).isTrue();
		assertThat(geography.isRegion("999")).isFalse();
	}

	@Test
	void a_country_has_its_alpha_2_code() {
		assertThat(geography.alpha2(CountryCode.of("KEN"))).contains("KE");
	}

}
