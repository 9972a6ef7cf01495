package org.clearinghouse.catalogue;

/**
 * Every event in a catalogue entry's life, so that readers can switch over them
 * exhaustively.
 */
public sealed interface CatalogueEvent permits CatalogueEntryAdded, CatalogueEntryAmended, CatalogueEntryRetired {

	CatalogueEntryId entryId();

}
