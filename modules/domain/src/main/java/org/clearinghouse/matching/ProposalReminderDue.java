package org.clearinghouse.matching;

import org.axonframework.serialization.Revision;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.ProviderCode;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.vocabulary.ProposalId;

/** Half the answer period passed without an answer: the provider is reminded. */
@Revision("1")
public record ProposalReminderDue(ProposalId proposalId, RequestId requestId, OfferId offerId,
		ProviderCode providerCode) implements ProposalEvent {

}
