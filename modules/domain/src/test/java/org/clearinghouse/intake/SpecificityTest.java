package org.clearinghouse.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearinghouse.intake.Criterion.BENEFICIARY_AGENCY;
import static org.clearinghouse.intake.Criterion.DESIRED_OUTCOME;
import static org.clearinghouse.intake.Criterion.FOCUSED_AREAS;
import static org.clearinghouse.intake.Criterion.PRIOR_ASSISTANCE;
import static org.clearinghouse.intake.Criterion.TIMEFRAME;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.LanguageCode;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.WeaponCategory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How specific a request is at intake, and what to ask the State when it is not. */
class SpecificityTest {

	private static RequestDetails request(String title, String description, LocalDate neededBy, Area... areas) {
		return new RequestDetails(Set.of(CountryCode.of("KEN")), null, title, description, Set.of(areas),
				Set.of(WeaponCategory.CHEMICAL), Set.of(AssistanceType.TRAINING), Set.of(LanguageCode.of("en")),
				PublicationConsent.GIVEN, neededBy);
	}

	private static RequestDetails described(String description, Area... areas) {
		return request("A request", description, null, areas.length == 0 ? new Area[] { Area.BORDER_CONTROL } : areas);
	}

	@Test
	void given_a_generic_request_for_help_with_resolution_1540_then_it_scores_low_and_gets_every_question() {
		RequestDetails generic = request("Assistance with implementation of resolution 1540",
				"Assistance with implementation of resolution 1540.", null, Area.values());

		SpecificityAssessment assessment = Specificity.assess(generic);

		assertThat(assessment.score()).isZero();
		assertThat(assessment.met()).isEmpty();
		assertThat(assessment.missed()).containsExactly(Criterion.values());
		assertThat(assessment.questions()).extracting(Question::key)
			.containsExactly("intake.specificity.question.focused-areas",
					"intake.specificity.question.beneficiary-agency", "intake.specificity.question.desired-outcome",
					"intake.specificity.question.timeframe", "intake.specificity.question.prior-assistance");
		assertThat(assessment.questions()).extracting(Question::text)
			.contains("Which national agency would receive the assistance?", "By when is the assistance needed?");
	}

	@Test
	void given_the_domain_example_of_a_specific_request_then_it_meets_every_criterion() {
		RequestDetails specific = request("Training in CBRN detection and protection for the customs administration",
				"Training in CBRN detection and protection for the customs administration, by June 2015, "
						+ "following the 2013 workshop, so that officers can inspect cargo.",
				null, Area.BORDER_CONTROL, Area.ENFORCEMENT);

		SpecificityAssessment assessment = Specificity.assess(specific);

		assertThat(assessment.score()).isEqualTo(100);
		assertThat(assessment.met()).containsExactly(Criterion.values());
		assertThat(assessment.questions()).isEmpty();
		assertThat(assessment.suggestsSplit()).isFalse();
	}

	@Test
	void given_a_specific_request_without_prior_assistance_then_it_scores_high_and_is_asked_only_about_that() {
		RequestDetails specific = request("Upgrade of physical protection at a nuclear power plant",
				"Upgrade of physical protection at the nuclear power plant operated by the national atomic energy "
						+ "authority, in order to meet the recommendations of INFCIRC/225/Rev.5.",
				LocalDate.of(2015, 12, 31), Area.PHYSICAL_PROTECTION);

		SpecificityAssessment assessment = Specificity.assess(specific);

		assertThat(assessment.score()).isEqualTo(85);
		assertThat(assessment.missed()).containsExactly(PRIOR_ASSISTANCE);
		assertThat(assessment.questions()).containsExactly(PRIOR_ASSISTANCE.question());
	}

	@Test
	void the_weights_of_the_criteria_add_up_to_100() {
		assertThat(Arrays.stream(Criterion.values()).mapToInt(Criterion::weight).sum()).isEqualTo(100);
	}

	@Nested
	class Each_criterion {

		@Test
		void given_closely_related_areas_then_the_request_is_focused() {
			assertThat(Specificity.assess(described("", Area.LEGISLATION, Area.NATIONAL_ACTION_PLAN, Area.REPORTING))
				.met()).containsExactly(FOCUSED_AREAS);
		}

		@Test
		void given_unrelated_areas_then_the_request_is_not_focused() {
			assertThat(Specificity.assess(described("", Area.LEGISLATION, Area.EXPORT_CONTROL)).missed())
				.contains(FOCUSED_AREAS);
		}

		@ParameterizedTest
		@ValueSource(strings = { "for the Ministry of Health", "for customs officers", "for the nuclear regulator",
				"for the national authority", "for the veterinary laboratories", "for the Department of Trade",
				"for the atomic energy commission", "for the border guard" })
		void given_a_named_kind_of_agency_then_the_beneficiary_is_named(String text) {
			assertThat(Specificity.assess(described(text)).met()).contains(BENEFICIARY_AGENCY);
		}

