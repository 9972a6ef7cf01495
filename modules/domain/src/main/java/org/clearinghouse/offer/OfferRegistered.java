package org.clearinghouse.offer;

import org.axonframework.serialization.Revision;

/** An offer or programme was registered. */
@Revision("1")
public record OfferRegistered(OfferId offerId, OfferDetails details) implements OfferEvent {

}
