package org.clearinghouse.request;

import org.axonframework.serialization.Revision;

/** The request reached potential providers: its first proposals were made. */
@Revision("1")
public record RequestCirculated(RequestId requestId) implements RequestEvent {

}
