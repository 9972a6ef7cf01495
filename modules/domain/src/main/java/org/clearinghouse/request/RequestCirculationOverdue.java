package org.clearinghouse.request;

import org.axonframework.serialization.Revision;

/**
 * A week passed and the request has not reached any provider: no offer could be proposed.
 */
@Revision("1")
public record RequestCirculationOverdue(RequestId requestId) implements RequestEvent {

}
