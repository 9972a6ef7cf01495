package org.clearinghouse.reporting;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.clearinghouse.matching.ProposalEvent;
import org.clearinghouse.offer.OfferEvent;
import org.clearinghouse.request.RequestEvent;

import org.springframework.stereotype.Component;

/**
 * The history a report is computed from: every request, offer and proposal event in the
 * store, in the order stored, read straight from the event store rather than from a
 * projection, so that a report as of a past date sees exactly what was stored by then.
 */
@Component
class EventHistory {

	private final EventStorageEngine storage;

	EventHistory(EventStorageEngine storage) {
		this.storage = storage;
	}

	/** Events stored before the instant; others are not even deserialized. */
	List<RecordedEvent> before(Instant end) {
		try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
			return events.filter(event -> event.getTimestamp().isBefore(end))
				.filter(event -> relevant(event.getPayloadType()))
				.map(event -> new RecordedEvent(event.getTimestamp(), event.getPayload()))
				.toList();
		}
	}

	private static boolean relevant(Class<?> type) {
		return RequestEvent.class.isAssignableFrom(type) || OfferEvent.class.isAssignableFrom(type)
				|| ProposalEvent.class.isAssignableFrom(type);
	}

}
