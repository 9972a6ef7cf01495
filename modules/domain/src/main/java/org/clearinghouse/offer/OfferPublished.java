package org.clearinghouse.offer;

import org.axonframework.serialization.Revision;

/** The offer became public: its provider consented. */
@Revision("1")
public record OfferPublished(OfferId offerId) implements OfferEvent {

}
