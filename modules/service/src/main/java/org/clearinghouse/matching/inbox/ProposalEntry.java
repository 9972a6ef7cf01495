package org.clearinghouse.matching.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.clearinghouse.matching.ProposalStatus;

/** One proposal as its donor and the secretariat see it. */
public record ProposalEntry(UUID proposalId, UUID requestId, UUID offerId, String providerCode, ProposalStatus status,
		double score, List<String> reasons, Instant proposedAt, Instant expiresAt, Instant remindedAt,
		Instant answeredAt, String declineReason, String note, Instant changedAt, String requestTitle,
		List<String> requestingStates, String offerTitle) {

}
