package org.clearinghouse.request;

import static org.clearinghouse.vocabulary.PublicationConsent.GIVEN;
import static org.clearinghouse.vocabulary.PublicationConsent.PENDING;
import static org.clearinghouse.vocabulary.PublicationConsent.REFUSED;

import java.util.Set;
import java.util.function.Function;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.InvalidDetailsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The life of a request for assistance: registration, amendment, publication, objection,
 * its end.
 */
class AssistanceRequestTest {

	private final RequestId requestId = RequestId.random();

	private final RequestDetails pending = Requests.valid().consent(PENDING).build();

	private final RequestDetails given = Requests.valid().consent(GIVEN).build();

	private final RequestDetails refused = Requests.valid().consent(REFUSED).build();

	private FixtureConfiguration<AssistanceRequest> fixture;

	@BeforeEach
	void setUp() {
		fixture = new AggregateTestFixture<>(AssistanceRequest.class);
		fixture.registerInjectableResource(IntakeTimeline.COMMITTEE_PRACTICE);
	}

	private RequestRegistered registered(RequestDetails details) {
		return new RequestRegistered(requestId, details);
	}

	private RequestAmended amended(RequestDetails details) {
		return new RequestAmended(requestId, details);
	}

	private RequestAcknowledged acknowledged() {
		return new RequestAcknowledged(requestId);
	}

	private RequestPublished published() {
		return new RequestPublished(requestId);
	}

	private RequestUnpublished unpublished() {
		return new RequestUnpublished(requestId);
	}

	private AmendRequest amend(RequestDetails details) {
		return new AmendRequest(requestId, details);
	}

	@Nested
	class Registering {

		@Test
		void registering_with_consent_given_registers_acknowledges_and_publishes_the_request() {
			fixture.givenNoPriorActivity()
				.when(new RegisterRequest(requestId, given))
				.expectEvents(registered(given), acknowledged(), published());
		}

		@Test
		void registering_with_consent_pending_registers_and_acknowledges_the_request_without_publishing_it() {
			fixture.givenNoPriorActivity()
				.when(new RegisterRequest(requestId, pending))
				.expectEvents(registered(pending), acknowledged());
		}

		@Test
		void registering_with_consent_refused_registers_and_acknowledges_the_request_without_publishing_it() {
			fixture.givenNoPriorActivity()
				.when(new RegisterRequest(requestId, refused))
				.expectEvents(registered(refused), acknowledged());
		}

		@Test
		void registering_without_stated_consent_registers_a_pending_request() {
			fixture.givenNoPriorActivity()
				.when(new RegisterRequest(requestId, Requests.valid().consent(null).build()))
				.expectEvents(registered(pending), acknowledged());
		}

		@Test
		void a_request_that_breaks_the_rules_is_neither_registered_nor_acknowledged_and_sets_no_deadline() {
			fixture.givenNoPriorActivity()
				.when(new RegisterRequest(requestId, Requests.valid().areas().build()))
				.expectException(InvalidDetailsException.class)
				.expectNoEvents()
				.expectNoScheduledDeadlines();
		}

	}

	@Nested
	class Amending {

		@Test
		void amending_the_content_emits_amended() {
			RequestDetails retitled = Requests.valid().title("Review of the draft export-control act").build();
			fixture.given(registered(given), published()).when(amend(retitled)).expectEvents(amended(retitled));
		}

		@Test
		void amending_to_the_same_content_emits_nothing() {
			fixture.given(registered(given), published())
				.when(amend(Requests.valid().build()))
				.expectSuccessfulHandlerExecution()
				.expectNoEvents();
		}

		@Test
		void amending_to_the_same_content_with_sets_in_a_different_order_emits_nothing() {
			RequestDetails registeredDetails = Requests.joint()
				.requestingStates("KEN", "TZA", "UGA")
				.areas(Area.EXPORT_CONTROL, Area.LEGISLATION)
				.assistanceTypes(AssistanceType.LEGISLATIVE_DRAFTING, AssistanceType.EXPERT_ADVICE)
				.languages("en", "fr")
				.build();
			RequestDetails reordered = Requests.joint()
				.requestingStates("UGA", "TZA", "KEN")
				.areas(Area.LEGISLATION, Area.EXPORT_CONTROL)
				.assistanceTypes(AssistanceType.EXPERT_ADVICE, AssistanceType.LEGISLATIVE_DRAFTING)
				.languages("fr", "en")
				.build();
			fixture.given(registered(registeredDetails), published())
				.when(amend(reordered))
				.expectSuccessfulHandlerExecution()
				.expectNoEvents();
		}

