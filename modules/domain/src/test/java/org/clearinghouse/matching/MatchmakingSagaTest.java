package org.clearinghouse.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearinghouse.matching.OfferProfiles.germany;
import static org.clearinghouse.matching.OfferProfiles.id;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.axonframework.test.saga.SagaTestFixture;
import org.clearinghouse.offer.OfferCapacityUsed;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.Provider;
import org.clearinghouse.offer.ProviderCode;
import org.clearinghouse.request.RecordCirculation;
import org.clearinghouse.request.RequestAmended;
import org.clearinghouse.request.RequestClosed;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.request.RequestJoinedToJointRequest;
import org.clearinghouse.request.RequestRegistered;
import org.clearinghouse.request.RequestWithdrawn;
import org.clearinghouse.vocabulary.ProposalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The matcher of one request: it proposes the best three candidates, replaces each that
 * is declined, expires or is cancelled with the next one, never proposes a pair twice,
 * and stops when the request is matched, withdrawn or closed.
 */
class MatchmakingSagaTest {

	private static final Duration ANSWER_WITHIN = MatchingSettings.DEFAULT.answerWithin();

	private static final Instant EXPIRES_AT = Instant.parse("2014-07-06T10:00:00Z");

	private static final List<String> REASONS = List.of("both cover EXPORT_CONTROL", "offer works in en");

	private static final RequestId JOINT_REQUEST = RequestId.of("6a0f3c1e-2b4d-4e5f-8a9b-0c1d2e3f4a5b");

	private final RequestId requestId = RequestId.random();

	private final RequestDetails request = RequestsToMatch.kenya().build();

	/** The candidates, best first, as the finder ranks them. */
	private final Candidate a = candidate(1, Provider.state("DEU"), 0.9);

	private final Candidate b = candidate(2, Provider.state("FRA"), 0.8);

	private final Candidate c = candidate(3, Provider.organization("IAEA"), 0.7);

	private final Candidate d = candidate(4, Provider.organization("OPCW"), 0.6);

	private final Candidate e = candidate(5, Provider.state("GBR"), 0.5);

	private final Candidate f = candidate(6, Provider.organization("UNODC"), 0.4);

	private final ListedCandidates finder = new ListedCandidates();

	private SagaTestFixture<MatchmakingSaga> fixture;

	@BeforeEach
	void setUp() {
		fixture = new SagaTestFixture<>(MatchmakingSaga.class);
		fixture.registerResource(finder);
		fixture.registerResource(MatchingSettings.DEFAULT);
		// the command gateway is the fixture's own: it records what the saga sends
		finder.rank(a, b, c, d, e);
	}

	private static Candidate candidate(int n, Provider provider, double score) {
		return new Candidate(germany().id(id(n)).provider(provider).build(), score, REASONS);
	}

	private static Candidate full(Candidate candidate) {
		OfferProfile offer = candidate.offer();
		return new Candidate(new OfferProfile(offer.offerId(), offer.details(), offer.active(), 0), candidate.score(),
				candidate.reasons());
	}

	private ProposalId proposalOf(Candidate candidate) {
		return ProposalId.forPair(requestId.value(), candidate.offer().offerId().value());
	}

	private OfferId offerOf(Candidate candidate) {
		return candidate.offer().offerId();
	}

	private ProviderCode providerOf(Candidate candidate) {
		return candidate.offer().details().provider().code();
	}

	private RequestRegistered registered() {
		return new RequestRegistered(requestId, request);
	}

	private ProposeMatch propose(Candidate candidate) {
		return new ProposeMatch(proposalOf(candidate), requestId, offerOf(candidate), providerOf(candidate),
				candidate.score(), candidate.reasons(), ANSWER_WITHIN);
	}

	private MatchProposed proposed(Candidate candidate) {
		return new MatchProposed(proposalOf(candidate), requestId, offerOf(candidate), providerOf(candidate),
				candidate.score(), candidate.reasons(), EXPIRES_AT);
	}

	private ProposalDeclined declined(Candidate candidate) {
		return new ProposalDeclined(proposalOf(candidate), requestId, offerOf(candidate), providerOf(candidate),
				"no budget left this year");
	}

	private ProposalAccepted accepted(Candidate candidate) {
		return new ProposalAccepted(proposalOf(candidate), requestId, offerOf(candidate), providerOf(candidate));
	}

	private CancelProposal cancel(Candidate candidate, String reason) {
		return new CancelProposal(proposalOf(candidate), reason);
	}

	/** Registered, and its three best candidates proposed and seen as proposed. */
	private void givenTheFirstThreeProposed() {
		fixture.givenAPublished(registered())
			.andThenAPublished(proposed(a))
			.andThenAPublished(proposed(b))
			.andThenAPublished(proposed(c));
	}

