package org.clearinghouse.request;

import org.axonframework.serialization.Revision;

/** The request was withdrawn. */
@Revision("1")
public record RequestWithdrawn(RequestId requestId, String reason) implements RequestEvent {

}
