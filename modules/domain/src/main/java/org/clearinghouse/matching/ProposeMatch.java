package org.clearinghouse.matching;

import java.time.Duration;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.ProviderCode;
import org.clearinghouse.vocabulary.ProposalId;

/**
 * Proposes an offer to its provider for a request, with the score and reasons the policy
 * gave.
 */
public record ProposeMatch(@TargetAggregateIdentifier ProposalId proposalId, RequestId requestId, OfferId offerId,
		ProviderCode providerCode, double score, List<String> reasons, Duration answerWithin) {

}
