package org.clearinghouse.matchingdb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The rows of the matching database as the secretariat reads them. */
public final class MatchingRows {

	private MatchingRows() {
	}

	public record RequestRow(UUID id, String status, boolean published, String publicationConsent,
			List<String> requestingStates, String frameworkKind, String frameworkName, String title, String description,
			List<String> areas, List<String> weaponCategories, List<String> assistanceTypes, List<String> languages,
			LocalDate neededBy, Instant registeredAt, Instant lastChangedAt) {
	}

	public record OfferRow(UUID id, String status, boolean published, String publicationConsent, String providerType,
			String providerCode, String title, String description, List<String> areas, List<String> weaponCategories,
			List<String> assistanceTypes, List<String> languages, List<String> eligibleRegions,
			List<String> eligibleStates, int capacity, int capacityRemaining, LocalDate availableFrom,
			LocalDate availableUntil, Instant registeredAt, Instant lastChangedAt) {
	}

	public record MatchRow(UUID id, UUID requestId, String requestTitle, UUID offerId, String offerTitle,
			String providerCode, String status, double score, List<String> reasons, Instant proposedAt,
			Instant expiresAt, Instant remindedAt, Instant answeredAt, String declineReason, String cancelReason,
			Instant deliveredAt, Instant closedAt, String outcome, Instant lastChangedAt) {
	}

	/** One page of rows, and how many there are in all. */
	public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {
	}

}
