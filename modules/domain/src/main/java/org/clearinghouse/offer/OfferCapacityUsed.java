package org.clearinghouse.offer;

import org.axonframework.serialization.Revision;
import org.clearinghouse.vocabulary.ProposalId;

/** An accepted proposal took one unit of the programme's capacity. */
@Revision("1")
public record OfferCapacityUsed(OfferId offerId, ProposalId proposalId, int remaining) implements OfferEvent {

}
