package org.clearinghouse.matching;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clearinghouse.vocabulary.ProposalId;

/**
 * Cancels an unanswered proposal: its request or offer was withdrawn or closed, or the
 * offer is fully used.
 */
public record CancelProposal(@TargetAggregateIdentifier ProposalId proposalId, String reason) {

}
