package org.clearinghouse.request.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.clearinghouse.request.RequestAmended;
import org.clearinghouse.request.RequestClosed;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.request.RequestJoinedToJointRequest;
import org.clearinghouse.request.RequestPublicationObjected;
import org.clearinghouse.request.RequestPublished;
import org.clearinghouse.request.RequestRegistered;
import org.clearinghouse.request.RequestStatus;
import org.clearinghouse.request.RequestUnpublished;
import org.clearinghouse.request.RequestWithdrawn;
import org.clearinghouse.system.Change;
import org.clearinghouse.system.HistoryEntry;
import org.clearinghouse.vocabulary.PublicationConsent;

/**
 * A request as the secretariat reads it: its content, status and history, folded from its
 * events. A joint request names the requests it was made from ({@code originalRequests});
 * an original names the joint request that serves it now ({@code jointRequest}, or null).
 */
public record RequestView(RequestId id, RequestStatus status, boolean published, @JsonUnwrapped RequestDetails details,
		Instant registeredAt, Instant lastChangedAt, List<RequestId> originalRequests, RequestId jointRequest,
		List<HistoryEntry> history) {

	private static final Comparator<RequestId> ORDER = Comparator.comparing(RequestId::toString);

	static RequestView fold(List<? extends DomainEventMessage<?>> events, ObjectMapper json) {
		RequestId id = null;
		RequestDetails details = null;
		RequestStatus status = RequestStatus.OPEN;
		boolean published = false;
		List<RequestId> originals = List.of();
		RequestId joint = null;
		List<HistoryEntry> history = new ArrayList<>();
		for (DomainEventMessage<?> message : events) {
			List<Change> changes = List.of();
			Object event = message.getPayload();
			if (event instanceof RequestRegistered registered) {
				id = registered.requestId();
				details = registered.details();
				originals = registered.originalRequests().stream().sorted(ORDER).toList();
			}
			else if (event instanceof RequestJoinedToJointRequest joined) {
				joint = joined.jointRequestId();
			}
			else if (event instanceof RequestAmended amended) {
				changes = Change.between(json, details, amended.details());
				details = amended.details();
			}
			else if (event instanceof RequestPublicationObjected) {
				details = details.withPublicationConsent(PublicationConsent.REFUSED);
			}
			else if (event instanceof RequestPublished) {
				published = true;
			}
			else if (event instanceof RequestUnpublished) {
				published = false;
			}
			else if (event instanceof RequestWithdrawn) {
				status = RequestStatus.WITHDRAWN;
			}
			else if (event instanceof RequestClosed) {
				status = RequestStatus.CLOSED;
			}
			history.add(HistoryEntry.of(message, changes));
		}
		return new RequestView(id, status, published, details, events.get(0).getTimestamp(),
				events.get(events.size() - 1).getTimestamp(), originals, joint, history);
	}

}