	/** How a proposal ends without being accepted. */
	enum Unanswered {

		DECLINED, EXPIRED, CANCELLED

	}

	/** The event that says how the proposal of the candidate ended unanswered. */
	private Object ended(Unanswered how, Candidate candidate) {
		return switch (how) {
			case DECLINED -> declined(candidate);
			case EXPIRED ->
				new ProposalExpired(proposalOf(candidate), requestId, offerOf(candidate), providerOf(candidate));
			case CANCELLED -> new ProposalCancelled(proposalOf(candidate), requestId, offerOf(candidate),
					providerOf(candidate), "the offer was withdrawn");
		};
	}

	/** How a request goes away, as the event that says so. */
	enum Ending {

		WITHDRAWN("the request was withdrawn", id -> new RequestWithdrawn(id, "no longer needed")),

		CLOSED("the request was closed", id -> new RequestClosed(id, "met by a workshop")),

		JOINED("the request is now served by the joint request " + JOINT_REQUEST,
				id -> new RequestJoinedToJointRequest(id, JOINT_REQUEST));

		private final String reason;

		private final Function<RequestId, Object> event;

		Ending(String reason, Function<RequestId, Object> event) {
			this.reason = reason;
			this.event = event;
		}

	}

	@Nested
	class On_registration {

		@Test
		void a_registered_request_is_proposed_to_its_three_best_candidates() {
			fixture.givenNoPriorActivity()
				.whenPublishingA(registered())
				.expectSuccessfulHandlerExecution()
				.expectDispatchedCommands(propose(a), propose(b), propose(c))
				.expectActiveSagas(1)
				.expectAssociationWith("requestId", requestId);
			assertThat(finder.asked).containsExactly(new Asked(Set.of(), 3));
		}

		@Test
		void fewer_candidates_than_three_are_all_proposed() {
			finder.rank(a, b);
			fixture.givenNoPriorActivity()
				.whenPublishingA(registered())
				.expectDispatchedCommands(propose(a), propose(b));
		}

		@Test
		void a_request_without_any_candidate_is_proposed_to_nobody() {
			finder.rank();
			fixture.givenNoPriorActivity()
				.whenPublishingA(registered())
				.expectNoDispatchedCommands()
				.expectActiveSagas(1);
		}

		@Test
		void offers_whose_capacity_is_exhausted_are_not_proposed() {
			finder.rank(full(a), full(b), full(c));
			fixture.givenNoPriorActivity().whenPublishingA(registered()).expectNoDispatchedCommands();
		}

		@Test
		void a_full_offer_is_passed_over_for_the_next_with_capacity() {
			finder.rank(a, full(b), c, d);
			fixture.givenNoPriorActivity()
				.whenPublishingA(registered())
				.expectDispatchedCommands(propose(a), propose(c), propose(d));
		}

	}

	@Nested
	class Circulation {

		@Test
		void the_first_proposal_seen_records_the_circulation_of_the_request() {
			fixture.givenAPublished(registered())
				.whenPublishingA(proposed(a))
				.expectDispatchedCommands(new RecordCirculation(requestId));
		}

		@Test
		void the_circulation_is_recorded_only_once() {
			fixture.givenAPublished(registered())
				.andThenAPublished(proposed(a))
				.whenPublishingA(proposed(b))
				.expectNoDispatchedCommands();
		}

	}

	@Nested
	class Replacing_a_proposal {

		@ParameterizedTest(name = "{0}")
		@EnumSource(Unanswered.class)
		void an_unanswered_proposal_makes_way_for_the_next_candidate(Unanswered how) {
			givenTheFirstThreeProposed();
			fixture.whenPublishingA(ended(how, a)).expectDispatchedCommands(propose(d));
		}

		@Test
		void a_declined_proposal_makes_way_for_the_next_candidate_and_no_pair_proposed_before() {
			givenTheFirstThreeProposed();
			fixture.whenPublishingA(declined(a)).expectDispatchedCommands(propose(d));
			assertThat(finder.asked).last().isEqualTo(new Asked(Set.of(offerOf(a), offerOf(b), offerOf(c)), 1));
		}

		@Test
		void a_replacement_that_is_declined_makes_way_for_the_one_after() {
			givenTheFirstThreeProposed();
			fixture.andThenAPublished(declined(a))
				.andThenAPublished(proposed(d))
				.whenPublishingA(declined(d))
				.expectDispatchedCommands(propose(e));
			assertThat(finder.asked).last()
				.isEqualTo(new Asked(Set.of(offerOf(a), offerOf(b), offerOf(c), offerOf(d)), 1));
		}

