package org.clearinghouse.request;

import org.axonframework.serialization.Revision;

/**
 * A year passed since registration: the requesting State is asked whether the request was
 * met.
 */
@Revision("1")
public record RequestFollowUpDue(RequestId requestId) implements RequestEvent {

}
