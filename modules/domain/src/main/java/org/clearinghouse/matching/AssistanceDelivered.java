package org.clearinghouse.matching;

import org.axonframework.serialization.Revision;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.ProviderCode;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.vocabulary.ProposalId;

/** The assistance of the match was delivered. */
@Revision("1")
public record AssistanceDelivered(ProposalId proposalId, RequestId requestId, OfferId offerId,
		ProviderCode providerCode, String note) implements ProposalEvent {

}
