package org.clearinghouse.request;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces what the request asks for; amending to the same content changes nothing. */
public record AmendRequest(@TargetAggregateIdentifier RequestId requestId, RequestDetails details) {

}
