package org.clearinghouse.catalogue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces an entry's content; amending to the same content changes nothing. */
public record AmendCatalogueEntry(@TargetAggregateIdentifier CatalogueEntryId entryId, CatalogueEntryDetails details) {

}
