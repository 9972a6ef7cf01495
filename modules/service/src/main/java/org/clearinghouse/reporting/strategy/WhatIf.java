package org.clearinghouse.reporting.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.clearinghouse.matching.Candidate;
import org.clearinghouse.matching.MatchProposed;
import org.clearinghouse.matching.MatchingPolicy;
import org.clearinghouse.matching.MatchingWeights;
import org.clearinghouse.matching.OfferProfile;
import org.clearinghouse.matching.ProposalAccepted;
import org.clearinghouse.matching.ProposalEvent;
import org.clearinghouse.offer.OfferAmended;
import org.clearinghouse.offer.OfferCapacityReleased;
import org.clearinghouse.offer.OfferCapacityUsed;
import org.clearinghouse.offer.OfferClosed;
import org.clearinghouse.offer.OfferDetails;
import org.clearinghouse.offer.OfferEvent;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.OfferRegistered;
import org.clearinghouse.offer.OfferWithdrawn;
import org.clearinghouse.request.RequestEvent;
import org.clearinghouse.request.RequestRegistered;

import org.springframework.stereotype.Component;

/**
 * What matching would have proposed with other weights: replays the recorded history from
 * the event store, ranks each request with {@link MatchingPolicy} as it was registered,
 * against the offers as they stood at that moment (amendments, withdrawals and capacity
 * used up to then), on the day it was registered, and compares the top candidates with
 * the proposals actually made and the one accepted.
 * <p>
 * Not simulated: the replacements the matcher proposes after a decline, an expiry or a
 * cancellation, and the proposals of offers registered after the request; these are part
 * of what was actually proposed, so with the weights in force the what-if's candidates
 * are all among the actual proposals, while the actual proposals may be more.
 */
@Component
class WhatIf {

	static final String BASIS = "Each request ranked once, as registered, against the offers as they stood at that"
			+ " moment in the event store (amendments, withdrawals, capacity used), on the day it was registered;"
			+ " replacements after declines or expiries and proposals of offers registered later are not simulated.";

	record Proposal(UUID offerId, double score) {
	}

	record RequestComparison(UUID requestId, String title, List<Proposal> wouldPropose, List<UUID> proposed,
			UUID accepted, int overlap, Boolean acceptedStillProposed, List<UUID> onlyWhatIf, List<UUID> onlyActual) {
	}

	/**
	 * @param overlap how many of the what-if's candidates were actually proposed
	 * @param overlapShare {@code overlap} out of the what-if's candidates
	 * @param acceptedStillProposed of the requests with an accepted proposal, those whose
	 * accepted offer is among the what-if's candidates
	 */
	record Comparison(MatchingWeights weights, int proposalsPerRequest, String basis, int requests, int wouldPropose,
			int proposed, int overlap, Double overlapShare, int requestsWithAcceptance, int acceptedStillProposed,
			int requestsThatDiffer, List<RequestComparison> perRequest) {
	}

	private static final class OfferState {

		OfferDetails details;

		boolean active = true;

		int used;

		OfferState(OfferDetails details) {
			this.details = details;
		}

		int capacityLeft() {
			return Math.max(0, details.capacity() - used);
		}

	}

	private final EventStorageEngine storage;

	WhatIf(EventStorageEngine storage) {
		this.storage = storage;
	}

