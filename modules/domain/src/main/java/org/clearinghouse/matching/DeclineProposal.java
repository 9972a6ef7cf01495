package org.clearinghouse.matching;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clearinghouse.offer.ProviderCode;
import org.clearinghouse.vocabulary.ProposalId;

/** The donor the proposal was made to declines it, saying why. */
public record DeclineProposal(@TargetAggregateIdentifier ProposalId proposalId, ProviderCode answeredBy,
		String reason) {

}
