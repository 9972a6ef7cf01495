package org.clearinghouse.request;

import org.axonframework.serialization.Revision;

/** A request was registered. */
@Revision("1")
public record RequestRegistered(RequestId requestId, RequestDetails details) implements RequestEvent {

}
