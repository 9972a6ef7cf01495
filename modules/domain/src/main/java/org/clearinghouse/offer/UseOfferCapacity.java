package org.clearinghouse.offer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clearinghouse.vocabulary.ProposalId;

/**
 * Takes one unit of the offer's capacity for an accepted proposal; refused when none is
 * left.
 */
public record UseOfferCapacity(@TargetAggregateIdentifier OfferId offerId, ProposalId proposalId) {

}
