package org.clearinghouse.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.Framework;
import org.clearinghouse.vocabulary.FrameworkKind;
import org.junit.jupiter.api.Test;

/** Framework membership, shipped as data with its sources. */
class FrameworksTest {

	private final Frameworks frameworks = Frameworks.standard();

	@Test
	void given_the_shipped_data_then_every_framework_the_programme_of_work_names_is_there() {
		assertThat(frameworks.all()).extracting(FrameworkMembership::code)
			.contains("AU", "ECOWAS", "SADC", "EAC", "EAC-CU", "CARICOM", "SICA", "ASEAN", "EU", "EU-CU", "EAEU",
					"MERCOSUR", "PIF", "LAS", "TLATELOLCO", "RAROTONGA", "BANGKOK", "PELINDABA", "SEMIPALATINSK");
	}

	@Test
	void kenya_belongs_to_the_african_union_the_eac_and_its_customs_union_and_the_pelindaba_zone() {
		assertThat(frameworks.frameworksOf(CountryCode.of("KEN"))).extracting(FrameworkMembership::code)
			.containsExactly("AU", "EAC", "EAC-CU", "PELINDABA");
	}

	@Test
	void brazil_belongs_to_mercosur_and_the_tlatelolco_zone() {
		assertThat(frameworks.frameworksOf(CountryCode.of("BRA"))).extracting(FrameworkMembership::code)
			.containsExactly("MERCOSUR", "TLATELOLCO");
	}

	@Test
	void a_country_in_no_framework_belongs_to_none() {
		assertThat(frameworks.frameworksOf(CountryCode.of("ATA"))).isEmpty();
	}

	@Test
	void the_members_of_a_framework_are_read_by_its_code() {
		assertThat(frameworks.membersOf("SEMIPALATINSK")).extracting(CountryCode::value)
			.containsExactly("KAZ", "KGZ", "TJK", "TKM", "UZB");
		assertThat(frameworks.membersOf("AU")).hasSize(55);
		assertThat(frameworks.membersOf("EU")).hasSize(27);
		assertThat(frameworks.membersOf("TLATELOLCO")).hasSize(33);
		assertThat(frameworks.membersOf("NOWHERE")).isEmpty();
	}

	@Test
	void a_framework_is_named_as_a_joint_request_names_it() {
		assertThat(frameworks.byCode("EAC-CU").orElseThrow().framework())
			.isEqualTo(new Framework(FrameworkKind.CUSTOMS_UNION, "East African Community Customs Union"));
	}

	@Test
	void every_framework_names_the_source_of_its_membership_and_has_several_members() {
		assertThat(frameworks.all()).allSatisfy(framework -> {
			assertThat(framework.source()).isNotBlank();
			assertThat(framework.members()).hasSizeGreaterThan(1);
		});
	}

	@Test
	void every_member_code_in_the_file_is_a_valid_country_code() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/clearinghouse/frameworks/frameworks.csv")) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
			assertThat(lines).isNotEmpty().allSatisfy(line -> {
				String members = line.substring(line.lastIndexOf(',') + 1);
				for (String code : members.split(" ")) {
					assertThat(CountryCode.of(code)).isNotNull();
				}
			});
		}
	}

	@Test
	void every_framework_code_is_unique() {
		assertThat(frameworks.all()).extracting(FrameworkMembership::code).doesNotHaveDuplicates();
	}

	@Test
	void given_a_line_with_an_unknown_country_code_then_loading_names_the_line() {
		assertThatThrownBy(() -> Frameworks.parse("X,CUSTOMS_UNION,X union,\"a source, with comma\",KEN ZZZ", 7))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("line 7")
			.hasMessageContaining("ZZZ");
	}

	@Test
	void given_a_quoted_source_with_commas_then_it_is_read_whole() {
		FrameworkMembership framework = Frameworks.parse("X,CUSTOMS_UNION,X union,\"a source, with comma\",KEN TZA", 2);
		assertThat(framework.source()).isEqualTo("a source, with comma");
		assertThat(framework.members()).containsExactly(CountryCode.of("KEN"), CountryCode.of("TZA"));
	}

}
