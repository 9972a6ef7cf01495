package org.clearinghouse.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

/** Who offers: a State by its alpha-3 code, or an organization by its usual acronym. */
class ProviderTest {

	@Test
	void a_state_provider_is_named_by_its_country_code() {
		Provider germany = Provider.state("DEU");
		assertThat(germany.type()).isEqualTo(ProviderType.STATE);
		assertThat(germany.code()).hasToString("DEU");
	}

	@Test
	void a_state_provider_code_must_be_a_country() {
		assertThatIllegalArgumentException().isThrownBy(() -> Provider.state("ZZZ"));
	}

	@Test
	void a_state_provider_cannot_be_named_by_an_organization_acronym() {
		assertThatIllegalArgumentException().isThrownBy(() -> Provider.state("IAEA"));
	}

	@Test
	void an_organization_is_named_by_its_usual_acronym() {
		assertThat(Provider.organization("IAEA").code().value()).isEqualTo("IAEA");
		assertThat(Provider.organization("OPCW").type()).isEqualTo(ProviderType.ORGANIZATION);
	}

	@Test
	void an_organization_acronym_may_have_a_hyphen() {
		assertThat(Provider.organization("BWC-ISU").code().value()).isEqualTo("BWC-ISU");
	}

	@Test
	void an_organization_acronym_is_upper_case() {
		assertThatIllegalArgumentException().isThrownBy(() -> Provider.organization("iaea"));
	}

	@Test
	void a_provider_code_has_2_to_20_characters_starting_with_a_letter() {
		assertThatIllegalArgumentException().isThrownBy(() -> ProviderCode.of("I"));
		assertThatIllegalArgumentException().isThrownBy(() -> ProviderCode.of("A".repeat(21)));
		assertThatIllegalArgumentException().isThrownBy(() -> ProviderCode.of("-EU"));
		assertThatIllegalArgumentException().isThrownBy(() -> ProviderCode.of("UN ODC"));
		assertThatIllegalArgumentException().isThrownBy(() -> ProviderCode.of(null));
		assertThat(ProviderCode.of("EU").value()).isEqualTo("EU");
		assertThat(ProviderCode.of("A".repeat(20)).value()).hasSize(20);
	}

	@Test
	void a_provider_has_a_type_and_a_code() {
		assertThatNullPointerException().isThrownBy(() -> new Provider(null, ProviderCode.of("IAEA")));
		assertThatNullPointerException().isThrownBy(() -> new Provider(ProviderType.ORGANIZATION, null));
	}

}
