package org.clearinghouse.matching;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.ProviderCode;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.vocabulary.ProposalId;

/** An offer was proposed to its provider for a request; score and reasons explain why. */
@Revision("1")
public record MatchProposed(ProposalId proposalId, RequestId requestId, OfferId offerId, ProviderCode providerCode,
		double score, List<String> reasons, Instant expiresAt) implements ProposalEvent {

}
