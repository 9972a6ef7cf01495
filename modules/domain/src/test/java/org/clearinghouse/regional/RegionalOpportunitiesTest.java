package org.clearinghouse.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearinghouse.regional.Regional.countries;
import static org.clearinghouse.regional.Regional.offer;
import static org.clearinghouse.regional.Regional.offerId;
import static org.clearinghouse.regional.Regional.request;
import static org.clearinghouse.regional.Regional.requestId;
import static org.clearinghouse.vocabulary.Area.BORDER_CONTROL;
import static org.clearinghouse.vocabulary.Area.EXPORT_CONTROL;
import static org.clearinghouse.vocabulary.Area.LEGISLATION;
import static org.clearinghouse.vocabulary.AssistanceType.EQUIPMENT;
import static org.clearinghouse.vocabulary.AssistanceType.LEGISLATIVE_DRAFTING;
import static org.clearinghouse.vocabulary.AssistanceType.TRAINING;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.Framework;
import org.clearinghouse.vocabulary.FrameworkKind;
import org.clearinghouse.vocabulary.RegionCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Which open requests could be served together, and on what basis. */
class RegionalOpportunitiesTest {

	@Nested
	class Groups {

		@Test
		void given_three_east_african_requests_for_export_control_training_then_they_form_one_group_in_the_eac_customs_union() {
			List<OpenRequest> requests = List.of(request("ken", "KEN", EXPORT_CONTROL, TRAINING),
					request("tza", "TZA", EXPORT_CONTROL, TRAINING), request("uga", "UGA", EXPORT_CONTROL, TRAINING));

			List<OpportunityGroup> groups = RegionalOpportunities.find(requests, List.of());

			assertThat(groups).extracting(found -> found.basis().code()).containsExactly("EAC-CU", "PELINDABA");
			OpportunityGroup group = groups.get(0);
			assertThat(group.basis().code()).isEqualTo("EAC-CU");
			assertThat(group.basis().name()).isEqualTo("East African Community Customs Union");
			assertThat(group.alsoWithin()).extracting(Basis::code).containsExactly("EAC", "AU", "014");
			assertThat(group.states()).isEqualTo(countries("KEN TZA UGA"));
			assertThat(group.requests()).containsExactlyInAnyOrder(requestId("ken"), requestId("tza"),
					requestId("uga"));
			assertThat(group.shared().areas()).containsExactly(EXPORT_CONTROL);
			assertThat(group.shared().assistanceTypes()).containsExactly(TRAINING);
			assertThat(groups.get(1).states()).as("Uganda is not a party to Pelindaba in the data")
				.isEqualTo(countries("KEN TZA"));
		}

		@Test
		void given_requests_of_one_framework_whose_types_do_not_overlap_then_there_is_no_group() {
			List<OpenRequest> requests = List.of(request("ken", "KEN", EXPORT_CONTROL, TRAINING),
					request("tza", "TZA", EXPORT_CONTROL, EQUIPMENT));

			assertThat(RegionalOpportunities.find(requests, List.of())).isEmpty();
		}

		@Test
		void given_requests_of_one_framework_whose_areas_do_not_overlap_then_there_is_no_group() {
			List<OpenRequest> requests = List.of(request("ken", "KEN", EXPORT_CONTROL, TRAINING),
					request("tza", "TZA", BORDER_CONTROL, TRAINING));

			assertThat(RegionalOpportunities.find(requests, List.of())).isEmpty();
		}

		@Test
		void given_two_requests_from_one_state_only_then_there_is_no_group() {
			List<OpenRequest> requests = List.of(request("ken-1", "KEN", EXPORT_CONTROL, TRAINING),
					request("ken-2", "KEN", EXPORT_CONTROL, TRAINING));

			assertThat(RegionalOpportunities.find(requests, List.of())).isEmpty();
		}

		@Test
		void given_a_single_joint_request_then_there_is_no_group_to_report() {
			List<OpenRequest> requests = List.of(request("eac", "KEN TZA UGA", EXPORT_CONTROL, TRAINING));

			assertThat(RegionalOpportunities.find(requests, List.of())).isEmpty();
		}

