package org.clearinghouse.request;

import org.axonframework.serialization.Revision;

/**
 * The request is now served by a joint request made from it (and from other States'
 * requests): its need is matched as part of the joint request, not on its own any more.
 */
@Revision("1")
public record RequestJoinedToJointRequest(RequestId requestId, RequestId jointRequestId) implements RequestEvent {

}
