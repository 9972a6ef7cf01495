package org.clearinghouse.request;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records on an original request that a joint request now serves it: the joint request
 * was made from it (and others), so its own matching stops.
 */
public record LinkToJointRequest(@TargetAggregateIdentifier RequestId requestId, RequestId jointRequestId) {

}
