package org.clearinghouse.catalogue;

import org.axonframework.serialization.Revision;

/** A form of assistance was added to the public catalogue. */
@Revision("1")
public record CatalogueEntryAdded(CatalogueEntryId entryId, CatalogueEntryDetails details) implements CatalogueEvent {

}
