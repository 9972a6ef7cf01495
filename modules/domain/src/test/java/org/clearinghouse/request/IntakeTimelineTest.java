package org.clearinghouse.request;

import static org.clearinghouse.request.AssistanceRequest.CIRCULATION_DUE;
import static org.clearinghouse.request.AssistanceRequest.FOLLOW_UP_DUE;
import static org.clearinghouse.request.AssistanceRequest.OBJECTION_PERIOD_ENDS;
import static org.clearinghouse.vocabulary.PublicationConsent.GIVEN;
import static org.clearinghouse.vocabulary.PublicationConsent.PENDING;
import static org.clearinghouse.vocabulary.PublicationConsent.REFUSED;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.clearinghouse.vocabulary.FeedbackOutcome;
import org.clearinghouse.vocabulary.InvalidDetailsException;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.Violation;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The intake of a request as the Committee practises it: acknowledged on registration,
 * published after 5 working days of silence when consent was not stated, circulated to
 * providers within a week, followed up a year on.
 */
class IntakeTimelineTest {

	/** A Friday, 10:00 UTC. */
	private static final Instant FRIDAY_AT_TEN = Instant.parse("2014-06-06T10:00:00Z");

	/** Five calendar days later, nearly an hour before the same time. */
	private static final Instant NEXT_WEDNESDAY_AT_NINE = Instant.parse("2014-06-11T09:00:00Z");

	/** A minute before five working days have passed. */
	private static final Instant NEXT_FRIDAY_JUST_BEFORE_TEN = Instant.parse("2014-06-13T09:59:00Z");

	/** Five working days after {@link #FRIDAY_AT_TEN}: the weekend does not count. */
	private static final Instant NEXT_FRIDAY_AT_TEN = Instant.parse("2014-06-13T10:00:00Z");

	private static final Duration A_WEEK = Duration.ofDays(7);

	private static final Duration A_YEAR = Duration.ofDays(365);

	private final RequestId requestId = RequestId.random();

	private FixtureConfiguration<AssistanceRequest> fixture;

	@BeforeEach
	void setUp() {
		fixture = new AggregateTestFixture<>(AssistanceRequest.class);
		fixture.registerInjectableResource(IntakeTimeline.COMMITTEE_PRACTICE);
	}

	private RegisterRequest register(PublicationConsent consent) {
		return new RegisterRequest(requestId, Requests.valid().consent(consent).build());
	}

	private RecordCirculation circulation() {
		return new RecordCirculation(requestId);
	}

	private static Matcher<DeadlineMessage<?>> deadlineNamed(String name) {
		return new FeatureMatcher<DeadlineMessage<?>, String>(Matchers.equalTo(name), "a deadline named",
				"deadline name") {

			@Override
			protected String featureValueOf(DeadlineMessage<?> actual) {
				return actual.getDeadlineName();
			}

		};
	}

	@Nested
	class Deadlines_set_on_registration {

		@Test
		void a_request_with_consent_pending_gets_the_objection_period_circulation_and_follow_up_deadlines() {
			fixture.givenCurrentTime(FRIDAY_AT_TEN)
				.when(register(PENDING))
				.expectSuccessfulHandlerExecution()
				.expectScheduledDeadlineWithName(NEXT_FRIDAY_AT_TEN, OBJECTION_PERIOD_ENDS)
				.expectScheduledDeadlineWithName(A_WEEK, CIRCULATION_DUE)
				.expectScheduledDeadlineWithName(A_YEAR, FOLLOW_UP_DUE);
		}

		@Test
		void the_objection_period_is_five_working_days_not_five_calendar_days() {
			fixture.givenCurrentTime(FRIDAY_AT_TEN)
				.when(register(PENDING))
				.expectScheduledDeadlineMatching(NEXT_FRIDAY_AT_TEN, deadlineNamed(OBJECTION_PERIOD_ENDS))
				.expectNoScheduledDeadlineMatching(FRIDAY_AT_TEN, NEXT_FRIDAY_JUST_BEFORE_TEN,
						deadlineNamed(OBJECTION_PERIOD_ENDS));
		}

