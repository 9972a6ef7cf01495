package org.clearinghouse.offer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces what the offer provides; amending to the same content changes nothing. */
public record AmendOffer(@TargetAggregateIdentifier OfferId offerId, OfferDetails details) {

}
