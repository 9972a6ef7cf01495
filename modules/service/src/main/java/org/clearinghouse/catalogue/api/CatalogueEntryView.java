package org.clearinghouse.catalogue.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.axonframework.eventhandling.DomainEventMessage;
import org.clearinghouse.catalogue.CatalogueEntryAdded;
import org.clearinghouse.catalogue.CatalogueEntryAmended;
import org.clearinghouse.catalogue.CatalogueEntryDetails;
import org.clearinghouse.catalogue.CatalogueEntryId;
import org.clearinghouse.catalogue.CatalogueEntryRetired;

/** A catalogue entry as the secretariat reads it, folded from its events. */
public record CatalogueEntryView(CatalogueEntryId id, boolean retired, @JsonUnwrapped CatalogueEntryDetails details) {

	static CatalogueEntryView fold(List<? extends DomainEventMessage<?>> events) {
		CatalogueEntryId id = null;
		CatalogueEntryDetails details = null;
		boolean retired = false;
		for (DomainEventMessage<?> message : events) {
			Object event = message.getPayload();
			if (event instanceof CatalogueEntryAdded added) {
				id = added.entryId();
				details = added.details();
			}
			else if (event instanceof CatalogueEntryAmended amended) {
				details = amended.details();
			}
			else if (event instanceof CatalogueEntryRetired) {
				retired = true;
			}
		}
		return new CatalogueEntryView(id, retired, details);
	}

}