		@Test
		void a_pair_is_never_proposed_again_even_if_it_ranks_best() {
			givenTheFirstThreeProposed();
			fixture.andThenAPublished(declined(a))
				.andThenAPublished(proposed(d))
				.andThenAPublished(declined(b))
				.andThenAPublished(proposed(e))
				.whenPublishingA(declined(c))
				.expectNoDispatchedCommands();
		}

		@Test
		void when_no_candidate_is_left_nothing_is_proposed() {
			finder.rank(a, b, c);
			givenTheFirstThreeProposed();
			fixture.whenPublishingA(declined(a)).expectNoDispatchedCommands().expectActiveSagas(1);
		}

		@Test
		void when_the_remaining_candidates_are_full_nothing_is_proposed() {
			finder.rank(a, b, c, full(d), full(e));
			givenTheFirstThreeProposed();
			fixture.whenPublishingA(declined(a)).expectNoDispatchedCommands();
		}

		@Test
		void a_proposal_that_ends_twice_makes_way_only_once() {
			givenTheFirstThreeProposed();
			fixture.andThenAPublished(declined(a))
				.andThenAPublished(proposed(d))
				.whenPublishingA(ended(Unanswered.CANCELLED, a))
				.expectNoDispatchedCommands();
		}

		@Test
		void the_amended_request_is_the_one_matched_from_then_on() {
			RequestDetails amended = RequestsToMatch.kenya().languages("fr").build();
			givenTheFirstThreeProposed();
			fixture.andThenAPublished(new RequestAmended(requestId, amended))
				.whenPublishingA(declined(a))
				.expectDispatchedCommands(propose(d));
			assertThat(finder.requests).last().isEqualTo(amended);
		}

	}

	@Nested
	class Matched {

		@Test
		void an_accepted_proposal_cancels_the_other_open_proposals() {
			givenTheFirstThreeProposed();
			fixture.whenPublishingA(accepted(b))
				.expectDispatchedCommands(cancel(a, "the request was matched with another offer"),
						cancel(c, "the request was matched with another offer"))
				.expectActiveSagas(1);
		}

		@Test
		void the_matcher_ends_once_the_accepted_offer_holds_a_unit_for_it() {
			givenTheFirstThreeProposed();
			fixture.andThenAPublished(accepted(b))
				.whenPublishingA(new OfferCapacityUsed(offerOf(b), proposalOf(b), 0))
				.expectNoDispatchedCommands()
				.expectActiveSagas(0);
		}

		@Test
		void an_acceptance_cancelled_because_the_offer_was_fully_used_makes_way_for_the_next_candidate() {
			givenTheFirstThreeProposed();
			fixture.andThenAPublished(accepted(b))
				.andThenAPublished(ended(Unanswered.CANCELLED, a))
				.andThenAPublished(ended(Unanswered.CANCELLED, c))
				.whenPublishingA(ended(Unanswered.CANCELLED, b))
				.expectDispatchedCommands(propose(d), propose(e))
				.expectActiveSagas(1);
		}

		@Test
		void the_replacements_are_cancelled_too_but_not_the_answered_ones() {
			givenTheFirstThreeProposed();
			fixture.andThenAPublished(declined(a))
				.andThenAPublished(proposed(d))
				.whenPublishingA(accepted(c))
				.expectDispatchedCommands(cancel(b, "the request was matched with another offer"),
						cancel(d, "the request was matched with another offer"));
		}

		@Test
		void after_the_match_nothing_more_is_proposed() {
			givenTheFirstThreeProposed();
			fixture.andThenAPublished(accepted(b))
				.whenPublishingA(ended(Unanswered.CANCELLED, a))
				.expectNoDispatchedCommands();
		}

	}

	@Nested
	class The_request_goes_away {

		@ParameterizedTest(name = "{0}")
		@EnumSource(Ending.class)
		void the_open_proposals_are_cancelled_and_the_matcher_ends(Ending ending) {
			givenTheFirstThreeProposed();
			fixture.whenPublishingA(ending.event.apply(requestId))
				.expectDispatchedCommands(cancel(a, ending.reason), cancel(b, ending.reason), cancel(c, ending.reason))
				.expectActiveSagas(0);
		}

		@ParameterizedTest(name = "{0}")
		@EnumSource(Ending.class)
		void answered_proposals_are_not_cancelled(Ending ending) {
			givenTheFirstThreeProposed();
			fixture.andThenAPublished(declined(a))
				.andThenAPublished(proposed(d))
				.whenPublishingA(ending.event.apply(requestId))
				.expectDispatchedCommands(cancel(b, ending.reason), cancel(c, ending.reason), cancel(d, ending.reason))
				.expectActiveSagas(0);
		}

