package org.clearinghouse.matching;

import static org.clearinghouse.matching.MatchProposal.EXPIRY;
import static org.clearinghouse.matching.MatchProposal.REMINDER;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.ProviderCode;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.vocabulary.FeedbackOutcome;
import org.clearinghouse.vocabulary.InvalidDetailsException;
import org.clearinghouse.vocabulary.ProposalId;
import org.clearinghouse.vocabulary.Violation;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The life of a match proposal: proposed to one provider, answered once by that provider
 * (or reminded, then expired), then confirmed, delivered and closed.
 */
class MatchProposalTest {

	private static final Instant PROPOSED_AT = Instant.parse("2014-06-06T10:00:00Z");

	private static final Duration ANSWER_WITHIN = Duration.ofDays(30);

	private static final Duration HALF_TIME = Duration.ofDays(15);

	private static final ProviderCode GERMANY = ProviderCode.of("DEU");

	private static final ProviderCode IAEA = ProviderCode.of("IAEA");

	private final RequestId requestId = RequestId.random();

	private final OfferId offerId = OfferId.random();

	private final ProposalId proposalId = ProposalId.forPair(requestId.value(), offerId.value());

	private final List<String> reasons = List.of("both cover EXPORT_CONTROL", "offer works in en");

	private FixtureConfiguration<MatchProposal> fixture;

	@BeforeEach
	void setUp() {
		fixture = new AggregateTestFixture<>(MatchProposal.class);
	}

	private ProposeMatch propose() {
		return new ProposeMatch(proposalId, requestId, offerId, GERMANY, 0.65, new ArrayList<>(reasons), ANSWER_WITHIN);
	}

	private MatchProposed proposed() {
		return new MatchProposed(proposalId, requestId, offerId, GERMANY, 0.65, reasons,
				PROPOSED_AT.plus(ANSWER_WITHIN));
	}

	private AcceptProposal accept() {
		return new AcceptProposal(proposalId, GERMANY);
	}

	private DeclineProposal decline(String reason) {
		return new DeclineProposal(proposalId, GERMANY, reason);
	}

	private ProposalAccepted accepted() {
		return new ProposalAccepted(proposalId, requestId, offerId, GERMANY);
	}

	private ProposalDeclined declined() {
		return new ProposalDeclined(proposalId, requestId, offerId, GERMANY, "no budget left this year");
	}

	private ProposalReminderDue reminderDue() {
		return new ProposalReminderDue(proposalId, requestId, offerId, GERMANY);
	}

	private ProposalExpired expired() {
		return new ProposalExpired(proposalId, requestId, offerId, GERMANY);
	}

	private ProposalCancelled cancelled(String reason) {
		return new ProposalCancelled(proposalId, requestId, offerId, GERMANY, reason);
	}

	private MatchConfirmed confirmed() {
		return new MatchConfirmed(proposalId, requestId, offerId, GERMANY);
	}

	private AssistanceDelivered delivered() {
		return new AssistanceDelivered(proposalId, requestId, offerId, GERMANY, "workshop held");
	}

	private static Matcher<Object> violationOf(String field) {
		return Matchers.allOf(Matchers.instanceOf(InvalidDetailsException.class),
				new FeatureMatcher<Object, List<String>>(Matchers.hasItem(field), "violations of fields",
						"violated fields") {

					@Override
					protected List<String> featureValueOf(Object actual) {
						return ((InvalidDetailsException) actual).violations().stream().map(Violation::field).toList();
					}

				});
	}

	@Nested
	class Proposing {

		@Test
		void proposing_emits_proposed_with_the_time_the_provider_has_to_answer() {
			fixture.givenCurrentTime(PROPOSED_AT).when(propose()).expectEvents(proposed());
		}

