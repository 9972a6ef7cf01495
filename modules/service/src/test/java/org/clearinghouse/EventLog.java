package org.clearinghouse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clearinghouse.catalogue.CatalogueEvent;
import org.clearinghouse.matching.ProposalEvent;
import org.clearinghouse.offer.OfferEvent;
import org.clearinghouse.request.RequestEvent;

/**
 * Appends domain events straight to the real event store, stamped with the time a test
 * gives: a history over several quarters in a moment, and the matching events whose
 * aggregate another capability emits. Events collect until {@link #flush()}, which stores
 * them in one transaction.
 */
public final class EventLog {

	private final EventStore eventStore;

	private final Map<String, Long> sequences = new HashMap<>();

	private final List<EventMessage<?>> pending = new ArrayList<>();

	public EventLog(EventStore eventStore) {
		this.eventStore = eventStore;
	}

	public EventLog add(Instant at, Object event) {
		String type;
		String id;
		if (event instanceof RequestEvent request) {
			type = "AssistanceRequest";
			id = request.requestId().toString();
		}
		else if (event instanceof OfferEvent offer) {
			type = "Offer";
			id = offer.offerId().toString();
		}
		else if (event instanceof CatalogueEvent entry) {
			type = "CatalogueEntry";
			id = entry.entryId().toString();
		}
		else if (event instanceof ProposalEvent proposal) {
			type = "MatchProposal";
			id = proposal.proposalId().toString();
		}
		else {
			throw new IllegalArgumentException("not an event this log knows: " + event);
		}
		long sequence = sequences.merge(id, 0L, (previous, zero) -> previous + 1);
		pending.add(new GenericDomainEventMessage<>(type, id, sequence, event, Map.of("actor", "test"),
				UUID.randomUUID().toString(), at));
		if (pending.size() >= 500) {
			flush();
		}
		return this;
	}

	public EventLog flush() {
		if (!pending.isEmpty()) {
			eventStore.publish(List.copyOf(pending));
			pending.clear();
		}
		return this;
	}

}
