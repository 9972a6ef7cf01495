package org.clearinghouse.offer;

import org.axonframework.serialization.Revision;

/** The offer is no longer public: its provider no longer consents. */
@Revision("1")
public record OfferUnpublished(OfferId offerId) implements OfferEvent {

}
