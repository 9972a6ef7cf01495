package org.clearinghouse.matching;

import org.axonframework.serialization.Revision;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.ProviderCode;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.vocabulary.ProposalId;

/** An unanswered or accepted proposal was cancelled: its request or offer went away. */
@Revision("1")
public record ProposalCancelled(ProposalId proposalId, RequestId requestId, OfferId offerId, ProviderCode providerCode,
		String reason) implements ProposalEvent {

}