		@Test
		void proposing_schedules_a_reminder_at_half_time_and_the_expiry_at_full_time() {
			fixture.givenCurrentTime(PROPOSED_AT)
				.when(propose())
				.expectScheduledDeadlineWithName(HALF_TIME, REMINDER)
				.expectScheduledDeadlineWithName(ANSWER_WITHIN, EXPIRY)
				.expectScheduledDeadlineWithName(PROPOSED_AT.plus(ANSWER_WITHIN), EXPIRY);
		}

		@Test
		void proposing_a_pair_already_proposed_changes_nothing() {
			fixture.givenCurrentTime(PROPOSED_AT)
				.andGiven(proposed())
				.when(propose())
				.expectSuccessfulHandlerExecution()
				.expectNoEvents()
				.expectNoScheduledDeadlines();
		}

		@Test
		void a_shorter_answer_period_moves_both_deadlines() {
			fixture.givenCurrentTime(PROPOSED_AT)
				.when(new ProposeMatch(proposalId, requestId, offerId, GERMANY, 0.65, reasons, Duration.ofDays(10)))
				.expectEvents(new MatchProposed(proposalId, requestId, offerId, GERMANY, 0.65, reasons,
						PROPOSED_AT.plus(Duration.ofDays(10))))
				.expectScheduledDeadlineWithName(Duration.ofDays(5), REMINDER)
				.expectScheduledDeadlineWithName(Duration.ofDays(10), EXPIRY);
		}

	}

	@Nested
	class Answering {

		@Test
		void the_provider_it_was_made_to_accepts_it_and_the_deadlines_are_cancelled() {
			fixture.givenCurrentTime(PROPOSED_AT)
				.andGivenCommands(propose())
				.when(accept())
				.expectEvents(accepted())
				.expectNoScheduledDeadlines();
		}

		@Test
		void another_provider_cannot_accept_it() {
			fixture.givenCurrentTime(PROPOSED_AT)
				.andGivenCommands(propose())
				.when(new AcceptProposal(proposalId, IAEA))
				.expectException(WrongProviderException.class)
				.expectNoEvents()
				.expectScheduledDeadlineWithName(ANSWER_WITHIN, EXPIRY);
		}

		@Test
		void another_provider_cannot_decline_it() {
			fixture.given(proposed())
				.when(new DeclineProposal(proposalId, IAEA, "not ours"))
				.expectException(WrongProviderException.class)
				.expectNoEvents();
		}

		@Test
		void the_provider_declines_it_saying_why_and_the_deadlines_are_cancelled() {
			fixture.givenCurrentTime(PROPOSED_AT)
				.andGivenCommands(propose())
				.when(decline("  no budget left this year "))
				.expectEvents(declined())
				.expectNoScheduledDeadlines();
		}

		@ParameterizedTest(name = "reason [{0}]")
		@NullSource
		@ValueSource(strings = { "", "   ", "\t\n" })
		void declining_needs_a_reason(String reason) {
			fixture.given(proposed()).when(decline(reason)).expectException(violationOf("reason")).expectNoEvents();
		}

