package org.clearinghouse.offer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws the offer at its provider's wish. */
public record WithdrawOffer(@TargetAggregateIdentifier OfferId offerId, String reason) {

}
