package org.clearinghouse.offer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clearinghouse.vocabulary.ProposalId;

/** Gives back the unit an accepted proposal held, when that proposal is cancelled. */
public record ReleaseOfferCapacity(@TargetAggregateIdentifier OfferId offerId, ProposalId proposalId) {

}
