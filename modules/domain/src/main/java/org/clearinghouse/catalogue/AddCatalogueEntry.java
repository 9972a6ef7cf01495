package org.clearinghouse.catalogue;

/**
 * Adds a form of assistance to the catalogue; the id is chosen by the caller, so a
 * repeated addition (a retry, a second instance seeding) is recognised.
 */
public record AddCatalogueEntry(CatalogueEntryId entryId, CatalogueEntryDetails details) {

}
