package org.clearinghouse.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.clearinghouse.matching.MatchReason.Eligibility;
import org.clearinghouse.matching.MatchReason.Kind;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.RegionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A candidate's reasons are English sentences in events and the API; read back, they are
 * data that a page words in its reader's language.
 */
class MatchReasonTest {

	@ParameterizedTest
	@ValueSource(strings = { "both cover EXPORT_CONTROL, LEGISLATION", "offer gives EXPERT_ADVICE",
			"both address CHEMICAL, BIOLOGICAL", "offer works in en", "offer is open to every State",
			"open to KEN (Africa)", "open to KEN (named by the offer), UGA (Eastern Africa)", "open to LSO" })
	void a_reason_the_matcher_writes_reads_back_to_the_same_text(String text) {
		assertThat(MatchReason.parse(text)).hasValueSatisfying(reason -> assertThat(reason.text()).isEqualTo(text));
	}

	@Test
	void a_reason_reads_back_to_its_kind_and_codes() {
		assertThat(MatchReason.parse("both cover EXPORT_CONTROL, LEGISLATION"))
			.contains(new MatchReason(Kind.AREAS, List.of("EXPORT_CONTROL", "LEGISLATION"), List.of()));
		assertThat(MatchReason.parse("open to KEN (named by the offer), UGA (Eastern Africa)")).contains(
				new MatchReason(Kind.OPEN_TO, List.of(), List.of(new Eligibility(CountryCode.of("KEN"), true, null),
						new Eligibility(CountryCode.of("UGA"), false, RegionCode.of("014")))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "areas: LEGISLATION", "open to KEN (Atlantis)", "open to", "both cover ", "" })
	void any_other_text_is_no_reason_it_knows(String text) {
		assertThat(MatchReason.parse(text)).isEmpty();
	}

}
