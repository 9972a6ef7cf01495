package org.clearinghouse.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.InvalidDetailsException;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What a request must say to be registered: each rule, and all broken rules reported
 * together.
 */
class RequestRulesTest {

	private final RequestId requestId = RequestId.random();

	private FixtureConfiguration<AssistanceRequest> fixture;

	@BeforeEach
	void setUp() {
		fixture = new AggregateTestFixture<>(AssistanceRequest.class);
		fixture.registerInjectableResource(IntakeTimeline.COMMITTEE_PRACTICE);
	}

	/**
	 * Given no prior activity, registering these details is rejected and nothing happens.
	 */
	private void registeringIsRejected(RequestDetails details) {
		fixture.givenNoPriorActivity()
			.when(new RegisterRequest(requestId, details))
			.expectException(InvalidDetailsException.class)
			.expectNoEvents();
	}

	private void registeringIsAccepted(RequestDetails details) {
		fixture.givenNoPriorActivity()
			.when(new RegisterRequest(requestId, details))
			.expectSuccessfulHandlerExecution()
			.expectEvents(new RequestRegistered(requestId, details), new RequestAcknowledged(requestId),
					new RequestPublished(requestId));
	}

	private static List<String> violatedFields(RequestDetails details) {
		return details.violations().stream().map(Violation::field).toList();
	}

	@Test
	void the_example_request_breaks_no_rule() {
		assertThat(Requests.valid().build().violations()).isEmpty();
		registeringIsAccepted(Requests.valid().build());
	}

	@Nested
	class What_is_asked_for {

		@Test
		void a_request_names_at_least_one_area() {
			RequestDetails details = Requests.valid().areas().build();
			registeringIsRejected(details);
			assertThat(violatedFields(details)).containsExactly("areas");
		}

		@Test
		void a_request_names_at_least_one_assistance_type() {
			RequestDetails details = Requests.valid().assistanceTypes().build();
			registeringIsRejected(details);
			assertThat(violatedFields(details)).containsExactly("assistanceTypes");
		}

		@Test
		void weapon_categories_and_languages_may_be_left_out() {
			RequestDetails details = Requests.valid().weaponCategories().languages().neededBy(null).build();
			assertThat(details.violations()).isEmpty();
			registeringIsAccepted(details);
		}

		@Test
		void all_violations_are_reported_together() {
			RequestDetails details = Requests.valid().requestingStates().areas().assistanceTypes().title("  ").build();
			registeringIsRejected(details);
			assertThat(violatedFields(details)).containsExactlyInAnyOrder("requestingStates", "title", "areas",
					"assistanceTypes");
		}

		@Test
		void the_exception_carries_the_violations_by_field() {
			RequestDetails details = Requests.valid().areas().assistanceTypes().build();
			assertThatThrownBy(details::enforce).isInstanceOfSatisfying(InvalidDetailsException.class, ex -> {
				assertThat(ex.violations()).extracting(Violation::field)
					.containsExactlyInAnyOrder("areas", "assistanceTypes");
				assertThat(ex).hasMessageContaining("areas: at least one area");
			});
		}

	}

	@Nested
	class Who_asks {

		@Test
		void a_request_has_at_least_one_requesting_state() {
			RequestDetails details = Requests.valid().requestingStates().build();
			registeringIsRejected(details);
			assertThat(violatedFields(details)).containsExactly("requestingStates");
		}

		@Test
		void a_joint_request_needs_a_framework() {
			RequestDetails details = Requests.joint().framework(null).build();
			registeringIsRejected(details);
			assertThat(violatedFields(details)).containsExactly("framework");
		}

		@Test
		void a_joint_request_within_a_framework_is_registered() {
			RequestDetails details = Requests.joint().build();
			assertThat(details.isJoint()).isTrue();
			registeringIsAccepted(details);
		}

		@Test
		void a_single_state_request_has_no_framework() {
			RequestDetails details = Requests.valid().framework(Requests.EAC_CUSTOMS_UNION).build();
			registeringIsRejected(details);
			assertThat(violatedFields(details)).containsExactly("framework");
		}

