package org.clearinghouse.matching;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clearinghouse.vocabulary.ProposalId;

/** The assistance of a confirmed match was delivered. */
public record RecordDelivery(@TargetAggregateIdentifier ProposalId proposalId, String note) {

}
