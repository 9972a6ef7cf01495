package org.clearinghouse.request;

import org.axonframework.serialization.Revision;

/** The Chair acknowledged receipt of the request (on registration). */
@Revision("1")
public record RequestAcknowledged(RequestId requestId) implements RequestEvent {

}