		@Test
		void refusing_consent_unpublishes_a_published_request() {
			fixture.given(registered(given), published())
				.when(amend(refused))
				.expectEvents(amended(refused), unpublished());
		}

		@Test
		void giving_consent_publishes_a_pending_request() {
			fixture.given(registered(pending)).when(amend(given)).expectEvents(amended(given), published());
		}

		@Test
		void refusing_consent_to_an_unpublished_request_only_amends_it() {
			fixture.given(registered(pending)).when(amend(refused)).expectEvents(amended(refused));
		}

		@Test
		void leaving_consent_pending_keeps_a_published_request_as_it_is() {
			fixture.given(registered(given), published()).when(amend(pending)).expectEvents(amended(pending));
		}

		@Test
		void an_amendment_that_breaks_the_rules_is_rejected() {
			fixture.given(registered(given), published())
				.when(amend(Requests.valid().areas().build()))
				.expectException(InvalidDetailsException.class)
				.expectNoEvents();
		}

	}

	@Nested
	class Objecting_to_publication {

		@Test
		void objecting_to_a_published_request_unpublishes_it() {
			fixture.given(registered(given), published())
				.when(new ObjectToPublication(requestId, "note verbale of 3 June"))
				.expectEvents(new RequestPublicationObjected(requestId, "note verbale of 3 June"), unpublished());
		}

		@Test
		void objecting_to_an_unpublished_pending_request_only_records_the_objection() {
			fixture.given(registered(pending))
				.when(new ObjectToPublication(requestId, "within 5 working days"))
				.expectEvents(new RequestPublicationObjected(requestId, "within 5 working days"));
		}

