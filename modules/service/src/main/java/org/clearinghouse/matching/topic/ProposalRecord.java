package org.clearinghouse.matching.topic;

import java.time.Instant;
import java.util.List;

/**
 * What goes on the topic {@code clearinghouse.match-proposals}: version 1 of the
 * integration contract, kept apart from the internal events. One record per proposal and
 * per change of its status; {@code eventId} is stable across redeliveries, for consumers
 * to de-duplicate.
 *
 * @param request the request as shared with the provider the record is for (requests are
 * shared with the providers they are proposed to, whatever their consent to publication)
 */
public record ProposalRecord(int schemaVersion, String eventId, String proposalId, String requestId, String offerId,
		String providerCode, String status, double score, List<String> reasons, String reason, Instant expiresAt,
		Instant occurredAt, SharedRequest request, String offerTitle) {

	public static final int SCHEMA_VERSION = 1;

	/** The request's summary as its provider needs it to answer. */
	public record SharedRequest(String title, String description, List<String> requestingStates, List<String> areas,
			List<String> assistanceTypes, String neededBy) {
	}

}
