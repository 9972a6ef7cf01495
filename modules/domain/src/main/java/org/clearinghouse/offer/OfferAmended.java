package org.clearinghouse.offer;

import org.axonframework.serialization.Revision;

/** What the offer provides changed; the details are the new content in full. */
@Revision("1")
public record OfferAmended(OfferId offerId, OfferDetails details) implements OfferEvent {

}
