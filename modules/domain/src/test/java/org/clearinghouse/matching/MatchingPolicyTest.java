package org.clearinghouse.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.clearinghouse.matching.OfferProfiles.germany;
import static org.clearinghouse.matching.OfferProfiles.id;
import static org.clearinghouse.matching.RequestsToMatch.kenya;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.clearinghouse.offer.OfferId;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.WeaponCategory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How offers are ranked for a request: hard filters first, each with its exclusion; then
 * the weighted share of what is asked that the offer covers, with reasons a person can
 * read; ties to more capacity left, then to the lower id.
 */
class MatchingPolicyTest {

	private static final LocalDate TODAY = LocalDate.of(2014, 6, 6);

	private final MatchingPolicy policy = new MatchingPolicy(MatchingWeights.DEFAULT);

	private final RequestDetails kenya = kenya().build();

	private List<OfferId> ranking(MatchingPolicy policy, RequestDetails request, List<OfferProfile> offers) {
		return policy.rank(request, offers, TODAY, Set.of(), 10).stream().map(c -> c.offer().offerId()).toList();
	}

	private void excludedBecause(RequestDetails request, OfferProfiles offer, Exclusion exclusion) {
		OfferProfile profile = offer.build();
		assertThat(policy.exclusion(request, profile, TODAY)).contains(exclusion);
		assertThat(policy.assess(request, profile, TODAY)).isEmpty();
		assertThat(policy.rank(request, List.of(profile), TODAY, Set.of(), 10)).isEmpty();
	}

	private void notExcluded(RequestDetails request, OfferProfiles offer) {
		OfferProfile profile = offer.build();
		assertThat(policy.exclusion(request, profile, TODAY)).isEmpty();
		assertThat(policy.assess(request, profile, TODAY)).isPresent();
	}

	@Test
	void the_example_offer_is_a_candidate_for_the_example_request() {
		notExcluded(kenya, germany());
	}

	@Nested
	class Hard_filters {

		@Test
		void a_withdrawn_or_closed_offer_is_excluded() {
			excludedBecause(kenya, germany().inactive(), Exclusion.OFFER_NOT_ACTIVE);
		}

		@Test
		void a_fully_used_offer_is_excluded() {
			excludedBecause(kenya, germany().capacityLeft(0), Exclusion.CAPACITY_EXHAUSTED);
		}

		@Test
		void an_offer_that_ended_before_today_is_excluded() {
			excludedBecause(kenya, germany().available(LocalDate.of(2014, 1, 1), TODAY.minusDays(1)),
					Exclusion.NOT_AVAILABLE_IN_TIME);
		}

		@Test
		void an_offer_that_ends_today_is_still_available() {
			notExcluded(kenya, germany().available(LocalDate.of(2014, 1, 1), TODAY));
		}

		@Test
		void an_offer_that_starts_after_the_request_is_needed_is_excluded() {
			excludedBecause(kenya().neededBy(LocalDate.of(2015, 6, 30)).build(),
					germany().available(LocalDate.of(2015, 7, 1), LocalDate.of(2016, 12, 31)),
					Exclusion.NOT_AVAILABLE_IN_TIME);
		}

		@Test
		void an_offer_that_starts_on_the_day_the_request_is_needed_is_in_time() {
			notExcluded(kenya().neededBy(LocalDate.of(2015, 6, 30)).build(),
					germany().available(LocalDate.of(2015, 6, 30), LocalDate.of(2016, 12, 31)));
		}

		@Test
		void a_request_needed_at_no_particular_date_takes_an_offer_starting_any_time() {
			notExcluded(kenya().neededBy(null).build(),
					germany().available(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)));
		}

		@Test
		void an_offer_without_dates_is_always_available() {
			notExcluded(kenya, germany().available(null, null));
		}

		@Test
		void a_state_the_offer_does_not_name_is_not_eligible() {
			excludedBecause(kenya, germany().eligibleRegions().eligibleStates("GHA", "NGA"), Exclusion.NOT_ELIGIBLE);
		}

		@Test
		void a_state_the_offer_names_is_eligible() {
			notExcluded(kenya, germany().eligibleRegions().eligibleStates("KEN"));
		}

		@Test
		void an_offer_for_eastern_africa_serves_kenya_but_not_nigeria() {
			notExcluded(kenya, germany().eligibleRegions("014"));
			excludedBecause(kenya().requestingStates("NGA").build(), germany().eligibleRegions("014"),
					Exclusion.NOT_ELIGIBLE);
		}

