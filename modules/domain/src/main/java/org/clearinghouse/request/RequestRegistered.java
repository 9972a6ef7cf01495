package org.clearinghouse.request;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.axonframework.serialization.Revision;

/**
 * A request was registered. A joint request names the requests it was made from
 * ({@code originalRequests}, empty for an ordinary request).
 * <p>
 * Revision 2 added {@code originalRequests}; a revision-1 event has no such field and is
 * read with none (the event store's reader is tolerant), which is what it meant.
 */
@Revision("2")
public record RequestRegistered(RequestId requestId, RequestDetails details,
		Set<RequestId> originalRequests) implements RequestEvent {

	@JsonCreator
	public RequestRegistered {
		originalRequests = originalRequests == null ? Set.of() : Set.copyOf(originalRequests);
	}

	/** An ordinary request, not made from others. */
	public RequestRegistered(RequestId requestId, RequestDetails details) {
		this(requestId, details, Set.of());
	}

}