		@Test
		void a_single_state_request_is_not_joint() {
			assertThat(Requests.valid().build().isJoint()).isFalse();
		}

		@Test
		void a_state_named_twice_is_one_requesting_state() {
			RequestDetails details = Requests.valid().requestingStates("KEN", "KEN").build();
			assertThat(details.requestingStates()).hasSize(1);
			assertThat(details.violations()).isEmpty();
		}

	}

	@Nested
	class Title_and_description {

		@Test
		void a_blank_title_is_rejected() {
			registeringIsRejected(Requests.valid().title(" \t ").build());
			assertThat(violatedFields(Requests.valid().title(" \t ").build())).containsExactly("title");
			assertThat(violatedFields(Requests.valid().title(null).build())).containsExactly("title");
		}

		@Test
		void a_title_of_200_characters_is_accepted() {
			assertThat(Requests.valid().title("a".repeat(200)).build().violations()).isEmpty();
		}

		@Test
		void a_title_over_200_characters_is_rejected() {
			RequestDetails details = Requests.valid().title("a".repeat(201)).build();
			registeringIsRejected(details);
			assertThat(violatedFields(details)).containsExactly("title");
		}

		@Test
		void a_title_with_control_characters_is_rejected() {
			RequestDetails details = Requests.valid().title("Export controls\u0007").build();
			registeringIsRejected(details);
			assertThat(violatedFields(details)).containsExactly("title");
			assertThat(violatedFields(Requests.valid().title("\u0007").build())).containsExactly("title");
		}

		@Test
		void a_title_is_a_single_line() {
			RequestDetails details = Requests.valid().title("Export controls\nand more").build();
			registeringIsRejected(details);
			assertThat(details.violations()).extracting(Violation::field, Violation::message)
				.containsExactly(tuple("title", "must be a single line"));
		}

		@Test
		void a_title_is_trimmed() {
			assertThat(Requests.valid().title("  Drafting of export-control legislation  ").build().title())
				.isEqualTo("Drafting of export-control legislation");
		}

		@Test
		void a_description_may_have_10000_characters() {
			assertThat(Requests.valid().description("a".repeat(10_000)).build().violations()).isEmpty();
		}

		@Test
		void a_description_over_10000_characters_is_rejected() {
			RequestDetails details = Requests.valid().description("a".repeat(10_001)).build();
			registeringIsRejected(details);
			assertThat(violatedFields(details)).containsExactly("description");
		}

		@Test
		void a_description_may_have_line_breaks() {
			RequestDetails details = Requests.valid()
				.description("Needs:\n- training of customs officers\r\n- detection equipment\n\tat two border posts")
				.build();
			assertThat(details.violations()).isEmpty();
			registeringIsAccepted(details);
		}

		@Test
		void a_description_with_other_control_characters_is_rejected() {
			assertThat(violatedFields(Requests.valid().description("Needs\u0007").build()))
				.containsExactly("description");
		}

		@Test
		void a_description_may_be_left_out() {
			RequestDetails details = Requests.valid().description(null).build();
			assertThat(details.description()).isEmpty();
			assertThat(details.violations()).isEmpty();
		}

	}

	@Nested
	class Consent {

		@Test
		void consent_not_stated_is_pending() {
			assertThat(Requests.valid().consent(null).build().publicationConsent())
				.isEqualTo(PublicationConsent.PENDING);
		}

	}

	@Test
	void sets_in_a_different_order_are_the_same_content() {
		RequestDetails one = Requests.joint()
			.requestingStates("UGA", "KEN", "TZA")
			.areas(Area.LEGISLATION, Area.EXPORT_CONTROL)
			.assistanceTypes(AssistanceType.EXPERT_ADVICE, AssistanceType.LEGISLATIVE_DRAFTING)
			.languages("fr", "en")
			.build();
		RequestDetails other = Requests.joint()
			.requestingStates("TZA", "UGA", "KEN")
			.areas(Area.EXPORT_CONTROL, Area.LEGISLATION)
			.assistanceTypes(AssistanceType.LEGISLATIVE_DRAFTING, AssistanceType.EXPERT_ADVICE)
			.languages("en", "fr")
			.build();
		assertThat(one).isEqualTo(other);
	}

}
