package org.clearinghouse.request;

import org.axonframework.serialization.Revision;

/** The requesting State objected to publication; the request is now confidential. */
@Revision("1")
public record RequestPublicationObjected(RequestId requestId, String note) implements RequestEvent {

}
