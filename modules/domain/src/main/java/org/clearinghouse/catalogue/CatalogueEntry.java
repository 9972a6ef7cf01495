package org.clearinghouse.catalogue;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** One form of assistance in the public catalogue, with its practical examples. */
@Aggregate
class CatalogueEntry {

	@AggregateIdentifier
	private CatalogueEntryId entryId;

	private CatalogueEntryDetails details;

	private boolean retired;

	protected CatalogueEntry() {
		// for Axon: rebuilt from its events
	}

	@CommandHandler
	CatalogueEntry(AddCatalogueEntry command) {
		command.details().enforce();
		apply(new CatalogueEntryAdded(command.entryId(), command.details()));
	}

	@CommandHandler
	void handle(AmendCatalogueEntry command) {
		requireCurrent("amended");
		command.details().enforce();
		if (command.details().equals(details)) {
			return;
		}
		apply(new CatalogueEntryAmended(entryId, command.details()));
	}

	@CommandHandler
	void handle(RetireCatalogueEntry command) {
		requireCurrent("retired");
		apply(new CatalogueEntryRetired(entryId, command.reason()));
	}

	private void requireCurrent(String action) {
		if (retired) {
			throw new IllegalStateException("catalogue entry " + entryId + " is retired and cannot be " + action);
		}
	}

	@EventSourcingHandler
	void on(CatalogueEntryAdded event) {
		entryId = event.entryId();
		details = event.details();
	}

	@EventSourcingHandler
	void on(CatalogueEntryAmended event) {
		details = event.details();
	}

	@EventSourcingHandler
	void on(CatalogueEntryRetired event) {
		retired = true;
	}

}