		@Test
		void given_states_in_no_common_framework_or_sub_region_then_there_is_no_group() {
			List<OpenRequest> requests = List.of(request("ken", "KEN", EXPORT_CONTROL, TRAINING),
					request("deu", "DEU", EXPORT_CONTROL, TRAINING));

			assertThat(RegionalOpportunities.find(requests, List.of())).isEmpty();
		}

		@Test
		void given_a_joint_request_then_it_counts_with_all_its_states() {
			List<OpenRequest> requests = List.of(request("joint", "KEN TZA UGA", EXPORT_CONTROL, TRAINING),
					request("rwa", "RWA", EXPORT_CONTROL, TRAINING));

			List<OpportunityGroup> groups = RegionalOpportunities.find(requests, List.of());

			assertThat(groups).hasSize(1);
			assertThat(groups.get(0).basis().code()).isEqualTo("EAC-CU");
			assertThat(groups.get(0).states()).isEqualTo(countries("KEN RWA TZA UGA"));
		}

		@Test
		void given_a_joint_request_with_a_state_outside_the_framework_then_it_is_not_grouped_in_that_framework() {
			List<OpenRequest> requests = List.of(request("joint", "KEN NGA", EXPORT_CONTROL, TRAINING),
					request("tza", "TZA", EXPORT_CONTROL, TRAINING), request("uga", "UGA", EXPORT_CONTROL, TRAINING));

			List<OpportunityGroup> groups = RegionalOpportunities.find(requests, List.of());

			assertThat(groups).extracting(group -> group.basis().code()).containsExactly("AU", "EAC-CU", "PELINDABA");
			assertThat(groups.get(1).requests()).containsExactlyInAnyOrder(requestId("tza"), requestId("uga"));
			assertThat(groups.get(2).requests()).containsExactlyInAnyOrder(requestId("joint"), requestId("tza"));
		}

		@Test
		void given_requests_in_two_frameworks_then_a_request_appears_in_a_group_of_each() {
			List<OpenRequest> requests = List.of(request("arg", "ARG", EXPORT_CONTROL, TRAINING),
					request("bra", "BRA", EXPORT_CONTROL, TRAINING), request("mex", "MEX", EXPORT_CONTROL, TRAINING));

			List<OpportunityGroup> groups = RegionalOpportunities.find(requests, List.of());

			assertThat(groups).extracting(group -> group.basis().code()).containsExactly("MERCOSUR", "TLATELOLCO");
			assertThat(groups.get(0).states()).isEqualTo(countries("ARG BRA"));
			assertThat(groups.get(0).alsoWithin()).extracting(Basis::code).containsExactly("005");
			assertThat(groups.get(1).states()).isEqualTo(countries("ARG BRA MEX"));
		}

		@Test
		void given_the_same_requests_in_a_framework_and_a_sub_region_then_the_group_is_reported_once_on_the_framework() {
			List<OpenRequest> requests = List.of(request("tha", "THA", LEGISLATION, LEGISLATIVE_DRAFTING),
					request("vnm", "VNM", LEGISLATION, LEGISLATIVE_DRAFTING));

			List<OpportunityGroup> groups = RegionalOpportunities.find(requests, List.of());

			assertThat(groups).hasSize(1);
			assertThat(groups.get(0).basis().code()).as("as large as ASEAN, and a zone comes before an organization")
				.isEqualTo("BANGKOK");
			assertThat(groups.get(0).alsoWithin()).extracting(Basis::code).containsExactly("ASEAN", "035");
		}

		@Test
		void given_states_that_share_only_a_sub_region_then_the_group_is_geographic() {
			List<OpenRequest> requests = List.of(request("arm", "ARM", BORDER_CONTROL, EQUIPMENT),
					request("tur", "TUR", BORDER_CONTROL, EQUIPMENT));

			List<OpportunityGroup> groups = RegionalOpportunities.find(requests, List.of());

			assertThat(groups).hasSize(1);
			assertThat(groups.get(0).basis()).isEqualTo(new Basis.SameSubRegion(RegionCode.of("145")));
			assertThat(groups.get(0).basis().name()).isEqualTo("Western Asia");
		}