		@ParameterizedTest(name = "consent {0}")
		@EnumSource(names = { "GIVEN", "REFUSED" })
		void a_request_whose_consent_is_stated_gets_no_objection_period(PublicationConsent consent) {
			fixture.givenCurrentTime(FRIDAY_AT_TEN)
				.when(register(consent))
				.expectNoScheduledDeadlineMatching(deadlineNamed(OBJECTION_PERIOD_ENDS))
				.expectScheduledDeadlineWithName(A_WEEK, CIRCULATION_DUE)
				.expectScheduledDeadlineWithName(A_YEAR, FOLLOW_UP_DUE);
		}

		@Test
		void a_configured_timeline_sets_its_own_periods() {
			fixture = new AggregateTestFixture<>(AssistanceRequest.class);
			fixture.registerInjectableResource(new IntakeTimeline(2, Duration.ofDays(3), Duration.ofDays(180)));
			fixture.givenCurrentTime(FRIDAY_AT_TEN)
				.when(register(PENDING))
				.expectScheduledDeadlineWithName(Instant.parse("2014-06-10T10:00:00Z"), OBJECTION_PERIOD_ENDS)
				.expectScheduledDeadlineWithName(Duration.ofDays(3), CIRCULATION_DUE)
				.expectScheduledDeadlineWithName(Duration.ofDays(180), FOLLOW_UP_DUE);
		}

	}

	@Nested
	class Silence_is_consent {

		@Test
		void a_pending_request_is_not_published_after_five_calendar_days() {
			fixture.givenCurrentTime(FRIDAY_AT_TEN)
				.andGivenCommands(register(PENDING), circulation())
				.whenThenTimeAdvancesTo(NEXT_WEDNESDAY_AT_NINE)
				.expectNoEvents()
				.expectScheduledDeadlineWithName(NEXT_FRIDAY_AT_TEN, OBJECTION_PERIOD_ENDS);
		}

		@Test
		void a_pending_request_is_not_published_a_minute_before_five_working_days_have_passed() {
			fixture.givenCurrentTime(FRIDAY_AT_TEN)
				.andGivenCommands(register(PENDING), circulation())
				.whenThenTimeAdvancesTo(NEXT_FRIDAY_JUST_BEFORE_TEN)
				.expectNoEvents();
		}

		@Test
		void a_pending_request_is_published_when_five_working_days_pass_without_objection() {
			fixture.givenCurrentTime(FRIDAY_AT_TEN)
				.andGivenCommands(register(PENDING), circulation())
				.whenThenTimeAdvancesTo(NEXT_FRIDAY_AT_TEN)
				.expectTriggeredDeadlinesWithName(OBJECTION_PERIOD_ENDS, CIRCULATION_DUE)
				.expectEvents(new RequestPublished(requestId));
		}

		@Test
		void a_pending_request_is_published_once_the_objection_period_has_elapsed() {
			fixture.givenCurrentTime(FRIDAY_AT_TEN)
				.andGivenCommands(register(PENDING), circulation())
				.whenThenTimeElapses(Duration.ofDays(7))
				.expectEvents(new RequestPublished(requestId));
		}

		@Test
		void a_request_the_state_objected_to_in_time_is_not_published() {
			fixture.givenCurrentTime(FRIDAY_AT_TEN)
				.andGivenCommands(register(PENDING), circulation(),
						new ObjectToPublication(requestId, "note verbale within the period"))
				.whenThenTimeAdvancesTo(NEXT_FRIDAY_AT_TEN)
				.expectTriggeredDeadlinesWithName(OBJECTION_PERIOD_ENDS, CIRCULATION_DUE)
				.expectNoEvents();
		}

