package org.clearinghouse.catalogue.api;

import java.util.Comparator;
import java.util.List;

import org.clearinghouse.catalogue.CatalogueEntryId;
import org.clearinghouse.system.AggregateEvents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every catalogue entry, current and retired, read from the event store: the catalogue is
 * small (tens of entries), and the secretariat's page must show what it just did.
 */
@Component
public class CatalogueEntries {

	private final AggregateEvents events;

	private final JdbcClient db;

	CatalogueEntries(AggregateEvents events, JdbcClient db) {
		this.events = events;
		this.db = db;
	}

	/** Current entries first, by form of assistance and title; the retired after them. */
	public List<CatalogueEntryView> all() {
		return db.sql("select distinct aggregate_identifier from domain_event_entry where type = ?")
			.param(CatalogueController.AGGREGATE_TYPE)
			.query(String.class)
			.list()
			.stream()
			.map(id -> read(CatalogueEntryId.of(id)))
			.sorted(Comparator.comparing(CatalogueEntryView::retired)
				.thenComparing(entry -> entry.details().assistanceType())
				.thenComparing(entry -> entry.details().title()))
			.toList();
	}

	public CatalogueEntryView read(CatalogueEntryId id) {
		return CatalogueEntryView
			.fold(events.read(CatalogueController.AGGREGATE_TYPE, id.toString(), "catalogue entry"));
	}

}
