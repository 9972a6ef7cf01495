package org.clearinghouse.request;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that the requesting State objects to the publication of its request's summary.
 */
public record ObjectToPublication(@TargetAggregateIdentifier RequestId requestId, String note) {

}