		@Test
		void a_request_whose_consent_was_refused_is_never_published_by_the_passing_of_time() {
			fixture.givenCurrentTime(FRIDAY_AT_TEN)
				.andGivenCommands(register(REFUSED), circulation())
				.whenThenTimeAdvancesTo(NEXT_FRIDAY_AT_TEN.plus(Duration.ofDays(30)))
				.expectNoEvents();
		}

		@Test
		void a_pending_request_amended_to_refuse_consent_is_not_published_when_the_period_ends() {
			fixture.givenCurrentTime(FRIDAY_AT_TEN)
				.andGivenCommands(register(PENDING), circulation(),
						new AmendRequest(requestId, Requests.valid().consent(REFUSED).build()))
				.whenThenTimeAdvancesTo(NEXT_FRIDAY_AT_TEN)
				.expectNoEvents();
		}

		@Test
		void a_request_published_on_consent_given_meanwhile_is_not_published_twice() {
			fixture.givenCurrentTime(FRIDAY_AT_TEN)
				.andGivenCommands(register(PENDING), circulation(),
						new AmendRequest(requestId, Requests.valid().consent(GIVEN).build()))
				.whenThenTimeAdvancesTo(NEXT_FRIDAY_AT_TEN)
				.expectNoEvents();
		}

		@Test
		void a_pending_request_withdrawn_within_the_period_is_not_published() {
			fixture.givenCurrentTime(FRIDAY_AT_TEN)
				.andGivenCommands(register(PENDING), circulation(), new WithdrawRequest(requestId, "no longer needed"))
				.whenThenTimeAdvancesTo(NEXT_FRIDAY_AT_TEN)
				.expectNoEvents();
		}

	}

	@Nested
	class Circulation_within_a_week {

		@Test
		void a_request_not_circulated_within_a_week_is_overdue() {
			fixture.givenCurrentTime(FRIDAY_AT_TEN)
				.andGivenCommands(register(GIVEN))
				.whenThenTimeElapses(A_WEEK)
				.expectTriggeredDeadlinesWithName(CIRCULATION_DUE)
				.expectEvents(new RequestCirculationOverdue(requestId));
		}

		@Test
		void a_request_is_not_overdue_before_the_week_is_out() {
			fixture.givenCurrentTime(FRIDAY_AT_TEN)
				.andGivenCommands(register(GIVEN))
				.whenThenTimeElapses(A_WEEK.minusMinutes(1))
				.expectNoEvents();
		}

		@Test
		void a_request_circulated_within_the_week_is_not_overdue() {
			fixture.givenCurrentTime(FRIDAY_AT_TEN)
				.andGivenCommands(register(GIVEN), circulation())
				.whenThenTimeElapses(A_WEEK)
				.expectNoEvents();
		}

		@Test
		void recording_the_circulation_emits_circulated() {
			fixture.givenCommands(register(GIVEN)).when(circulation()).expectEvents(new RequestCirculated(requestId));
		}

		@Test
		void recording_the_circulation_again_emits_nothing() {
			fixture.givenCommands(register(GIVEN), circulation())
				.when(circulation())
				.expectSuccessfulHandlerExecution()
				.expectNoEvents();
		}

		@Test
		void a_request_withdrawn_within_the_week_is_not_overdue() {
			fixture.givenCurrentTime(FRIDAY_AT_TEN)
				.andGivenCommands(register(GIVEN), new WithdrawRequest(requestId, "no longer needed"))
				.whenThenTimeElapses(A_WEEK)
				.expectNoEvents();
		}

	}

	@Nested
	class Follow_up_a_year_on {

		@Test
		void a_year_after_registration_the_state_is_asked_whether_its_request_was_met() {
			fixture.givenCurrentTime(FRIDAY_AT_TEN)
				.andGivenCommands(register(GIVEN), circulation())
				.whenThenTimeElapses(A_YEAR)
				.expectTriggeredDeadlinesWithName(CIRCULATION_DUE, FOLLOW_UP_DUE)
				.expectEvents(new RequestFollowUpDue(requestId));
		}

