package org.clearinghouse.catalogue;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.InvalidDetailsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The life of a catalogue entry: added with examples, amended, retired. */
class CatalogueEntryTest {

	private final CatalogueEntryId entryId = CatalogueEntryId.random();

	private final CatalogueEntryDetails drafting = new CatalogueEntryDetails(AssistanceType.LEGISLATIVE_DRAFTING,
			"Legislative drafting and review", "Help to write or review the laws that implement resolution 1540.",
			List.of("Legislative drafting assistance for a national export-control act"));

	private final CatalogueEntryDetails redrafted = new CatalogueEntryDetails(AssistanceType.LEGISLATIVE_DRAFTING,
			"Legislative drafting and review", "Help to write or review the laws that implement resolution 1540.",
			List.of("Legislative drafting assistance for a national export-control act",
					"Review of a draft biosecurity law against the resolution's obligations"));

	private FixtureConfiguration<CatalogueEntry> fixture;

	@BeforeEach
	void setUp() {
		fixture = new AggregateTestFixture<>(CatalogueEntry.class);
	}

	@Test
	void given_nothing_when_an_entry_is_added_then_it_is_in_the_catalogue() {
		fixture.givenNoPriorActivity()
			.when(new AddCatalogueEntry(entryId, drafting))
			.expectEvents(new CatalogueEntryAdded(entryId, drafting));
	}

	@Test
	void given_nothing_when_an_entry_without_examples_is_added_then_it_is_refused() {
		fixture.givenNoPriorActivity()
			.when(new AddCatalogueEntry(entryId,
					new CatalogueEntryDetails(AssistanceType.TRAINING, "Training", "", List.of())))
			.expectException(InvalidDetailsException.class)
			.expectNoEvents();
	}

	@Test
	void given_an_entry_when_it_is_amended_then_the_new_content_is_recorded() {
		fixture.given(new CatalogueEntryAdded(entryId, drafting))
			.when(new AmendCatalogueEntry(entryId, redrafted))
			.expectEvents(new CatalogueEntryAmended(entryId, redrafted));
	}

	@Test
	void given_an_entry_when_it_is_amended_to_the_same_content_then_nothing_happens() {
		fixture.given(new CatalogueEntryAdded(entryId, drafting))
			.when(new AmendCatalogueEntry(entryId, drafting))
			.expectSuccessfulHandlerExecution()
			.expectNoEvents();
	}

	@Test
	void given_an_entry_when_it_is_retired_then_it_leaves_the_catalogue() {
		fixture.given(new CatalogueEntryAdded(entryId, drafting))
			.when(new RetireCatalogueEntry(entryId, "merged into another entry"))
			.expectEvents(new CatalogueEntryRetired(entryId, "merged into another entry"));
	}

	@Test
	void given_a_retired_entry_when_it_is_amended_then_it_is_refused() {
		fixture.given(new CatalogueEntryAdded(entryId, drafting), new CatalogueEntryRetired(entryId, ""))
			.when(new AmendCatalogueEntry(entryId, redrafted))
			.expectException(IllegalStateException.class)
			.expectNoEvents();
	}

	@Test
	void a_shipped_entry_has_the_same_id_wherever_it_is_seeded() {
		org.assertj.core.api.Assertions.assertThat(CatalogueEntryId.forKey("training"))
			.isEqualTo(CatalogueEntryId.forKey("training"))
			.isNotEqualTo(CatalogueEntryId.forKey("equipment"));
	}

}
