package org.clearinghouse.offer;

import static org.clearinghouse.vocabulary.PublicationConsent.GIVEN;
import static org.clearinghouse.vocabulary.PublicationConsent.PENDING;
import static org.clearinghouse.vocabulary.PublicationConsent.REFUSED;

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

/** The life of an offer or programme: registration, amendment, publication, its end. */
class OfferTest {

	private final OfferId offerId = OfferId.random();

	private final OfferDetails pending = Offers.valid().consent(PENDING).build();

	private final OfferDetails given = Offers.valid().consent(GIVEN).build();

	private final OfferDetails refused = Offers.valid().consent(REFUSED).build();

	private FixtureConfiguration<Offer> fixture;

	@BeforeEach
	void setUp() {
		fixture = new AggregateTestFixture<>(Offer.class);
	}

	private OfferRegistered registered(OfferDetails details) {
		return new OfferRegistered(offerId, details);
	}

	private OfferAmended amended(OfferDetails details) {
		return new OfferAmended(offerId, details);
	}

	private OfferPublished published() {
		return new OfferPublished(offerId);
	}

	private OfferUnpublished unpublished() {
		return new OfferUnpublished(offerId);
	}

	private AmendOffer amend(OfferDetails details) {
		return new AmendOffer(offerId, details);
	}

	@Nested
	class Registering {

		@Test
		void registering_with_consent_given_registers_and_publishes_the_offer() {
			fixture.givenNoPriorActivity()
				.when(new RegisterOffer(offerId, given))
				.expectEvents(registered(given), published());
		}

		@Test
		void registering_with_consent_pending_only_registers_the_offer() {
			fixture.givenNoPriorActivity().when(new RegisterOffer(offerId, pending)).expectEvents(registered(pending));
		}

		@Test
		void registering_with_consent_refused_only_registers_the_offer() {
			fixture.givenNoPriorActivity().when(new RegisterOffer(offerId, refused)).expectEvents(registered(refused));
		}

		@Test
		void registering_without_stated_consent_registers_a_pending_offer() {
			fixture.givenNoPriorActivity()
				.when(new RegisterOffer(offerId, Offers.valid().consent(null).build()))
				.expectEvents(registered(pending));
		}

	}

	@Nested
	class Amending {

		@Test
		void amending_the_content_emits_amended() {
			OfferDetails larger = Offers.valid().capacity(5).build();
			fixture.given(registered(given), published()).when(amend(larger)).expectEvents(amended(larger));
		}

		@Test
		void amending_to_the_same_content_emits_nothing() {
			fixture.given(registered(given), published())
				.when(amend(Offers.valid().build()))
				.expectSuccessfulHandlerExecution()
				.expectNoEvents();
		}

		@Test
		void amending_to_the_same_content_with_sets_in_a_different_order_emits_nothing() {
			OfferDetails registeredDetails = Offers.valid()
				.areas(Area.EXPORT_CONTROL, Area.BORDER_CONTROL)
				.assistanceTypes(AssistanceType.TRAINING, AssistanceType.EXPERT_ADVICE)
				.languages("en", "fr")
				.eligibleRegions("002", "150")
				.eligibleStates("KEN", "GHA")
				.build();
			OfferDetails reordered = Offers.valid()
				.areas(Area.BORDER_CONTROL, Area.EXPORT_CONTROL)
				.assistanceTypes(AssistanceType.EXPERT_ADVICE, AssistanceType.TRAINING)
				.languages("fr", "en")
				.eligibleRegions("150", "002")
				.eligibleStates("GHA", "KEN")
				.build();
			fixture.given(registered(registeredDetails), published())
				.when(amend(reordered))
				.expectSuccessfulHandlerExecution()
				.expectNoEvents();
		}

		@Test
		void refusing_consent_unpublishes_a_published_offer() {
			fixture.given(registered(given), published())
				.when(amend(refused))
				.expectEvents(amended(refused), unpublished());
		}

		@Test
		void giving_consent_publishes_a_pending_offer() {
			fixture.given(registered(pending)).when(amend(given)).expectEvents(amended(given), published());
		}

		@Test
		void refusing_consent_to_an_unpublished_offer_only_amends_it() {
			fixture.given(registered(pending)).when(amend(refused)).expectEvents(amended(refused));
		}

		@Test
		void amending_a_published_offer_with_consent_still_given_keeps_it_published() {
			OfferDetails larger = Offers.valid().capacity(5).consent(GIVEN).build();
			fixture.given(registered(given), published()).when(amend(larger)).expectEvents(amended(larger));
		}

		@Test
		void an_amendment_that_breaks_the_rules_is_rejected() {
			fixture.given(registered(given), published())
				.when(amend(Offers.valid().capacity(0).build()))
				.expectException(InvalidDetailsException.class)
				.expectNoEvents();
		}

	}

	/** How an offer's life ends, as the event that ended it. */
	enum Ending {

		WITHDRAWN(id -> new OfferWithdrawn(id, "budget cut")),

		CLOSED(id -> new OfferClosed(id, "programme ended"));

		private final Function<OfferId, OfferEvent> event;

		Ending(Function<OfferId, OfferEvent> event) {
			this.event = event;
		}

		OfferEvent of(OfferId offerId) {
			return event.apply(offerId);
		}

	}

	@Nested
	class Ending_an_offer {

		@Test
		void withdrawing_an_active_offer_emits_withdrawn() {
			fixture.given(registered(given), published())
				.when(new WithdrawOffer(offerId, "budget cut"))
				.expectEvents(new OfferWithdrawn(offerId, "budget cut"));
		}

		@Test
		void closing_an_active_offer_emits_closed() {
			fixture.given(registered(given), published())
				.when(new CloseOffer(offerId, "programme ended"))
				.expectEvents(new OfferClosed(offerId, "programme ended"));
		}

		@ParameterizedTest(name = "after it was {0}")
		@EnumSource(Ending.class)
		void nothing_is_amended_after_the_offer_ended(Ending ending) {
			fixture.given(registered(pending), ending.of(offerId))
				.when(amend(given))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@ParameterizedTest(name = "after it was {0}")
		@EnumSource(Ending.class)
		void nothing_is_published_after_the_offer_ended(Ending ending) {
			// an offer is published by giving consent in an amendment: that too is
			// refused
			fixture.given(registered(refused), ending.of(offerId))
				.when(amend(given))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@ParameterizedTest(name = "after it was {0}")
		@EnumSource(Ending.class)
		void nothing_is_withdrawn_after_the_offer_ended(Ending ending) {
			fixture.given(registered(given), published(), ending.of(offerId))
				.when(new WithdrawOffer(offerId, "again"))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

		@ParameterizedTest(name = "after it was {0}")
		@EnumSource(Ending.class)
		void nothing_is_closed_after_the_offer_ended(Ending ending) {
			fixture.given(registered(given), published(), ending.of(offerId))
				.when(new CloseOffer(offerId, "again"))
				.expectException(IllegalStateException.class)
				.expectNoEvents();
		}

	}

}
