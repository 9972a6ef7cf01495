package org.clearinghouse.request.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.request.RequestRegistered;
import org.clearinghouse.system.AggregateEvents;

import org.springframework.stereotype.Component;

/**
 * Reads one request straight from its events, with its history: the API and the pages
 * show the same thing, up to the last write. An unknown id is a
 * {@link org.clearinghouse.system.NotFoundException}.
 */
@Component
public class RequestReader {

	static final String AGGREGATE_TYPE = "AssistanceRequest";

	private final AggregateEvents events;

	private final ObjectMapper json;

	RequestReader(AggregateEvents events, ObjectMapper json) {
		this.events = events;
		this.json = json;
	}

	public RequestView read(RequestId id) {
		return RequestView.fold(events.read(AGGREGATE_TYPE, id.toString(), "request"), json);
	}

	/**
	 * Throws unless a request has this id: an offer's id must not reach the request
	 * aggregate, and an unknown id is a 404, not a 409.
	 */
	public void requireExists(RequestId id) {
		events.read(AGGREGATE_TYPE, id.toString(), "request");
	}

	RequestRegistered registration(RequestId id) {
		return events.first(AGGREGATE_TYPE, id.toString(), RequestRegistered.class);
	}

}
