package org.clearinghouse.offer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes the offer: the programme ended or is fully used. */
public record CloseOffer(@TargetAggregateIdentifier OfferId offerId, String reason) {

}
