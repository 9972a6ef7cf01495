package org.clearinghouse.matching;

import org.axonframework.serialization.Revision;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.ProviderCode;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.vocabulary.ProposalId;

/** The provider accepted the proposal; it uses one unit of the offer's capacity. */
@Revision("1")
public record ProposalAccepted(ProposalId proposalId, RequestId requestId, OfferId offerId,
		ProviderCode providerCode) implements ProposalEvent {

}