	Comparison compare(MatchingWeights weights, int proposalsPerRequest) {
		MatchingPolicy policy = new MatchingPolicy(weights);
		Map<OfferId, OfferState> offers = new LinkedHashMap<>();
		Map<UUID, String> titles = new LinkedHashMap<>();
		Map<UUID, List<Proposal>> wouldPropose = new LinkedHashMap<>();
		Map<UUID, Set<UUID>> proposed = new HashMap<>();
		Map<UUID, UUID> accepted = new HashMap<>();
		try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
			events.filter(event -> relevant(event.getPayloadType())).forEach(event -> {
				Object payload = event.getPayload();
				if (payload instanceof OfferRegistered registered) {
					offers.put(registered.offerId(), new OfferState(registered.details()));
				}
				else if (payload instanceof OfferAmended amended && offers.containsKey(amended.offerId())) {
					offers.get(amended.offerId()).details = amended.details();
				}
				else if (payload instanceof OfferCapacityUsed used && offers.containsKey(used.offerId())) {
					used(offers.get(used.offerId()), used.remaining());
				}
				else if (payload instanceof OfferCapacityReleased released && offers.containsKey(released.offerId())) {
					used(offers.get(released.offerId()), released.remaining());
				}
				else if (payload instanceof OfferWithdrawn withdrawn && offers.containsKey(withdrawn.offerId())) {
					offers.get(withdrawn.offerId()).active = false;
				}
				else if (payload instanceof OfferClosed closed && offers.containsKey(closed.offerId())) {
					offers.get(closed.offerId()).active = false;
				}
				else if (payload instanceof RequestRegistered registered) {
					UUID request = registered.requestId().value();
					titles.put(request, registered.details().title());
					List<OfferProfile> candidates = offers.entrySet()
						.stream()
						.filter(entry -> entry.getValue().active && entry.getValue().capacityLeft() > 0)
						.map(entry -> new OfferProfile(entry.getKey(), entry.getValue().details, true,
								entry.getValue().capacityLeft()))
						.toList();
					wouldPropose.put(request,
							policy
								.rank(registered.details(), candidates, day(event.getTimestamp()), Set.of(),
										proposalsPerRequest)
								.stream()
								.map(WhatIf::proposal)
								.toList());
				}
				else if (payload instanceof MatchProposed proposal) {
					proposed.computeIfAbsent(proposal.requestId().value(), key -> new LinkedHashSet<>())
						.add(proposal.offerId().value());
				}
				else if (payload instanceof ProposalAccepted acceptance) {
					accepted.putIfAbsent(acceptance.requestId().value(), acceptance.offerId().value());
				}
			});
		}
		List<RequestComparison> perRequest = new ArrayList<>();
		wouldPropose.forEach((request, candidates) -> perRequest.add(comparison(request, titles.get(request),
				candidates, List.copyOf(proposed.getOrDefault(request, Set.of())), accepted.get(request))));
		int would = perRequest.stream().mapToInt(comparison -> comparison.wouldPropose().size()).sum();
		int overlap = perRequest.stream().mapToInt(RequestComparison::overlap).sum();
		return new Comparison(weights, proposalsPerRequest, BASIS, perRequest.size(), would,
				perRequest.stream().mapToInt(comparison -> comparison.proposed().size()).sum(), overlap,
				would == 0 ? null : Math.round(1000.0 * overlap / would) / 1000.0,
				(int) perRequest.stream().filter(comparison -> comparison.accepted() != null).count(),
				(int) perRequest.stream()
					.filter(comparison -> Boolean.TRUE.equals(comparison.acceptedStillProposed()))
					.count(),
				(int) perRequest.stream()
					.filter(comparison -> !comparison.onlyWhatIf().isEmpty() || !comparison.onlyActual().isEmpty())
					.count(),
				perRequest);
	}

	private static RequestComparison comparison(UUID request, String title, List<Proposal> candidates,
			List<UUID> proposed, UUID accepted) {
		List<UUID> would = candidates.stream().map(Proposal::offerId).toList();
		return new RequestComparison(request, title, candidates, proposed, accepted,
				(int) would.stream().filter(proposed::contains).count(),
				accepted == null ? null : would.contains(accepted),
				would.stream().filter(offer -> !proposed.contains(offer)).toList(),
				proposed.stream().filter(offer -> !would.contains(offer)).toList());
	}

	private static Proposal proposal(Candidate candidate) {
		return new Proposal(candidate.offer().offerId().value(), candidate.score());
	}

	/** The remaining figure is the aggregate's, as the candidate offers keep it. */
	private static void used(OfferState offer, int remaining) {
		offer.used = Math.max(0, offer.details.capacity() - remaining);
	}

	private static LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, ZoneOffset.UTC);
	}

	private static boolean relevant(Class<?> type) {
		return RequestEvent.class.isAssignableFrom(type) || OfferEvent.class.isAssignableFrom(type)
				|| ProposalEvent.class.isAssignableFrom(type);
	}

}
