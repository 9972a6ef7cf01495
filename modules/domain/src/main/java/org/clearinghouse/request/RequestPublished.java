package org.clearinghouse.request;

import org.axonframework.serialization.Revision;

/** The request's summary became public. */
@Revision("1")
public record RequestPublished(RequestId requestId) implements RequestEvent {

}
