package org.clearinghouse.request;

import org.axonframework.serialization.Revision;

/** The request was closed. */
@Revision("1")
public record RequestClosed(RequestId requestId, String reason) implements RequestEvent {

}
