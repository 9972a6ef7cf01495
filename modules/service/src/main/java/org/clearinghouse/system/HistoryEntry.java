package org.clearinghouse.system;

import java.time.Instant;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;

/**
 * One step in the life of a request or offer: what happened, when, by whom, and for an
 * amendment which fields changed.
 */
public record HistoryEntry(long sequence, String event, Instant at, String by, List<Change> changes) {

	public static HistoryEntry of(DomainEventMessage<?> event, List<Change> changes) {
		Object actor = event.getMetaData().get(CurrentActor.METADATA_KEY);
		return new HistoryEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(), event.getTimestamp(),
				actor == null ? CurrentActor.SYSTEM : actor.toString(), changes);
	}

}
