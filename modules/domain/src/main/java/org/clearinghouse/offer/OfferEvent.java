package org.clearinghouse.offer;

/** Every event in an offer's life, so that readers can switch over them exhaustively. */
public sealed interface OfferEvent permits OfferRegistered, OfferAmended, OfferPublished, OfferUnpublished,
		OfferWithdrawn, OfferClosed, OfferCapacityUsed, OfferCapacityReleased {

	OfferId offerId();

}