		@Test
		void an_accepted_proposal_cannot_be_accepted_again() {
			fixture.given(proposed(), accepted())
				.when(accept())
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@Test
		void an_accepted_proposal_cannot_be_declined() {
			fixture.given(proposed(), accepted())
				.when(decline("changed our mind"))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@Test
		void a_declined_proposal_cannot_be_accepted() {
			fixture.given(proposed(), declined())
				.when(accept())
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@Test
		void an_expired_proposal_cannot_be_answered() {
			fixture.given(proposed(), reminderDue(), expired())
				.when(accept())
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@Test
		void a_cancelled_proposal_cannot_be_answered() {
			fixture.given(proposed(), cancelled("the request was withdrawn"))
				.when(decline("too late"))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@Test
		void a_reminded_proposal_can_still_be_answered() {
			fixture.given(proposed(), reminderDue()).when(accept()).expectEvents(accepted());
		}

	}

	@Nested
	class Reminder_and_expiry {

		@Test
		void an_unanswered_proposal_is_not_reminded_before_half_time() {
			fixture.givenCurrentTime(PROPOSED_AT)
				.andGivenCommands(propose())
				.whenThenTimeElapses(HALF_TIME.minusMinutes(1))
				.expectNoEvents();
		}

		@Test
		void the_provider_is_reminded_at_half_time_of_an_unanswered_proposal() {
			fixture.givenCurrentTime(PROPOSED_AT)
				.andGivenCommands(propose())
				.whenThenTimeElapses(HALF_TIME)
				.expectTriggeredDeadlinesWithName(REMINDER)
				.expectEvents(reminderDue())
				.expectScheduledDeadlineWithName(PROPOSED_AT.plus(ANSWER_WITHIN), EXPIRY);
		}

		@Test
		void an_unanswered_proposal_has_not_expired_a_minute_before_full_time() {
			fixture.givenCurrentTime(PROPOSED_AT)
				.andGivenCommands(propose())
				.whenThenTimeElapses(ANSWER_WITHIN.minusMinutes(1))
				.expectEvents(reminderDue());
		}

		@Test
		void an_unanswered_proposal_expires_at_full_time() {
			fixture.givenCurrentTime(PROPOSED_AT)
				.andGivenCommands(propose())
				.whenThenTimeAdvancesTo(PROPOSED_AT.plus(ANSWER_WITHIN))
				.expectTriggeredDeadlinesWithName(REMINDER, EXPIRY)
				.expectEvents(reminderDue(), expired());
		}

		@Test
		void an_accepted_proposal_is_neither_reminded_nor_expired() {
			fixture.givenCurrentTime(PROPOSED_AT)
				.andGivenCommands(propose(), accept())
				.whenThenTimeElapses(ANSWER_WITHIN.plusDays(1))
				.expectNoEvents();
		}

		@Test
		void a_declined_proposal_is_neither_reminded_nor_expired() {
			fixture.givenCurrentTime(PROPOSED_AT)
				.andGivenCommands(propose(), decline("no budget left this year"))
				.whenThenTimeElapses(ANSWER_WITHIN.plusDays(1))
				.expectNoEvents();
		}

		@Test
		void a_cancelled_proposal_is_neither_reminded_nor_expired() {
			fixture.givenCurrentTime(PROPOSED_AT)
				.andGivenCommands(propose(), new CancelProposal(proposalId, "the request was withdrawn"))
				.whenThenTimeElapses(ANSWER_WITHIN.plusDays(1))
				.expectNoEvents();
		}

	}

	@Nested
	class Cancelling {

		@Test
		void an_unanswered_proposal_is_cancelled_and_its_deadlines_with_it() {
			fixture.givenCurrentTime(PROPOSED_AT)
				.andGivenCommands(propose())
				.when(new CancelProposal(proposalId, "the request was withdrawn"))
				.expectEvents(cancelled("the request was withdrawn"))
				.expectNoScheduledDeadlines();
		}

		@Test
		void an_accepted_proposal_can_be_cancelled() {
			fixture.given(proposed(), accepted())
				.when(new CancelProposal(proposalId, "the request was withdrawn"))
				.expectEvents(cancelled("the request was withdrawn"));
		}

		@Test
		void cancelling_a_declined_proposal_changes_nothing() {
			fixture.given(proposed(), declined())
				.when(new CancelProposal(proposalId, "the request was withdrawn"))
				.expectSuccessfulHandlerExecution()
				.expectNoEvents();
		}

		@Test
		void cancelling_an_expired_proposal_changes_nothing() {
			fixture.given(proposed(), reminderDue(), expired())
				.when(new CancelProposal(proposalId, "the request was withdrawn"))
				.expectSuccessfulHandlerExecution()
				.expectNoEvents();
		}

		@Test
		void cancelling_twice_changes_nothing_the_second_time() {
			fixture.given(proposed(), cancelled("the request was withdrawn"))
				.when(new CancelProposal(proposalId, "the request was closed"))
				.expectSuccessfulHandlerExecution()
				.expectNoEvents();
		}

	}

	@Nested
	class Following_the_match_to_delivery {

		@Test
		void an_accepted_proposal_is_confirmed_as_a_match() {
			fixture.given(proposed(), accepted()).when(new ConfirmMatch(proposalId)).expectEvents(confirmed());
		}

		@Test
		void a_confirmed_match_is_delivered() {
			fixture.given(proposed(), accepted(), confirmed())
				.when(new RecordDelivery(proposalId, " workshop held "))
				.expectEvents(delivered());
		}

		@Test
		void the_delivery_note_may_be_left_out() {
			fixture.given(proposed(), accepted(), confirmed())
				.when(new RecordDelivery(proposalId, null))
				.expectEvents(new AssistanceDelivered(proposalId, requestId, offerId, GERMANY, ""));
		}

		@ParameterizedTest(name = "{0}")
		@EnumSource(FeedbackOutcome.class)
		void a_delivered_match_is_closed_with_the_providers_feedback(FeedbackOutcome outcome) {
			fixture.given(proposed(), accepted(), confirmed(), delivered())
				.when(new CloseMatch(proposalId, outcome, "legislation drafted"))
				.expectEvents(new MatchClosed(proposalId, requestId, offerId, GERMANY, outcome, "legislation drafted"));
		}

		@Test
		void a_match_is_not_closed_without_an_outcome() {
			fixture.given(proposed(), accepted(), confirmed(), delivered())
				.when(new CloseMatch(proposalId, null, "legislation drafted"))
				.expectException(violationOf("outcome"))
				.expectNoEvents();
		}

		@Test
		void the_whole_way_from_proposal_to_closed_match() {
			fixture.givenCurrentTime(PROPOSED_AT)
				.andGivenCommands(propose(), accept(), new ConfirmMatch(proposalId),
						new RecordDelivery(proposalId, "workshop held"))
				.when(new CloseMatch(proposalId, FeedbackOutcome.MET, "legislation drafted"))
				.expectEvents(new MatchClosed(proposalId, requestId, offerId, GERMANY, FeedbackOutcome.MET,
						"legislation drafted"));
		}

		@Test
		void an_unanswered_proposal_cannot_be_confirmed() {
			fixture.given(proposed())
				.when(new ConfirmMatch(proposalId))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@Test
		void a_declined_proposal_cannot_be_confirmed() {
			fixture.given(proposed(), declined())
				.when(new ConfirmMatch(proposalId))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@Test
		void a_match_cannot_be_confirmed_twice() {
			fixture.given(proposed(), accepted(), confirmed())
				.when(new ConfirmMatch(proposalId))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@Test
		void an_unconfirmed_match_cannot_be_delivered() {
			fixture.given(proposed(), accepted())
				.when(new RecordDelivery(proposalId, "workshop held"))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@Test
		void a_delivered_match_cannot_be_delivered_again() {
			fixture.given(proposed(), accepted(), confirmed(), delivered())
				.when(new RecordDelivery(proposalId, "again"))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@Test
		void an_undelivered_match_cannot_be_closed() {
			fixture.given(proposed(), accepted(), confirmed())
				.when(new CloseMatch(proposalId, FeedbackOutcome.MET, "legislation drafted"))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@Test
		void a_closed_match_cannot_be_closed_again() {
			fixture
				.given(proposed(), accepted(), confirmed(), delivered(),
						new MatchClosed(proposalId, requestId, offerId, GERMANY, FeedbackOutcome.MET, ""))
				.when(new CloseMatch(proposalId, FeedbackOutcome.NOT_MET, "changed our view"))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@Test
		void a_confirmed_match_is_no_longer_cancelled() {
			fixture.given(proposed(), accepted(), confirmed())
				.when(new CancelProposal(proposalId, "the request was withdrawn"))
				.expectSuccessfulHandlerExecution()
				.expectNoEvents();
		}

	}

}
