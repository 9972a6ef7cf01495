package org.clearinghouse.offer;

/**
 * Registers an offer or programme; the id is chosen by the caller, so a retried
 * registration is recognised.
 */
public record RegisterOffer(OfferId offerId, OfferDetails details) {

}
