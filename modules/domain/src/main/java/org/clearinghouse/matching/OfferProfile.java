package org.clearinghouse.matching;

import org.clearinghouse.offer.OfferDetails;
import org.clearinghouse.offer.OfferId;

/**
 * What the policy needs to know of an offer: its details, whether it is active, what
 * capacity is left.
 */
public record OfferProfile(OfferId offerId, OfferDetails details, boolean active, int capacityLeft) {

}
