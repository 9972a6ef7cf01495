package org.clearinghouse.request;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws the request at the requesting State's wish. */
public record WithdrawRequest(@TargetAggregateIdentifier RequestId requestId, String reason) {

}