		@Test
		void given_requests_sharing_several_areas_and_types_then_the_group_shares_all_of_them() {
			List<OpenRequest> requests = List.of(
					request("ken", "KEN", Set.of(EXPORT_CONTROL, LEGISLATION, BORDER_CONTROL),
							Set.of(TRAINING, LEGISLATIVE_DRAFTING)),
					request("tza", "TZA", Set.of(EXPORT_CONTROL, LEGISLATION), Set.of(TRAINING, LEGISLATIVE_DRAFTING)));

			List<OpportunityGroup> groups = RegionalOpportunities.find(requests, List.of());

			assertThat(groups).hasSize(1);
			assertThat(groups.get(0).shared().areas()).containsExactly(LEGISLATION, EXPORT_CONTROL);
			assertThat(groups.get(0).shared().assistanceTypes()).containsExactly(LEGISLATIVE_DRAFTING, TRAINING);
		}

		@Test
		void given_a_subset_of_requests_that_shares_more_then_it_is_a_group_of_its_own() {
			List<OpenRequest> requests = List.of(
					request("ken", "KEN", Set.of(EXPORT_CONTROL, LEGISLATION), Set.of(TRAINING)),
					request("tza", "TZA", Set.of(EXPORT_CONTROL, LEGISLATION), Set.of(TRAINING)),
					request("uga", "UGA", EXPORT_CONTROL, TRAINING));

			List<OpportunityGroup> groups = RegionalOpportunities.find(requests, List.of());

			assertThat(groups).extracting(group -> group.states().size()).containsExactly(3, 2);
			assertThat(groups.get(1).shared().areas()).containsExactly(LEGISLATION, EXPORT_CONTROL);
		}

	}

	@Nested
	class Offers {

		private final List<OpenRequest> eastAfrica = List.of(request("ken", "KEN", EXPORT_CONTROL, TRAINING),
				request("tza", "TZA", EXPORT_CONTROL, TRAINING));

		@Test
		void given_offers_then_only_those_covering_a_shared_area_and_type_for_every_state_with_capacity_left_serve_the_group() {
			List<CandidateOffer> offers = List.of(
					offer("africa", Set.of(EXPORT_CONTROL), Set.of(TRAINING), "002", "", 1),
					offer("anyone", Set.of(EXPORT_CONTROL, BORDER_CONTROL), Set.of(TRAINING, EQUIPMENT), 2),
					offer("kenya-only", Set.of(EXPORT_CONTROL), Set.of(TRAINING), "", "KEN", 5),
					offer("listed", Set.of(EXPORT_CONTROL), Set.of(TRAINING), "", "KEN TZA", 1),
					offer("full", Set.of(EXPORT_CONTROL), Set.of(TRAINING), 0),
					offer("other-area", Set.of(BORDER_CONTROL), Set.of(TRAINING), 3),
					offer("other-type", Set.of(EXPORT_CONTROL), Set.of(EQUIPMENT), 3),
					offer("europe", Set.of(EXPORT_CONTROL), Set.of(TRAINING), "150", "", 3));

			List<OpportunityGroup> groups = RegionalOpportunities.find(eastAfrica, offers);

			assertThat(groups.get(0).offers()).containsExactlyInAnyOrder(offerId("africa"), offerId("anyone"),
					offerId("listed"));
		}

	}

	@Nested
	class SuggestedJointRequest {

		@Test
		void given_a_framework_group_then_the_draft_names_all_its_states_the_framework_and_what_they_share() {
			List<OpenRequest> requests = List.of(request("ken", "KEN", EXPORT_CONTROL, TRAINING),
					request("tza", "TZA", EXPORT_CONTROL, TRAINING));

			var draft = RegionalOpportunities.find(requests, List.of()).get(0).suggestedRequest();

			assertThat(draft.requestingStates()).isEqualTo(countries("KEN TZA"));
			assertThat(draft.framework())
				.isEqualTo(new Framework(FrameworkKind.CUSTOMS_UNION, "East African Community Customs Union"));
			assertThat(draft.title())
				.isEqualTo("Joint request through the East African Community Customs Union: export control; training");
			assertThat(draft.areas()).containsExactly(EXPORT_CONTROL);
			assertThat(draft.assistanceTypes()).containsExactly(TRAINING);
			assertThat(draft.violations()).isEmpty();
		}

