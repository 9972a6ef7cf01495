package org.clearinghouse.matching;

import org.axonframework.serialization.Revision;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.ProviderCode;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.vocabulary.ProposalId;

/** The answer period passed without an answer. */
@Revision("1")
public record ProposalExpired(ProposalId proposalId, RequestId requestId, OfferId offerId,
		ProviderCode providerCode) implements ProposalEvent {

}
