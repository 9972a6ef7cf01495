package org.clearinghouse.matching;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clearinghouse.offer.ProviderCode;
import org.clearinghouse.vocabulary.ProposalId;

/** The donor the proposal was made to accepts it. */
public record AcceptProposal(@TargetAggregateIdentifier ProposalId proposalId, ProviderCode answeredBy) {

}
