package org.clearinghouse.matching;

import org.axonframework.serialization.Revision;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.ProviderCode;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.vocabulary.ProposalId;

/** The provider declined the proposal, saying why. */
@Revision("1")
public record ProposalDeclined(ProposalId proposalId, RequestId requestId, OfferId offerId, ProviderCode providerCode,
		String reason) implements ProposalEvent {

}
