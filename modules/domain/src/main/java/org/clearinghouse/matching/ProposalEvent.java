package org.clearinghouse.matching;

import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.ProviderCode;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.vocabulary.ProposalId;

/**
 * Every event in a match proposal's life. Each names the pair and the provider, so that
 * read models and the Kafka topic need no lookup.
 */
public sealed interface ProposalEvent permits MatchProposed, ProposalReminderDue, ProposalAccepted, ProposalDeclined,
		ProposalExpired, ProposalCancelled, MatchConfirmed, AssistanceDelivered, MatchClosed {

	ProposalId proposalId();

	RequestId requestId();

	OfferId offerId();

	ProviderCode providerCode();

}
