package org.clearinghouse.request;

import java.util.Set;

/**
 * Registers a request; the id is chosen by the caller, so a retried registration is
 * recognised. A joint request made from several States' requests names them as its
 * {@code originalRequests}; an ordinary request names none.
 */
public record RegisterRequest(RequestId requestId, RequestDetails details, Set<RequestId> originalRequests) {

	public RegisterRequest {
		originalRequests = originalRequests == null ? Set.of() : Set.copyOf(originalRequests);
	}

	/** An ordinary request, not made from others. */
	public RegisterRequest(RequestId requestId, RequestDetails details) {
		this(requestId, details, Set.of());
	}

}