		@Test
		void an_offer_for_africa_serves_kenya_and_nigeria() {
			notExcluded(kenya, germany().eligibleRegions("002"));
			notExcluded(kenya().requestingStates("NGA").build(), germany().eligibleRegions("002"));
		}

		@Test
		void an_offer_for_europe_does_not_serve_kenya() {
			excludedBecause(kenya, germany().eligibleRegions("150"), Exclusion.NOT_ELIGIBLE);
		}

		@Test
		void an_offer_naming_no_region_and_no_state_serves_every_state() {
			notExcluded(kenya, germany().openToAll());
			notExcluded(kenya().requestingStates("FRA").build(), germany().openToAll());
		}

		@Test
		void a_state_is_eligible_by_its_region_or_by_name() {
			notExcluded(kenya().requestingStates("NGA").build(),
					germany().eligibleRegions("014").eligibleStates("NGA"));
		}

		@Test
		void a_joint_request_needs_every_requesting_state_to_be_eligible() {
			notExcluded(RequestsToMatch.joint("KEN", "TZA", "UGA").build(), germany().eligibleRegions("014"));
			excludedBecause(RequestsToMatch.joint("KEN", "TZA", "NGA").build(), germany().eligibleRegions("014"),
					Exclusion.NOT_ELIGIBLE);
			excludedBecause(RequestsToMatch.joint("KEN", "TZA").build(),
					germany().eligibleRegions().eligibleStates("KEN"), Exclusion.NOT_ELIGIBLE);
		}

		@Test
		void an_offer_covering_none_of_the_requested_areas_is_excluded() {
			excludedBecause(kenya, germany().areas(Area.PHYSICAL_PROTECTION, Area.BORDER_CONTROL),
					Exclusion.NO_COMMON_AREA);
		}

		@Test
		void an_offer_giving_none_of_the_forms_of_assistance_asked_for_is_excluded() {
			excludedBecause(kenya, germany().assistanceTypes(AssistanceType.EQUIPMENT, AssistanceType.FINANCIAL),
					Exclusion.NO_COMMON_ASSISTANCE_TYPE);
		}

		@Test
		void weapon_categories_and_languages_are_no_hard_filter() {
			notExcluded(kenya, germany().weaponCategories(WeaponCategory.NUCLEAR).languages("ru"));
		}

