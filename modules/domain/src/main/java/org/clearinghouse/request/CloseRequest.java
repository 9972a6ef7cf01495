package org.clearinghouse.request;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes the request: it was met, or it will not be pursued. */
public record CloseRequest(@TargetAggregateIdentifier RequestId requestId, String reason) {

}