		@Test
		void a_request_objected_to_cannot_be_published() {
			fixture.given(registered(pending), new RequestPublicationObjected(requestId, "objection"))
				.when(new PublishRequest(requestId))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@Test
		void objecting_to_a_request_whose_consent_was_refused_changes_nothing() {
			fixture.given(registered(refused))
				.when(new ObjectToPublication(requestId, "again"))
				.expectSuccessfulHandlerExecution()
				.expectNoEvents();
		}

		/**
		 * An amendment that does not state consent (PENDING, "not stated") must not undo
		 * the State's stated objection: the request must stay confidential.
		 */
		@Test
		void an_amendment_that_does_not_state_consent_keeps_the_objection() {
			RequestDetails retitled = Requests.valid()
				.title("Review of the draft export-control act")
				.consent(PENDING)
				.build();
			fixture
				.givenCommands(new RegisterRequest(requestId, pending), new ObjectToPublication(requestId, "no"),
						amend(retitled))
				.when(new PublishRequest(requestId))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@Test
		void an_amendment_that_gives_consent_after_an_objection_publishes_the_request() {
			fixture.given(registered(pending), new RequestPublicationObjected(requestId, "objection"))
				.when(amend(given))
				.expectEvents(amended(given), published());
		}

	}

	@Nested
	class Publishing {

		@Test
		void publishing_a_pending_request_publishes_it() {
			fixture.given(registered(pending)).when(new PublishRequest(requestId)).expectEvents(published());
		}

		@Test
		void publishing_an_already_published_request_emits_nothing() {
			fixture.given(registered(given), published())
				.when(new PublishRequest(requestId))
				.expectSuccessfulHandlerExecution()
				.expectNoEvents();
		}

		@Test
		void a_request_whose_consent_was_refused_cannot_be_published() {
			fixture.given(registered(refused))
				.when(new PublishRequest(requestId))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

	}

	/** How a request's life ends, as the event that ended it. */
	enum Ending {

		WITHDRAWN(id -> new RequestWithdrawn(id, "no longer needed")),

		CLOSED(id -> new RequestClosed(id, "met by a workshop"));

		private final Function<RequestId, RequestEvent> event;

		Ending(Function<RequestId, RequestEvent> event) {
			this.event = event;
		}

		RequestEvent of(RequestId requestId) {
			return event.apply(requestId);
		}

	}

	@Nested
	class Ending_a_request {

		@Test
		void withdrawing_an_open_request_emits_withdrawn() {
			fixture.given(registered(given), published())
				.when(new WithdrawRequest(requestId, "no longer needed"))
				.expectEvents(new RequestWithdrawn(requestId, "no longer needed"));
		}

		@Test
		void closing_an_open_request_emits_closed() {
			fixture.given(registered(given), published())
				.when(new CloseRequest(requestId, "met by a workshop"))
				.expectEvents(new RequestClosed(requestId, "met by a workshop"));
		}

		@ParameterizedTest(name = "after it was {0}")
		@EnumSource(Ending.class)
		void nothing_is_amended_after_the_request_ended(Ending ending) {
			fixture.given(registered(pending), ending.of(requestId))
				.when(amend(given))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@ParameterizedTest(name = "after it was {0}")
		@EnumSource(Ending.class)
		void nothing_is_published_after_the_request_ended(Ending ending) {
			fixture.given(registered(pending), ending.of(requestId))
				.when(new PublishRequest(requestId))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@ParameterizedTest(name = "after it was {0}")
		@EnumSource(Ending.class)
		void nothing_is_withdrawn_after_the_request_ended(Ending ending) {
			fixture.given(registered(given), published(), ending.of(requestId))
				.when(new WithdrawRequest(requestId, "again"))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@ParameterizedTest(name = "after it was {0}")
		@EnumSource(Ending.class)
		void nothing_is_closed_after_the_request_ended(Ending ending) {
			fixture.given(registered(given), published(), ending.of(requestId))
				.when(new CloseRequest(requestId, "again"))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@ParameterizedTest(name = "after it was {0}")
		@EnumSource(Ending.class)
		void no_objection_is_recorded_after_the_request_ended(Ending ending) {
			fixture.given(registered(pending), ending.of(requestId))
				.when(new ObjectToPublication(requestId, "late"))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

	}

	/**
	 * A joint request names the requests it was made from; each of them records that the
	 * joint request now serves it.
	 */
	@Nested
	class Joint_requests {

		private final RequestId original = RequestId.random();

		private final RequestId other = RequestId.random();

		private final RequestId joint = RequestId.random();

		@Test
		void a_joint_request_is_registered_with_the_requests_it_was_made_from() {
			fixture.givenNoPriorActivity()
				.when(new RegisterRequest(requestId, pending, Set.of(original, other)))
				.expectEvents(new RequestRegistered(requestId, pending, Set.of(original, other)), acknowledged());
		}

		@Test
		void an_ordinary_request_names_no_original() {
			fixture.givenNoPriorActivity()
				.when(new RegisterRequest(requestId, given))
				.expectEvents(new RequestRegistered(requestId, given, Set.of()), acknowledged(), published());
		}

		@Test
		void a_joint_request_cannot_be_made_from_itself() {
			fixture.givenNoPriorActivity()
				.when(new RegisterRequest(requestId, pending, Set.of(requestId, other)))
				.expectException(IllegalArgumentException.class)
				.expectNoEvents();
		}

		@Test
		void an_open_original_records_the_joint_request_that_serves_it() {
			fixture.given(registered(given), published())
				.when(new LinkToJointRequest(requestId, joint))
				.expectEvents(new RequestJoinedToJointRequest(requestId, joint));
		}

		@Test
		void linking_again_to_the_same_joint_request_changes_nothing() {
			fixture.given(registered(given), new RequestJoinedToJointRequest(requestId, joint))
				.when(new LinkToJointRequest(requestId, joint))
				.expectSuccessfulHandlerExecution()
				.expectNoEvents();
		}

		@Test
		void a_later_joint_request_takes_the_place_of_the_first() {
			RequestId later = RequestId.random();
			fixture.given(registered(given), new RequestJoinedToJointRequest(requestId, joint))
				.when(new LinkToJointRequest(requestId, later))
				.expectEvents(new RequestJoinedToJointRequest(requestId, later));
		}

		@ParameterizedTest(name = "after it was {0}")
		@EnumSource(Ending.class)
		void a_request_that_ended_is_not_linked(Ending ending) {
			fixture.given(registered(given), ending.of(requestId))
				.when(new LinkToJointRequest(requestId, joint))
				.expectSuccessfulHandlerExecution()
				.expectNoEvents();
		}

		@Test
		void a_request_cannot_be_joined_to_itself() {
			fixture.given(registered(given))
				.when(new LinkToJointRequest(requestId, requestId))
				.expectException(IllegalArgumentException.class)
				.expectNoEvents();
		}

	}

}
