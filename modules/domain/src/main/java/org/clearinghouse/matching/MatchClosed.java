package org.clearinghouse.matching;

import org.axonframework.serialization.Revision;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.ProviderCode;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.vocabulary.ProposalId;
import org.clearinghouse.vocabulary.FeedbackOutcome;

/** The match was closed, with the provider's feedback. */
@Revision("1")
public record MatchClosed(ProposalId proposalId, RequestId requestId, OfferId offerId, ProviderCode providerCode,
		FeedbackOutcome outcome, String comment) implements ProposalEvent {

}
