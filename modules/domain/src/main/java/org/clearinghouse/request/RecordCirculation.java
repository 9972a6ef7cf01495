package org.clearinghouse.request;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that proposals for the request went out to potential providers. */
public record RecordCirculation(@TargetAggregateIdentifier RequestId requestId) {

}