		@ParameterizedTest(name = "{0}")
		@EnumSource(Ending.class)
		void a_request_without_open_proposals_just_ends_its_matcher(Ending ending) {
			finder.rank();
			fixture.givenAPublished(registered())
				.whenPublishingA(ending.event.apply(requestId))
				.expectNoDispatchedCommands()
				.expectActiveSagas(0);
		}

	}

	/**
	 * Joined to a joint request: the joint request has a matcher of its own, so the
	 * original's stops, but an acceptance already given stands.
	 */
	@Nested
	class Joined_to_a_joint_request {

		private final RequestJoinedToJointRequest joined = new RequestJoinedToJointRequest(requestId, JOINT_REQUEST);

		private final String reason = "the request is now served by the joint request " + JOINT_REQUEST;

		@Test
		void an_accepted_proposal_stands_and_the_matcher_waits_for_its_capacity() {
			givenTheFirstThreeProposed();
			fixture.andThenAPublished(accepted(b))
				.andThenAPublished(ended(Unanswered.CANCELLED, a))
				.andThenAPublished(ended(Unanswered.CANCELLED, c))
				.whenPublishingA(joined)
				.expectNoDispatchedCommands()
				.expectActiveSagas(1);
		}

		@Test
		void if_the_accepted_offer_has_no_unit_left_nothing_else_is_proposed_and_the_matcher_ends() {
			givenTheFirstThreeProposed();
			fixture.andThenAPublished(accepted(b))
				.andThenAPublished(ended(Unanswered.CANCELLED, a))
				.andThenAPublished(ended(Unanswered.CANCELLED, c))
				.andThenAPublished(joined)
				.whenPublishingA(ended(Unanswered.CANCELLED, b))
				.expectNoDispatchedCommands()
				.expectActiveSagas(0);
		}

		@Test
		void a_decline_after_the_join_is_not_replaced() {
			givenTheFirstThreeProposed();
			fixture.andThenAPublished(joined)
				.whenPublishingA(declined(a))
				.expectNoDispatchedCommands()
				.expectActiveSagas(0);
		}

		@Test
		void the_cancellation_names_the_joint_request() {
			givenTheFirstThreeProposed();
			fixture.whenPublishingA(joined)
				.expectDispatchedCommands(cancel(a, reason), cancel(b, reason), cancel(c, reason));
		}

	}

	/**
	 * The saga sends ProposeMatch and only learns that the proposal exists when its
	 * MatchProposed event arrives. Events of the same request may come in between: the
	 * State withdraws its request just after registering it, or a donor declines while
	 * the replacement for another decline is on its way. These specify what must hold
	 * then.
	 */
	@Nested
	class Proposals_sent_but_not_yet_seen {

		@ParameterizedTest(name = "{0}")
		@EnumSource(Ending.class)
		void proposals_sent_before_the_request_went_away_are_cancelled_even_if_not_yet_seen(Ending ending) {
			fixture.givenAPublished(registered())
				.whenPublishingA(ending.event.apply(requestId))
				.expectDispatchedCommands(cancel(a, ending.reason), cancel(b, ending.reason), cancel(c, ending.reason))
				.expectActiveSagas(0);
		}

		@Test
		void no_more_than_three_proposals_are_open_at_once() {
			finder.rank(a, b, c, d, e, f);
			givenTheFirstThreeProposed();
			// the replacement for a (d) is sent, but its MatchProposed comes after the
			// decline of b: c and d are open, so one more is wanted, not two
			fixture.andThenAPublished(declined(a)).whenPublishingA(declined(b)).expectDispatchedCommands(propose(e));
		}

	}

	/** What the saga asked the finder for. */
	record Asked(Set<OfferId> exclude, int limit) {

	}

	/**
	 * A candidate finder over a list ranked by the test, best first. Like the real one,
	 * it gives only offers that are active with capacity left, leaves out those to
	 * exclude, and gives at most the limit.
	 */
	static final class ListedCandidates implements CandidateFinder {

		private final List<Candidate> ranked = new ArrayList<>();

		final List<Asked> asked = new ArrayList<>();

		final List<RequestDetails> requests = new ArrayList<>();

		void rank(Candidate... candidates) {
			ranked.clear();
			ranked.addAll(Arrays.asList(candidates));
		}

		@Override
		public List<Candidate> bestFor(RequestDetails request, Set<OfferId> exclude, int limit) {
			asked.add(new Asked(Set.copyOf(exclude), limit));
			requests.add(request);
			return ranked.stream()
				.filter(candidate -> candidate.offer().active() && candidate.offer().capacityLeft() > 0)
				.filter(candidate -> !exclude.contains(candidate.offer().offerId()))
				.limit(limit)
				.toList();
		}

	}

}