		@Test
		void the_first_filter_failed_is_the_exclusion_given() {
			OfferProfile failsEverything = germany().inactive()
				.capacityLeft(0)
				.available(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 12, 31))
				.eligibleRegions("150")
				.areas(Area.OUTREACH)
				.assistanceTypes(AssistanceType.FINANCIAL)
				.build();
			assertThat(policy.exclusion(kenya, failsEverything, TODAY)).contains(Exclusion.OFFER_NOT_ACTIVE);
			OfferProfile fullAndEuropean = germany().capacityLeft(0).eligibleRegions("150").build();
			assertThat(policy.exclusion(kenya, fullAndEuropean, TODAY)).contains(Exclusion.CAPACITY_EXHAUSTED);
			OfferProfile europeanWithoutCommonArea = germany().eligibleRegions("150").areas(Area.OUTREACH).build();
			assertThat(policy.exclusion(kenya, europeanWithoutCommonArea, TODAY)).contains(Exclusion.NOT_ELIGIBLE);
		}

		@Test
		void every_exclusion_explains_itself() {
			for (Exclusion exclusion : Exclusion.values()) {
				assertThat(exclusion.explanation()).isNotBlank();
			}
		}

	}

	@Nested
	class Score_and_reasons {

		@Test
		void the_score_weighs_the_overlap_of_areas_and_types_and_the_coverage_of_weapons_and_languages() {
			// areas: 1 in common of 2 named (0.4); assistance types: 1 of 3 named (0.3);
			// weapons: 2 of the 2 asked covered (0.15); languages: 1 of 1 (0.15)
			Candidate candidate = policy.assess(kenya, germany().build(), TODAY).orElseThrow();
			assertThat(candidate.score()).isCloseTo(0.4 * 1 / 2 + 0.3 * 1 / 3 + 0.15 + 0.15, within(0.0005));
			assertThat(candidate.score()).isEqualTo(0.6);
		}

		@Test
		void a_specialist_in_what_is_asked_ranks_above_a_programme_that_lists_everything() {
			Candidate specialist = policy
				.assess(kenya, germany().areas(Area.EXPORT_CONTROL, Area.LEGISLATION).build(), TODAY)
				.orElseThrow();
			Candidate everything = policy.assess(kenya, germany().areas(Area.values()).build(), TODAY).orElseThrow();
			assertThat(specialist.score()).isGreaterThan(everything.score());
		}

		@Test
		void an_offer_covering_everything_asked_scores_one() {
			Candidate candidate = policy
				.assess(kenya,
						germany().areas(Area.EXPORT_CONTROL, Area.LEGISLATION)
							.assistanceTypes(AssistanceType.LEGISLATIVE_DRAFTING, AssistanceType.EXPERT_ADVICE)
							.build(),
						TODAY)
				.orElseThrow();
			assertThat(candidate.score()).isEqualTo(1.0);
		}

		@Test
		void the_reasons_name_what_request_and_offer_have_in_common() {
			Candidate candidate = policy.assess(kenya, germany().build(), TODAY).orElseThrow();
			assertThat(candidate.reasons()).containsExactly("both cover EXPORT_CONTROL", "offer gives EXPERT_ADVICE",
					"both address CHEMICAL, BIOLOGICAL", "offer works in en", "open to KEN (Africa)");
		}

		@Test
		void the_reasons_name_the_common_language() {
			Candidate candidate = policy.assess(kenya().languages("fr").build(), germany().build(), TODAY)
				.orElseThrow();
			assertThat(candidate.reasons()).contains("offer works in fr");
		}

		@Test
		void nothing_in_common_in_a_dimension_gives_no_reason_for_it() {
			Candidate candidate = policy
				.assess(kenya, germany().weaponCategories(WeaponCategory.NUCLEAR).languages("ru").build(), TODAY)
				.orElseThrow();
			assertThat(candidate.reasons()).noneMatch(reason -> reason.startsWith("both address"))
				.noneMatch(reason -> reason.startsWith("offer works in"));
		}

		@Test
		void the_reasons_say_how_the_state_is_eligible() {
			assertThat(policy.assess(kenya, germany().eligibleRegions("014").build(), TODAY).orElseThrow().reasons())
				.contains("open to KEN (Eastern Africa)");
			assertThat(policy.assess(kenya, germany().eligibleRegions().eligibleStates("KEN").build(), TODAY)
				.orElseThrow()
				.reasons()).contains("open to KEN (named by the offer)");
			assertThat(policy.assess(kenya, germany().openToAll().build(), TODAY).orElseThrow().reasons())
				.contains("offer is open to every State");
		}

		@Test
		void the_reasons_of_a_joint_request_name_every_state() {
			Candidate candidate = policy
				.assess(RequestsToMatch.joint("KEN", "TZA").build(), germany().eligibleRegions("014").build(), TODAY)
				.orElseThrow();
			assertThat(candidate.reasons()).contains("open to KEN (Eastern Africa), TZA (Eastern Africa)");
		}

		@Test
		void a_dimension_the_request_leaves_empty_is_fully_covered() {
			Candidate candidate = policy
				.assess(kenya().weaponCategories().languages().build(),
						germany().weaponCategories(WeaponCategory.NUCLEAR).languages("ru").build(), TODAY)
				.orElseThrow();
			assertThat(candidate.score()).isEqualTo(0.6);
		}

	}

	@Nested
	class Ranking {

		private final OfferProfile everything = germany().id(id(10))
			.areas(Area.EXPORT_CONTROL, Area.LEGISLATION)
			.assistanceTypes(AssistanceType.LEGISLATIVE_DRAFTING, AssistanceType.EXPERT_ADVICE)
			.build();

		private final OfferProfile half = germany().id(id(20)).build();

		private final OfferProfile little = germany().id(id(30))
			.weaponCategories(WeaponCategory.NUCLEAR)
			.languages("ru")
			.build();

		private final OfferProfile excluded = germany().id(id(40)).eligibleRegions("150").build();

		@Test
		void more_overlap_ranks_higher_and_excluded_offers_are_left_out() {
			assertThat(ranking(policy, kenya, List.of(little, excluded, half, everything)))
				.containsExactly(everything.offerId(), half.offerId(), little.offerId());
		}

		@Test
		void the_candidates_come_with_descending_scores() {
			List<Candidate> candidates = policy.rank(kenya, List.of(little, half, everything), TODAY, Set.of(), 10);
			assertThat(candidates).extracting(Candidate::score).containsExactly(1.0, 0.6, 0.3);
		}

		@Test
		void among_equal_scores_the_offer_with_more_capacity_left_ranks_higher() {
			OfferProfile one = germany().id(id(1)).capacityLeft(1).build();
			OfferProfile three = germany().id(id(2)).capacityLeft(3).build();
			OfferProfile two = germany().id(id(3)).capacityLeft(2).build();
			assertThat(ranking(policy, kenya, List.of(one, two, three))).containsExactly(three.offerId(), two.offerId(),
					one.offerId());
		}

		@Test
		void among_equal_scores_and_capacity_the_lower_id_ranks_higher() {
			OfferProfile second = germany().id(id(2)).build();
			OfferProfile first = germany().id(id(1)).build();
			OfferProfile third = germany().id(id(3)).build();
			assertThat(ranking(policy, kenya, List.of(third, first, second))).containsExactly(first.offerId(),
					second.offerId(), third.offerId());
		}

		@Test
		void the_same_input_gives_the_same_ranking() {
			List<OfferProfile> offers = manyOffers();
			assertThat(policy.rank(kenya, offers, TODAY, Set.of(), 10))
				.isEqualTo(policy.rank(kenya, offers, TODAY, Set.of(), 10));
		}

		@ParameterizedTest(name = "shuffled with seed {0}")
		@ValueSource(longs = { 1, 2, 3, 5, 8, 13, 21, 34 })
		void the_order_of_the_offers_given_does_not_change_the_ranking(long seed) {
			List<OfferProfile> offers = manyOffers();
			List<OfferId> expected = ranking(policy, kenya, offers);
			List<OfferProfile> shuffled = new ArrayList<>(offers);
			Collections.shuffle(shuffled, new Random(seed));
			assertThat(ranking(policy, kenya, shuffled)).isEqualTo(expected);
		}

		@Test
		void the_weights_change_the_ranking() {
			// covers every area and form of assistance, but no weapon category or
			// language
			OfferProfile drafting = germany().id(id(1))
				.areas(Area.EXPORT_CONTROL, Area.LEGISLATION)
				.assistanceTypes(AssistanceType.LEGISLATIVE_DRAFTING, AssistanceType.EXPERT_ADVICE)
				.weaponCategories(WeaponCategory.NUCLEAR)
				.languages("ru")
				.build();
			// covers half of the areas and forms, but every weapon category and language
			OfferProfile training = germany().id(id(2)).build();
			List<OfferProfile> offers = List.of(drafting, training);

			assertThat(ranking(policy, kenya, offers)).containsExactly(drafting.offerId(), training.offerId());
			MatchingPolicy weaponsAndLanguagesFirst = new MatchingPolicy(new MatchingWeights(0.1, 0.1, 0.4, 0.4));
			assertThat(ranking(weaponsAndLanguagesFirst, kenya, offers)).containsExactly(training.offerId(),
					drafting.offerId());
		}

		@Test
		void rank_leaves_out_the_offers_to_exclude() {
			List<Candidate> candidates = policy.rank(kenya, List.of(little, half, everything), TODAY,
					Set.of(everything.offerId()), 10);
			assertThat(candidates).extracting(c -> c.offer().offerId())
				.containsExactly(half.offerId(), little.offerId());
		}

		@Test
		void rank_gives_at_most_the_limit_best_first() {
			assertThat(policy.rank(kenya, List.of(little, half, everything), TODAY, Set.of(), 2))
				.extracting(c -> c.offer().offerId())
				.containsExactly(everything.offerId(), half.offerId());
			assertThat(policy.rank(kenya, List.of(little, half, everything), TODAY, Set.of(), 0)).isEmpty();
		}

		@Test
		void the_limit_applies_after_the_exclusions() {
			assertThat(policy.rank(kenya, List.of(little, half, everything), TODAY, Set.of(everything.offerId()), 1))
				.extracting(c -> c.offer().offerId())
				.containsExactly(half.offerId());
		}

		private List<OfferProfile> manyOffers() {
			List<OfferProfile> offers = new ArrayList<>(List.of(everything, half, little, excluded));
			for (int n = 1; n <= 6; n++) {
				offers.add(germany().id(id(100 + n)).capacityLeft(1 + n % 3).build());
			}
			offers.add(germany().id(id(200)).languages("ru").capacityLeft(2).build());
			return offers;
		}

	}

}
