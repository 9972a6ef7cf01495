package org.clearinghouse.offer.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.OfferRegistered;
import org.clearinghouse.system.AggregateEvents;

import org.springframework.stereotype.Component;

/**
 * Reads one offer straight from its events, with its history: the API and the pages show
 * the same thing, up to the last write. An unknown id is a
 * {@link org.clearinghouse.system.NotFoundException}.
 */
@Component
public class OfferReader {

	static final String AGGREGATE_TYPE = "Offer";

	private final AggregateEvents events;

	private final ObjectMapper json;

	OfferReader(AggregateEvents events, ObjectMapper json) {
		this.events = events;
		this.json = json;
	}

	public OfferView read(OfferId id) {
		return OfferView.fold(events.read(AGGREGATE_TYPE, id.toString(), "offer"), json);
	}

	/**
	 * Throws unless an offer has this id: a request's id must not reach the offer
	 * aggregate, and an unknown id is a 404, not a 409.
	 */
	public void requireExists(OfferId id) {
		events.read(AGGREGATE_TYPE, id.toString(), "offer");
	}

	OfferRegistered registration(OfferId id) {
		return events.first(AGGREGATE_TYPE, id.toString(), OfferRegistered.class);
	}

}
