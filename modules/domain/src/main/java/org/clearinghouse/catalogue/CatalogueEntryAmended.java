package org.clearinghouse.catalogue;

import org.axonframework.serialization.Revision;

/** A catalogue entry changed; the details are the new content in full. */
@Revision("1")
public record CatalogueEntryAmended(CatalogueEntryId entryId, CatalogueEntryDetails details) implements CatalogueEvent {

}
