package org.clearinghouse.catalogue;

import org.axonframework.serialization.Revision;

/** The entry left the public catalogue. */
@Revision("1")
public record CatalogueEntryRetired(CatalogueEntryId entryId, String reason) implements CatalogueEvent {

}
