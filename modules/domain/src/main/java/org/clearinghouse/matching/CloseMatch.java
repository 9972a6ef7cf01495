package org.clearinghouse.matching;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clearinghouse.vocabulary.ProposalId;
import org.clearinghouse.vocabulary.FeedbackOutcome;

/** Closes a delivered match, with the provider's feedback on it. */
public record CloseMatch(@TargetAggregateIdentifier ProposalId proposalId, FeedbackOutcome outcome, String comment) {

}
