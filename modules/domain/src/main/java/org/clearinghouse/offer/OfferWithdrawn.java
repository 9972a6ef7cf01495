package org.clearinghouse.offer;

import org.axonframework.serialization.Revision;

/** The offer was withdrawn. */
@Revision("1")
public record OfferWithdrawn(OfferId offerId, String reason) implements OfferEvent {

}
