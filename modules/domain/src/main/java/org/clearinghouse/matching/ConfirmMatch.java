package org.clearinghouse.matching;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clearinghouse.vocabulary.ProposalId;

/** The secretariat confirms an accepted proposal as a match. */
public record ConfirmMatch(@TargetAggregateIdentifier ProposalId proposalId) {

}
