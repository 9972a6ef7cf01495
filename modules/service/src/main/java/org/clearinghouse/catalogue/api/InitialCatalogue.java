package org.clearinghouse.catalogue.api;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.clearinghouse.catalogue.AddCatalogueEntry;
import org.clearinghouse.catalogue.CatalogueEntryDetails;
import org.clearinghouse.catalogue.CatalogueEntryId;
import org.clearinghouse.vocabulary.AssistanceType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalogue a new installation starts with: every form of assistance, with the kind
 * of practical examples the Committee's pages give. Seeded through the catalogue's own
 * commands, so it is curated like any other entry afterwards; ids are derived from each
 * entry's key, so two instances starting together add each entry once.
 */
@Component
class InitialCatalogue implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialCatalogue.class);

	static final List<Entry> ENTRIES = List.of(new Entry("legislative-drafting", AssistanceType.LEGISLATIVE_DRAFTING,
			"Legislative drafting and review",
			"Help to draft, review or amend the laws and regulations through which a State meets its obligations under resolution 1540.",
			List.of("Legislative drafting assistance for a national export-control act",
					"Review of draft CBRN legislation against the obligations of resolution 1540",
					"Drafting of implementing regulations for a chemical weapons convention act")),
			new Entry("training", AssistanceType.TRAINING, "Training and capacity building",
					"Courses and exercises that give officials the skills to apply controls in practice.",
					List.of("Training in CBRN detection and protection for the customs administration",
							"Licensing and enforcement training for export-control officers",
							"Training of border guards in identifying dual-use goods")),
			new Entry("equipment", AssistanceType.EQUIPMENT, "Equipment",
					"Equipment for detection, protection, accounting or physical security, with help to install and maintain it.",
					List.of("Upgrade of physical protection at a nuclear facility",
							"Radiation portal monitors for border crossings",
							"Secure storage for high-risk biological agents in a laboratory")),
			new Entry("expert-advice", AssistanceType.EXPERT_ADVICE, "Expert advice and visits",
					"Experts who advise on a specific need, remotely or during a visit to the State.",
					List.of("Expert help with laboratory accreditation",
							"Translation of the EU dual-use list into the national language and control list",
							"Advisory visit on the preparation of a national action plan")),
			new Entry("workshop", AssistanceType.WORKSHOP, "Workshops and outreach events",
					"National or regional events that raise awareness of the resolution among officials, industry, academia and civil society.",
					List.of("National workshop on implementing resolution 1540 for all agencies concerned",
							"Outreach to industry on export controls and internal compliance programmes",
							"Regional workshop on preparing the national report to the 1540 Committee")),
			new Entry("financial", AssistanceType.FINANCIAL, "Financial support",
					"Funds for projects that implement the resolution, often together with another form of assistance.",
					List.of("Funding for a national coordination mechanism's secretariat",
							"Grant for the physical security upgrade of a chemical storage site")));

	private final CommandGateway commands;

	private final JdbcClient db;

	InitialCatalogue(CommandGateway commands, JdbcClient db) {
		this.commands = commands;
		this.db = db;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean curated = db.sql("select exists (select 1 from domain_event_entry where type = ?)")
			.param(CatalogueController.AGGREGATE_TYPE)
			.query(Boolean.class)
			.single();
		if (!curated) {
			seed();
			log.info("Seeded the catalogue of forms of assistance with {} entries", ENTRIES.size());
		}
	}

	/**
	 * Adds every shipped entry that is not there yet: safe when another instance seeds at
	 * the same moment, since the event store keeps the first of two additions of one id.
	 */
	void seed() {
		for (Entry entry : ENTRIES) {
			try {
				commands.sendAndWait(new AddCatalogueEntry(entry.id(), entry.details()));
			}
			catch (AggregateStreamCreationException | ConcurrencyException seededElsewhere) {
				// another instance added it first
			}
		}
	}

	record Entry(String key, AssistanceType type, String title, String description, List<String> examples) {

		CatalogueEntryId id() {
			return CatalogueEntryId.forKey(key);
		}

		CatalogueEntryDetails details() {
			return new CatalogueEntryDetails(type, title, description, examples);
		}

	}

}
