package org.clearinghouse.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The quarterly update: what happened in the quarter, and in total from the first event
 * to the quarter's end, as the event store stood at the end of {@code asOf}. Maps list
 * every code with its count, zeros included, so quarters compare line by line.
 */
record QuarterlyReport(Quarter quarter, LocalDate from, LocalDate to, LocalDate asOf, Figures inQuarter,
		Figures cumulative, OpenRequests openWithoutAcceptedMatch, MeasuresOfSuccess measuresOfSuccess,
		List<TrendPoint> trend) {

	/** One period's figures: the quarter's, or the cumulative ones. */
	record Figures(RequestFigures requests, OfferFigures offers, ProposalFigures proposals, long assistanceDelivered,
			Double medianDaysToFirstProposal, Double medianDaysToAcceptance, DeliveryFigures deliveries) {
	}

	/**
	 * Matches whose assistance was recorded delivered in the period. A delivery counts
	 * once under each area of its request and each continental region and most specific
	 * sub-region (UN M49) of the requesting States, as the request figures do; by outcome
	 * is the feedback its match was closed with by the report's end (NOT_YET_CLOSED while
	 * none).
	 */
	record DeliveryFigures(long delivered, Map<String, Long> byArea, Map<String, Long> byRegion,
			Map<String, Long> bySubRegion, Map<String, Long> byOutcome) {
	}

	/**
	 * The key measures of one quarter, computed as of its end (or the report's
	 * {@code asOf}, whichever is earlier): requests registered, the median days to
	 * acceptance and the deliveries in that quarter, and the share of requests matched
	 * within 90 days among those registered at least 90 days before that end.
	 */
	record TrendPoint(Quarter quarter, LocalDate asOf, long requestsRegistered, Share matchedWithin90Days,
			Double medianDaysToAcceptance, long assistanceDelivered) {
	}

	/**
	 * Requests registered. A request counts once under each of its areas, weapon
	 * categories, assistance types, and the continental regions and the most specific
	 * sub-regions (UN M49) of its States.
	 */
	record RequestFigures(long registered, Map<String, Long> byArea, Map<String, Long> byWeaponCategory,
			Map<String, Long> byAssistanceType, Map<String, Long> byRegion, Map<String, Long> bySubRegion,
			Map<String, Long> byRequesterKind) {
	}

	/**
	 * Offers registered; by region means the regions an offer is limited to (001, the
	 * world, when it is open to all).
	 */
	record OfferFigures(long registered, Map<String, Long> byArea, Map<String, Long> byWeaponCategory,
			Map<String, Long> byAssistanceType, Map<String, Long> byRegion, Map<String, Long> byProviderType) {
	}

	record ProposalFigures(long made, long accepted, long declined, long expired, long cancelled,
			List<ReasonCount> topDeclineReasons) {
	}

	record ReasonCount(String reason, long count) {
	}

	/**
	 * Requests open at the report's end with no accepted match, and how long they have
	 * waited since registration.
	 */
	record OpenRequests(long count, Double medianDaysWaiting, Long longestDaysWaiting, List<WaitingRequest> requests) {
	}

	record WaitingRequest(UUID requestId, LocalDate registeredOn, long daysWaiting) {
	}

	/** Quantitative measures of success (paragraph 11(f)), from the first event on. */
	record MeasuresOfSuccess(Share matchedWithin90Days, Share proposalsAccepted, Share acceptedDelivered) {
	}

	/**
	 * {@code part} of {@code of}; the share is null when there is nothing to measure.
	 */
	record Share(long of, long part, Double share) {
	}

}