		@Test
		void there_is_no_follow_up_before_the_year_is_out() {
			fixture.givenCurrentTime(FRIDAY_AT_TEN)
				.andGivenCommands(register(GIVEN), circulation())
				.whenThenTimeElapses(A_YEAR.minusMinutes(1))
				.expectNoEvents();
		}

		@Test
		void a_withdrawn_request_is_not_followed_up() {
			fixture.givenCurrentTime(FRIDAY_AT_TEN)
				.andGivenCommands(register(GIVEN), circulation(), new WithdrawRequest(requestId, "no longer needed"))
				.whenThenTimeElapses(A_YEAR)
				.expectNoEvents();
		}

		@Test
		void a_closed_request_is_still_followed_up_to_learn_whether_it_was_met() {
			fixture.givenCurrentTime(FRIDAY_AT_TEN)
				.andGivenCommands(register(GIVEN), circulation(), new CloseRequest(requestId, "met by a workshop"))
				.whenThenTimeElapses(A_YEAR)
				.expectEvents(new RequestFollowUpDue(requestId));
		}

	}

	@Nested
	class Feedback_on_the_request {

		@ParameterizedTest(name = "{0}")
		@EnumSource(FeedbackOutcome.class)
		void the_state_says_whether_its_request_was_met_with_a_comment(FeedbackOutcome outcome) {
			fixture.given(new RequestRegistered(requestId, Requests.valid().build()), new RequestFollowUpDue(requestId))
				.when(new RecordRequestFeedback(requestId, outcome, "  Workshop held in Nairobi in March.  "))
				.expectEvents(new RequestFeedbackRecorded(requestId, outcome, "Workshop held in Nairobi in March."));
		}

		@Test
		void the_comment_may_be_left_out() {
			fixture.given(new RequestRegistered(requestId, Requests.valid().build()))
				.when(new RecordRequestFeedback(requestId, FeedbackOutcome.PARTLY_MET, null))
				.expectEvents(new RequestFeedbackRecorded(requestId, FeedbackOutcome.PARTLY_MET, ""));
		}

		@Test
		void a_closed_request_takes_feedback() {
			fixture
				.given(new RequestRegistered(requestId, Requests.valid().build()),
						new RequestClosed(requestId, "met by a workshop"))
				.when(new RecordRequestFeedback(requestId, FeedbackOutcome.MET, "thank you"))
				.expectEvents(new RequestFeedbackRecorded(requestId, FeedbackOutcome.MET, "thank you"));
		}

		@Test
		void a_withdrawn_request_takes_no_feedback() {
			fixture
				.given(new RequestRegistered(requestId, Requests.valid().build()),
						new RequestWithdrawn(requestId, "no longer needed"))
				.when(new RecordRequestFeedback(requestId, FeedbackOutcome.NOT_MET, "never started"))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		/**
		 * Feedback that does not say whether the request was met says nothing: it is
		 * refused like a match closed without an outcome ({@code CloseMatch}), naming the
		 * field.
		 */
		@Test
		void feedback_without_an_outcome_is_refused() {
			fixture.given(new RequestRegistered(requestId, Requests.valid().build()))
				.when(new RecordRequestFeedback(requestId, null, "no answer"))
				.expectException(
						Matchers.allOf(Matchers.instanceOf(InvalidDetailsException.class), violationOf("outcome")))
				.expectNoEvents();
		}

		private static Matcher<Object> violationOf(String field) {
			return new FeatureMatcher<Object, List<String>>(Matchers.hasItem(field), "violations of fields",
					"violated fields") {

				@Override
				protected List<String> featureValueOf(Object actual) {
					return actual instanceof InvalidDetailsException ex
							? ex.violations().stream().map(Violation::field).toList() : List.of();
				}

			};
		}

	}

}