		@ParameterizedTest
		@ValueSource(strings = { "so that officers can inspect cargo", "in order to adopt a law",
				"to enable licensing of exports", "a draft law ready for parliament", "fifty inspectors trained",
				"the expected outcome is a control list" })
		void given_a_stated_outcome_then_the_desired_outcome_is_met(String text) {
			assertThat(Specificity.assess(described(text)).met()).contains(DESIRED_OUTCOME);
		}

		@ParameterizedTest
		@ValueSource(strings = { "by June 2015", "before 2016", "needed in 2015", "from 2015-03-01", "within 6 months",
				"in the second quarter", "during Q3", "in May 2015" })
		void given_a_date_month_or_period_in_the_text_then_the_timeframe_is_met(String text) {
			assertThat(Specificity.assess(described(text)).met()).contains(TIMEFRAME);
		}

		@Test
		void given_a_needed_by_date_then_the_timeframe_is_met() {
			assertThat(Specificity.assess(request("A request", "", LocalDate.of(2015, 6, 30), Area.OUTREACH)).met())
				.contains(TIMEFRAME);
		}

		@ParameterizedTest
		@ValueSource(strings = { "the 2013 workshop", "we may need help", "a 1540 request" })
		void given_only_a_bare_year_or_the_word_may_then_the_timeframe_is_missed(String text) {
			assertThat(Specificity.assess(described(text)).missed()).contains(TIMEFRAME);
		}

		@ParameterizedTest
		@ValueSource(strings = { "following the 2013 workshop", "a follow-up to the IAEA mission",
				"the State has already received equipment", "previous training by INTERPOL",
				"earlier assistance from the EU", "prior support was given" })
		void given_prior_assistance_stated_then_it_is_met(String text) {
			assertThat(Specificity.assess(described(text)).met()).contains(PRIOR_ASSISTANCE);
		}

		@Test
		void given_none_of_the_words_then_only_the_focus_is_met() {
			SpecificityAssessment assessment = Specificity.assess(described("Help is needed.", Area.EXPORT_CONTROL));

			assertThat(assessment.met()).containsExactly(FOCUSED_AREAS);
			assertThat(assessment.score()).isEqualTo(25);
		}

	}

	@Nested
	class Splitting {

		@Test
		void given_legislation_physical_protection_and_outreach_then_three_requests_are_suggested() {
			RequestDetails broad = request("Support for 1540 implementation", "", LocalDate.of(2015, 6, 30),
					Area.LEGISLATION, Area.PHYSICAL_PROTECTION, Area.OUTREACH);

			SpecificityAssessment assessment = Specificity.assess(broad);

			assertThat(assessment.suggestsSplit()).isTrue();
			assertThat(assessment.split()).extracting(SplitPart::group)
				.containsExactly(AreaGroup.LEGAL_FRAMEWORK, AreaGroup.MATERIAL_SECURITY, AreaGroup.OUTREACH);
			assertThat(assessment.split()).extracting(part -> (Set<Area>) part.areas())
				.containsExactly(Set.of(Area.LEGISLATION), Set.of(Area.PHYSICAL_PROTECTION), Set.of(Area.OUTREACH));
			assertThat(assessment.split().get(1).draft().title())
				.isEqualTo("Support for 1540 implementation (material security)");
			assertThat(assessment.split()).allSatisfy(part -> {
				assertThat(part.draft().areas()).isEqualTo(part.areas());
				assertThat(part.draft().requestingStates()).isEqualTo(broad.requestingStates());
				assertThat(part.draft().neededBy()).isEqualTo(broad.neededBy());
				assertThat(part.draft().violations()).isEmpty();
			});
		}

		@Test
		void given_areas_of_one_group_then_no_split_is_suggested() {
			assertThat(Specificity.assess(described("", Area.EXPORT_CONTROL, Area.BORDER_CONTROL, Area.ENFORCEMENT))
				.split()).isEmpty();
		}

		@Test
		void given_areas_of_two_groups_then_each_part_keeps_the_areas_of_its_group() {
			SpecificityAssessment assessment = Specificity
				.assess(described("", Area.EXPORT_CONTROL, Area.BORDER_CONTROL, Area.ACCOUNTING));

			assertThat(assessment.split()).extracting(part -> (Set<Area>) part.areas())
				.containsExactly(EnumSet.of(Area.EXPORT_CONTROL, Area.BORDER_CONTROL), Set.of(Area.ACCOUNTING));
		}

		@Test
		void given_a_title_at_the_length_limit_then_the_parts_titles_still_fit() {
			RequestDetails longTitle = request("x".repeat(200), "", null, Area.LEGISLATION, Area.OUTREACH);

			assertThat(Specificity.assess(longTitle).split())
				.allSatisfy(part -> assertThat(part.draft().violations()).isEmpty());
		}

	}

	@Test
	void every_area_is_in_exactly_one_group() {
		for (Area area : Area.values()) {
			assertThat(Arrays.stream(AreaGroup.values()).filter(group -> group.areas().contains(area))).as(area.name())
				.hasSize(1);
		}
	}

}
