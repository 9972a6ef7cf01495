package org.clearinghouse.offer;

/** Where an offer stands in its life. */
public enum OfferStatus {

	ACTIVE, WITHDRAWN, CLOSED

}
