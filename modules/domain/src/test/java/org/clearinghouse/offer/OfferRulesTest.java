package org.clearinghouse.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.clearinghouse.vocabulary.InvalidDetailsException;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an offer must say to be registered: each rule, and all broken rules reported
 * together.
 */
class OfferRulesTest {

	private final OfferId offerId = OfferId.random();

	private FixtureConfiguration<Offer> fixture;

	@BeforeEach
	void setUp() {
		fixture = new AggregateTestFixture<>(Offer.class);
	}

	/**
	 * Given no prior activity, registering these details is rejected and nothing happens.
	 */
	private void registeringIsRejected(OfferDetails details) {
		fixture.givenNoPriorActivity()
			.when(new RegisterOffer(offerId, details))
			.expectException(InvalidDetailsException.class)
			.expectNoEvents();
	}

	private void registeringIsAccepted(OfferDetails details) {
		fixture.givenNoPriorActivity()
			.when(new RegisterOffer(offerId, details))
			.expectSuccessfulHandlerExecution()
			.expectEvents(new OfferRegistered(offerId, details), new OfferPublished(offerId));
	}

	private static List<String> violatedFields(OfferDetails details) {
		return details.violations().stream().map(Violation::field).toList();
	}

	@Test
	void the_example_offer_breaks_no_rule() {
		assertThat(Offers.valid().build().violations()).isEmpty();
		registeringIsAccepted(Offers.valid().build());
	}

	@Test
	void an_offer_names_at_least_one_area() {
		OfferDetails details = Offers.valid().areas().build();
		registeringIsRejected(details);
		assertThat(violatedFields(details)).containsExactly("areas");
	}

	@Test
	void an_offer_names_at_least_one_assistance_type() {
		OfferDetails details = Offers.valid().assistanceTypes().build();
		registeringIsRejected(details);
		assertThat(violatedFields(details)).containsExactly("assistanceTypes");
	}

	@Test
	void an_offer_has_a_provider() {
		OfferDetails details = Offers.valid().provider(null).build();
		registeringIsRejected(details);
		assertThat(violatedFields(details)).containsExactly("provider");
	}

	@Test
	void an_organization_may_offer() {
		registeringIsAccepted(Offers.valid().provider(Provider.organization("BWC-ISU")).build());
	}

	@Test
	void an_offer_serves_at_least_one_request() {
		OfferDetails details = Offers.valid().capacity(0).build();
		registeringIsRejected(details);
		assertThat(violatedFields(details)).containsExactly("capacity");
		assertThat(violatedFields(Offers.valid().capacity(-1).build())).containsExactly("capacity");
	}

	@Test
	void an_offer_for_a_single_request_is_accepted() {
		assertThat(Offers.valid().capacity(1).build().violations()).isEmpty();
	}

	@Test
	void an_offer_is_not_available_until_before_it_is_available_from() {
		OfferDetails details = Offers.valid().available(LocalDate.of(2015, 1, 1), LocalDate.of(2014, 12, 31)).build();
		registeringIsRejected(details);
		assertThat(violatedFields(details)).containsExactly("availableUntil");
	}

	@Test
	void an_offer_may_be_available_for_a_single_day() {
		LocalDate day = LocalDate.of(2014, 9, 15);
		assertThat(Offers.valid().available(day, day).build().violations()).isEmpty();
	}

	@Test
	void an_offer_may_leave_its_availability_open() {
		assertThat(Offers.valid().available(null, null).build().violations()).isEmpty();
		assertThat(Offers.valid().available(LocalDate.of(2014, 7, 1), null).build().violations()).isEmpty();
	}

	@Test
	void an_offer_may_serve_any_state() {
		assertThat(Offers.valid().eligibleRegions().eligibleStates().build().violations()).isEmpty();
	}

	@Test
	void an_offer_title_follows_the_title_rules() {
		assertThat(violatedFields(Offers.valid().title(" ").build())).containsExactly("title");
		assertThat(violatedFields(Offers.valid().title("a".repeat(201)).build())).containsExactly("title");
		assertThat(violatedFields(Offers.valid().title("Training\u0007").build())).containsExactly("title");
		assertThat(violatedFields(Offers.valid().title("Training\nprogramme").build())).containsExactly("title");
		assertThat(Offers.valid().title("a".repeat(200)).build().violations()).isEmpty();
	}

	@Test
	void an_offer_description_may_have_10000_characters_and_line_breaks() {
		String tenThousandCharactersOnHundredLines = ("a".repeat(99) + "\n").repeat(99) + "a".repeat(100);
		assertThat(tenThousandCharactersOnHundredLines).hasSize(10_000);
		assertThat(Offers.valid().description(tenThousandCharactersOnHundredLines).build().violations()).isEmpty();
		assertThat(violatedFields(Offers.valid().description("a".repeat(10_001)).build()))
			.containsExactly("description");
	}

	@Test
	void all_violations_are_reported_together() {
		OfferDetails details = Offers.valid()
			.provider(null)
			.title("")
			.areas()
			.assistanceTypes()
			.capacity(0)
			.available(LocalDate.of(2015, 1, 1), LocalDate.of(2014, 1, 1))
			.build();
		registeringIsRejected(details);
		assertThatThrownBy(details::enforce).isInstanceOfSatisfying(InvalidDetailsException.class,
				ex -> assertThat(ex.violations()).extracting(Violation::field)
					.containsExactlyInAnyOrder("provider", "title", "areas", "assistanceTypes", "capacity",
							"availableUntil"));
	}

	@Test
	void consent_not_stated_is_pending() {
		assertThat(Offers.valid().consent(null).build().publicationConsent()).isEqualTo(PublicationConsent.PENDING);
	}

}