		@Test
		void given_any_group_then_the_draft_stays_confidential_until_its_states_consent_and_names_no_request() {
			List<OpenRequest> requests = List.of(request("ken", "KEN", EXPORT_CONTROL, TRAINING),
					request("tza", "TZA", EXPORT_CONTROL, TRAINING));

			var draft = RegionalOpportunities.find(requests, List.of()).get(0).suggestedRequest();

			assertThat(draft.publicationConsent()).isEqualTo(PublicationConsent.REFUSED);
			assertThat(draft.description()).startsWith("Suggested from 2 open requests of KEN, TZA")
				.doesNotContain(requests.get(0).id().toString());
		}

		@Test
		void given_a_geographic_group_whose_states_share_a_larger_framework_then_the_draft_names_that_framework() {
			List<OpenRequest> requests = List.of(request("deu", "DEU", EXPORT_CONTROL, TRAINING),
					request("fra", "FRA", Set.of(EXPORT_CONTROL, LEGISLATION), Set.of(TRAINING, LEGISLATIVE_DRAFTING)),
					request("bel", "BEL", Set.of(LEGISLATION), Set.of(LEGISLATIVE_DRAFTING)),
					request("pol", "POL", Set.of(LEGISLATION), Set.of(LEGISLATIVE_DRAFTING)));

			List<OpportunityGroup> groups = RegionalOpportunities.find(requests, List.of());

			assertThat(groups).extracting(group -> group.basis().code()).containsExactly("EU", "EU", "155");
			OpportunityGroup westernEurope = groups.get(2);
			assertThat(westernEurope.states()).isEqualTo(countries("BEL FRA"));
			assertThat(westernEurope.suggestedRequest().framework().name()).isEqualTo("European Union");
		}

		@Test
		void given_a_group_only_geographic_then_the_draft_names_the_sub_region_and_leaves_the_framework_to_agree() {
			List<OpenRequest> requests = List.of(request("arm", "ARM", BORDER_CONTROL, EQUIPMENT),
					request("tur", "TUR", BORDER_CONTROL, EQUIPMENT));

			var draft = RegionalOpportunities.find(requests, List.of()).get(0).suggestedRequest();

			assertThat(draft.framework())
				.isEqualTo(new Framework(FrameworkKind.REGIONAL_ORGANIZATION, "States of Western Asia (UN M49 145)"));
			assertThat(draft.description()).contains("the framework they act within is to be agreed with them");
			assertThat(draft.violations()).isEmpty();
		}

	}

	@Nested
	class Determinism {

		@Test
		void given_the_same_requests_in_another_order_then_the_groups_and_their_ids_are_the_same() {
			List<OpenRequest> requests = new ArrayList<>(List.of(request("arg", "ARG", EXPORT_CONTROL, TRAINING),
					request("bra", "BRA", EXPORT_CONTROL, TRAINING), request("mex", "MEX", EXPORT_CONTROL, TRAINING),
					request("ken", "KEN", EXPORT_CONTROL, TRAINING), request("tza", "TZA", EXPORT_CONTROL, TRAINING)));
			List<OpportunityGroup> first = RegionalOpportunities.find(requests, List.of());

			Collections.reverse(requests);

			assertThat(RegionalOpportunities.find(requests, List.of())).isEqualTo(first);
			assertThat(first.get(0).id())
				.isEqualTo(OpportunityId.forRequests(List.of(requestId("tza"), requestId("ken"))));
		}

	}

	/**
	 * Generated data with planted groups: clusters of requests within test frameworks,
	 * each cluster asking for its own area, plus requests that must not group (other
	 * types, one State only).
	 */
	@Nested
	class GeneratedData {

		@Test
		void given_planted_clusters_and_noise_then_exactly_the_clusters_are_found() {
			for (long seed = 1; seed <= 25; seed++) {
				Generated generated = Generated.from(new Random(seed));

				List<OpportunityGroup> groups = RegionalOpportunities.find(generated.requests(), List.of(),
						generated.frameworks());

				assertThat(groups).as("seed %d", seed)
					.extracting(group -> new Generated.Expected(group.basis().code(), Set.copyOf(group.requests())))
					.containsExactlyInAnyOrderElementsOf(generated.expected());
			}
		}

	}

}
