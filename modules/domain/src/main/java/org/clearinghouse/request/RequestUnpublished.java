package org.clearinghouse.request;

import org.axonframework.serialization.Revision;

/** The request's summary is no longer public (consent refused or withdrawn). */
@Revision("1")
public record RequestUnpublished(RequestId requestId) implements RequestEvent {

}
