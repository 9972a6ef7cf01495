package org.clearinghouse.offer;

import org.axonframework.serialization.Revision;
import org.clearinghouse.vocabulary.ProposalId;

/** A unit of capacity came back: the accepted proposal that held it was cancelled. */
@Revision("1")
public record OfferCapacityReleased(OfferId offerId, ProposalId proposalId, int remaining) implements OfferEvent {

}
