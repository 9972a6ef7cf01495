package org.clearinghouse.offer;

import org.axonframework.serialization.Revision;

/** The offer was closed. */
@Revision("1")
public record OfferClosed(OfferId offerId, String reason) implements OfferEvent {

}
