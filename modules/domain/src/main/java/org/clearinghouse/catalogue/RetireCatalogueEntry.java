package org.clearinghouse.catalogue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes an entry out of the public catalogue. */
public record RetireCatalogueEntry(@TargetAggregateIdentifier CatalogueEntryId entryId, String reason) {

}
