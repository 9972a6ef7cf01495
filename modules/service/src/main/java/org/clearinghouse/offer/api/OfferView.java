package org.clearinghouse.offer.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.clearinghouse.offer.OfferAmended;
import org.clearinghouse.offer.OfferClosed;
import org.clearinghouse.offer.OfferDetails;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.OfferPublished;
import org.clearinghouse.offer.OfferRegistered;
import org.clearinghouse.offer.OfferStatus;
import org.clearinghouse.offer.OfferUnpublished;
import org.clearinghouse.offer.OfferWithdrawn;
import org.clearinghouse.system.Change;
import org.clearinghouse.system.HistoryEntry;

/**
 * An offer as the secretariat reads it: its content, status and history, folded from its
 * events.
 */
public record OfferView(OfferId id, OfferStatus status, boolean published, @JsonUnwrapped OfferDetails details,
		Instant registeredAt, Instant lastChangedAt, List<HistoryEntry> history) {

	static OfferView fold(List<? extends DomainEventMessage<?>> events, ObjectMapper json) {
		OfferId id = null;
		OfferDetails details = null;
		OfferStatus status = OfferStatus.ACTIVE;
		boolean published = false;
		List<HistoryEntry> history = new ArrayList<>();
		for (DomainEventMessage<?> message : events) {
			List<Change> changes = List.of();
			Object event = message.getPayload();
			if (event instanceof OfferRegistered registered) {
				id = registered.offerId();
				details = registered.details();
			}
			else if (event instanceof OfferAmended amended) {
				changes = Change.between(json, details, amended.details());
				details = amended.details();
			}
			else if (event instanceof OfferPublished) {
				published = true;
			}
			else if (event instanceof OfferUnpublished) {
				published = false;
			}
			else if (event instanceof OfferWithdrawn) {
				status = OfferStatus.WITHDRAWN;
			}
			else if (event instanceof OfferClosed) {
				status = OfferStatus.CLOSED;
			}
			history.add(HistoryEntry.of(message, changes));
		}
		return new OfferView(id, status, published, details, events.get(0).getTimestamp(),
				events.get(events.size() - 1).getTimestamp(), history);
	}

}
