package org.clearinghouse.system;

import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import org.springframework.stereotype.Component;

/**
 * Reads one aggregate's events straight from the event store: the truth, up to the last
 * write.
 */
@Component
public class AggregateEvents {

	private final EventStore eventStore;

	AggregateEvents(EventStore eventStore) {
		this.eventStore = eventStore;
	}

	/**
	 * @param aggregateType the aggregate's simple class name, as the event store records
	 * it
	 * @param what how to name the thing in a 404 ("request")
	 */
	public List<? extends DomainEventMessage<?>> read(String aggregateType, String id, String what) {
		List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id).asStream().toList();
		if (events.isEmpty() || !aggregateType.equals(events.get(0).getType())) {
			throw new NotFoundException(what);
		}
		return events;
	}

	/** The payload of the aggregate's first event, which created it. */
	public <T> T first(String aggregateType, String id, Class<T> creationEvent) {
		return creationEvent.cast(read(aggregateType, id, "item").get(0).getPayload());
	}

}
