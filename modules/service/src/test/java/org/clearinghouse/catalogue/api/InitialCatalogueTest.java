package org.clearinghouse.catalogue.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearinghouse.ClearinghouseTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The catalogue a new installation starts with, seeded once however many instances start.
 */
@ClearinghouseTest
class InitialCatalogueTest {

	@Autowired
	InitialCatalogue initialCatalogue;

	@Autowired
	JdbcClient db;

	@Test
	void given_a_started_installation_then_every_form_of_assistance_has_an_entry_with_two_to_four_examples() {
		assertThat(InitialCatalogue.ENTRIES).extracting(InitialCatalogue.Entry::type)
			.containsExactlyInAnyOrder(org.clearinghouse.vocabulary.AssistanceType.values());
		assertThat(InitialCatalogue.ENTRIES).allSatisfy(entry -> assertThat(entry.examples()).hasSizeBetween(2, 4));
		for (InitialCatalogue.Entry entry : InitialCatalogue.ENTRIES) {
			assertThat(additions(entry)).as(entry.key()).isEqualTo(1);
		}
	}

	@Test
	void given_a_seeded_catalogue_when_another_instance_seeds_it_too_then_each_entry_is_added_once() {
		long before = catalogueEvents();

		initialCatalogue.seed();
		initialCatalogue.run(null);

		assertThat(catalogueEvents()).isEqualTo(before);
		for (InitialCatalogue.Entry entry : InitialCatalogue.ENTRIES) {
			assertThat(additions(entry)).as(entry.key()).isEqualTo(1);
		}
	}

	private long additions(InitialCatalogue.Entry entry) {
		return db.sql("select count(*) from domain_event_entry where aggregate_identifier = ? and sequence_number = 0")
			.param(entry.id().toString())
			.query(Long.class)
			.single();
	}

	private long catalogueEvents() {
		return db.sql("select count(*) from domain_event_entry where type = 'CatalogueEntry'")
			.query(Long.class)
			.single();
	}

}
