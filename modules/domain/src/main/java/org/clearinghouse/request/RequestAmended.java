package org.clearinghouse.request;

import org.axonframework.serialization.Revision;

/** What the request asks for changed; the details are the new content in full. */
@Revision("1")
public record RequestAmended(RequestId requestId, RequestDetails details) implements RequestEvent {

}
