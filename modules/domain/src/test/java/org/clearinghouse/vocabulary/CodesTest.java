package org.clearinghouse.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** Every code in a request or offer is one of the API's codes or a public standard's. */
class CodesTest {

	@Test
	void an_unknown_area_is_rejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> Area.valueOf("NUCLEAR_SECURITY_CULTURE"));
	}

	@Test
	void the_areas_of_resolution_1540_are_known() {
		assertThat(Area.values()).extracting(Area::name)
			.containsExactly("LEGISLATION", "ACCOUNTING", "PHYSICAL_PROTECTION", "BORDER_CONTROL", "EXPORT_CONTROL",
					"ENFORCEMENT", "NATIONAL_ACTION_PLAN", "REPORTING", "OUTREACH");
	}

	@Test
	void an_unknown_weapon_category_is_rejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> WeaponCategory.valueOf("RADIOLOGICAL"));
	}

	@Test
	void the_weapon_categories_are_known() {
		assertThat(WeaponCategory.values()).extracting(WeaponCategory::name)
			.containsExactly("NUCLEAR", "CHEMICAL", "BIOLOGICAL", "MEANS_OF_DELIVERY");
	}

	@Test
	void an_unknown_assistance_type_is_rejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> AssistanceType.valueOf("LOAN"));
	}

	@Test
	void the_forms_of_assistance_are_known() {
		assertThat(AssistanceType.values()).extracting(AssistanceType::name)
			.containsExactly("LEGISLATIVE_DRAFTING", "TRAINING", "EQUIPMENT", "EXPERT_ADVICE", "WORKSHOP", "FINANCIAL");
	}

	@Test
	void an_unknown_framework_kind_is_rejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> FrameworkKind.valueOf("MILITARY_ALLIANCE"));
	}

	@Test
	void an_unknown_country_is_rejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> CountryCode.of("ZZZ"))
			.withMessageContaining("ISO 3166-1 alpha-3");
	}

	@Test
	void a_country_is_named_by_its_alpha_3_code_not_its_alpha_2_code_nor_in_lower_case() {
		assertThatIllegalArgumentException().isThrownBy(() -> CountryCode.of("KE"));
		assertThatIllegalArgumentException().isThrownBy(() -> CountryCode.of("ken"));
		assertThatIllegalArgumentException().isThrownBy(() -> CountryCode.of(null));
	}

	@Test
	void a_known_country_is_accepted() {
		assertThat(CountryCode.of("KEN").value()).isEqualTo("KEN");
		assertThat(CountryCode.of("KEN")).hasToString("KEN");
	}

	@Test
	void a_country_has_a_display_name() {
		assertThat(CountryCode.of("KEN").displayName(java.util.Locale.ENGLISH)).isEqualTo("Kenya");
	}

	@Test
	void an_unknown_region_is_rejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of("999")).withMessageContaining("UN M49");
	}

	@Test
	void a_region_code_keeps_its_leading_zeros() {
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of("2"));
	}

	@Test
	void known_regions_are_accepted() {
		assertThat(RegionCode.of("002").name()).isEqualTo("Africa");
		assertThat(RegionCode.of("150").name()).isEqualTo("Europe");
		assertThat(RegionCode.of("001").name()).isEqualTo("World");
	}

	@Test
	void an_unknown_language_is_rejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> LanguageCode.of("xx")).withMessageContaining("ISO 639-1");
	}

	@Test
	void a_language_is_named_by_its_two_letter_code_in_lower_case() {
		assertThatIllegalArgumentException().isThrownBy(() -> LanguageCode.of("FR"));
		assertThatIllegalArgumentException().isThrownBy(() -> LanguageCode.of("fra"));
	}

	@Test
	void known_languages_are_accepted() {
		assertThat(LanguageCode.of("fr").value()).isEqualTo("fr");
		assertThat(LanguageCode.of("zh")).hasToString("zh");
		assertThat(LanguageCode.of("ar").displayName(java.util.Locale.ENGLISH)).isEqualTo("Arabic");
	}

	@Test
	void consent_refused_is_the_only_consent_that_forbids_publication() {
		assertThat(PublicationConsent.GIVEN.allowsPublication()).isTrue();
		assertThat(PublicationConsent.PENDING.allowsPublication()).isTrue();
		assertThat(PublicationConsent.REFUSED.allowsPublication()).isFalse();
	}

}
