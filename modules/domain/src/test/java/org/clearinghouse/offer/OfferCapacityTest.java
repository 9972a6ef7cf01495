package org.clearinghouse.offer;

import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.clearinghouse.vocabulary.ProposalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A programme's capacity: each accepted proposal holds one unit of it, and gives it back
 * when cancelled.
 */
class OfferCapacityTest {

	private final OfferId offerId = OfferId.random();

	private final ProposalId first = new ProposalId(UUID.randomUUID());

	private final ProposalId second = new ProposalId(UUID.randomUUID());

	private final ProposalId third = new ProposalId(UUID.randomUUID());

	private FixtureConfiguration<Offer> fixture;

	@BeforeEach
	void setUp() {
		fixture = new AggregateTestFixture<>(Offer.class);
	}

	private OfferRegistered registeredWithCapacity(int capacity) {
		return new OfferRegistered(offerId, Offers.valid().capacity(capacity).build());
	}

	private UseOfferCapacity use(ProposalId proposal) {
		return new UseOfferCapacity(offerId, proposal);
	}

	private ReleaseOfferCapacity release(ProposalId proposal) {
		return new ReleaseOfferCapacity(offerId, proposal);
	}

	private OfferCapacityUsed used(ProposalId proposal, int remaining) {
		return new OfferCapacityUsed(offerId, proposal, remaining);
	}

	private OfferCapacityReleased released(ProposalId proposal, int remaining) {
		return new OfferCapacityReleased(offerId, proposal, remaining);
	}

	@Nested
	class Using_capacity {

		@Test
		void an_accepted_proposal_takes_one_unit_and_the_event_says_what_remains() {
			fixture.given(registeredWithCapacity(3)).when(use(first)).expectEvents(used(first, 2));
		}

		@Test
		void the_last_unit_can_be_used() {
			fixture.given(registeredWithCapacity(3), used(first, 2), used(second, 1))
				.when(use(third))
				.expectEvents(used(third, 0));
		}

		@Test
		void a_fully_used_offer_refuses_another_proposal() {
			fixture.given(registeredWithCapacity(1), used(first, 0))
				.when(use(second))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@Test
		void using_capacity_twice_for_the_same_proposal_emits_nothing() {
			fixture.given(registeredWithCapacity(3), used(first, 2))
				.when(use(first))
				.expectSuccessfulHandlerExecution()
				.expectNoEvents();
		}

		@Test
		void using_capacity_again_for_the_proposal_that_holds_the_last_unit_is_not_refused() {
			fixture.given(registeredWithCapacity(1), used(first, 0))
				.when(use(first))
				.expectSuccessfulHandlerExecution()
				.expectNoEvents();
		}

		@Test
		void a_withdrawn_offer_gives_no_capacity() {
			fixture.given(registeredWithCapacity(3), new OfferWithdrawn(offerId, "budget cut"))
				.when(use(first))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@Test
		void a_closed_offer_gives_no_capacity() {
			fixture.given(registeredWithCapacity(3), new OfferClosed(offerId, "programme ended"))
				.when(use(first))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@Test
		void a_larger_capacity_after_an_amendment_can_be_used() {
			fixture
				.given(registeredWithCapacity(1), used(first, 0),
						new OfferAmended(offerId, Offers.valid().capacity(2).build()))
				.when(use(second))
				.expectEvents(used(second, 0));
		}

	}

	@Nested
	class Releasing_capacity {

		@Test
		void a_cancelled_proposal_gives_its_unit_back() {
			fixture.given(registeredWithCapacity(3), used(first, 2))
				.when(release(first))
				.expectEvents(released(first, 3));
		}

		@Test
		void a_released_unit_can_be_used_by_another_proposal() {
			fixture.given(registeredWithCapacity(1), used(first, 0), released(first, 1))
				.when(use(second))
				.expectEvents(used(second, 0));
		}

		@Test
		void releasing_for_a_proposal_that_holds_no_unit_emits_nothing() {
			fixture.given(registeredWithCapacity(3), used(first, 2))
				.when(release(second))
				.expectSuccessfulHandlerExecution()
				.expectNoEvents();
		}

		@Test
		void releasing_twice_emits_nothing_the_second_time() {
			fixture.given(registeredWithCapacity(3), used(first, 2), released(first, 3))
				.when(release(first))
				.expectSuccessfulHandlerExecution()
				.expectNoEvents();
		}

		/**
		 * The capacity may be amended below what accepted proposals already hold. The
		 * remaining capacity a release reports must then be what is really left, the same
		 * figure the next use sees: capacity 1 with one unit still held leaves 0, not 1.
		 */
		@Test
		void after_the_capacity_was_lowered_a_release_reports_what_is_really_left() {
			fixture
				.given(registeredWithCapacity(3), used(first, 2), used(second, 1),
						new OfferAmended(offerId, Offers.valid().capacity(1).build()))
				.when(release(first))
				.expectEvents(released(first, 0));
		}

		@Test
		void after_the_capacity_was_lowered_below_what_is_held_no_further_unit_is_given() {
			fixture
				.given(registeredWithCapacity(3), used(first, 2), used(second, 1),
						new OfferAmended(offerId, Offers.valid().capacity(1).build()), released(first, 0))
				.when(use(third))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

	}

}
