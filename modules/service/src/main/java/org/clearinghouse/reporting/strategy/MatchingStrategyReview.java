package org.clearinghouse.reporting.strategy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.clearinghouse.intake.Criterion;
import org.clearinghouse.intake.Specificity;
import org.clearinghouse.intake.SpecificityAssessment;
import org.clearinghouse.matching.Exclusion;
import org.clearinghouse.matching.MatchingPolicy;
import org.clearinghouse.matching.OfferProfile;
import org.clearinghouse.matching.inbox.MatchingFigures;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.regional.api.CurrentItems;
import org.clearinghouse.request.RequestDetails;

import org.springframework.stereotype.Component;

/**
 * The review of matching strategies (programme of work, 8(b)): how proposals fare per
 * area, assistance type, M49 region of the requesting States and provider
 * ({@link MatchingFigures}); which open requests have no accepted proposal and why,
 * according to {@link MatchingPolicy#exclusion} over the active offers whose availability
 * has not ended (an offer past its {@code availableUntil} is no option, whatever its
 * status); and whether more specific requests ({@link Specificity}) are matched more
 * often.
 */
@Component
class MatchingStrategyReview {

	/** The specificity score from which a request counts as specific. */
	static final int SPECIFIC_FROM = 60;

	/** Why a request has no accepted proposal: a code and a short text. */
	enum Why {

		NO_COMMON_AREA("no offer covers the area"), NOT_ELIGIBLE("no eligible offer"),
		CAPACITY_EXHAUSTED("capacity exhausted"), NOT_AVAILABLE_IN_TIME("no offer available in time"),
		NO_COMMON_ASSISTANCE_TYPE("no offer covering the area gives the form of assistance asked for"),
		NO_ACTIVE_OFFER("no active offer"), CANDIDATES_WITHOUT_ACCEPTANCE("offers fit, but none has been accepted yet");

		final String text;

		Why(String text) {
			this.text = text;
		}

	}

	record SpecificitySummary(int score, List<Criterion> missed) {

		static SpecificitySummary of(SpecificityAssessment assessment) {
			return new SpecificitySummary(assessment.score(), assessment.missed());
		}

	}

	/**
	 * @param exclusions for every active offer, the first hard filter it fails for the
	 * request (offers that pass none are counted as {@code candidates})
	 */
	record Unmatched(UUID requestId, String title, List<String> requestingStates, Instant registeredAt, long daysOpen,
			Why reason, String explanation, Map<String, Long> exclusions, SpecificitySummary specificity) {
	}

	record AcceptanceRate(long requests, long accepted, Double rate) {

		static AcceptanceRate of(long requests, long accepted) {
			return new AcceptanceRate(requests, accepted,
					requests == 0 ? null : Math.round(1000.0 * accepted / requests) / 1000.0);
		}

	}

	record RequestSpecificity(UUID requestId, String title, int score, List<Criterion> missed, boolean accepted) {
	}

	/**
	 * Acceptance among the requests scoring at least {@code threshold} and below it;
	 * every request registered, scored on its current details.
	 */
	record SpecificityAndMatching(int threshold, AcceptanceRate specific, AcceptanceRate generic,
			List<RequestSpecificity> requests) {
	}

	record Review(List<MatchingFigures.Outcomes> byArea, List<MatchingFigures.Outcomes> byAssistanceType,
			List<MatchingFigures.Outcomes> byRegion, List<MatchingFigures.Outcomes> byProvider,
			List<MatchingFigures.DeclineReason> declineReasons, MatchingFigures.Timing timing,
			List<Unmatched> unmatched, SpecificityAndMatching specificity) {
	}

	private final MatchingFigures figures;

	private final CurrentItems items;

	private final MatchingPolicy policy;

	private final Clock clock;

	MatchingStrategyReview(MatchingFigures figures, CurrentItems items, MatchingPolicy policy, Clock clock) {
		this.figures = figures;
		this.items = items;
		this.policy = policy;
		this.clock = clock;
	}

	Review now() {
		MatchingFigures.Figures now = figures.now();
		Set<UUID> accepted = items.requestsWithAcceptedProposal();
		LocalDate today = LocalDate.now(clock);
		List<OfferProfile> offers = items.activeOffers()
			.stream()
			.filter(offer -> offer.details().availableUntil() == null
					|| !offer.details().availableUntil().isBefore(today))
			.map(offer -> new OfferProfile(new OfferId(offer.id()), offer.details(), true, offer.capacityRemaining()))
			.toList();
		Instant at = clock.instant();
		List<Unmatched> unmatched = items.openRequests()
			.stream()
			.filter(request -> !accepted.contains(request.id()))
			.map(request -> unmatched(request, offers, today, at))
			.toList();
		List<RequestSpecificity> specificity = items.allRequests().stream().map(request -> {
			SpecificityAssessment assessment = Specificity.assess(request.details());
			return new RequestSpecificity(request.id(), request.details().title(), assessment.score(),
					assessment.missed(), accepted.contains(request.id()));
		}).toList();
		return new Review(now.byArea(), now.byAssistanceType(), now.byRegion(), now.byProvider(), now.declineReasons(),
				now.timing(), unmatched, new SpecificityAndMatching(SPECIFIC_FROM, rate(specificity, true),
						rate(specificity, false), specificity));
	}

	private Unmatched unmatched(CurrentItems.Request request, List<OfferProfile> offers, LocalDate today, Instant now) {
		Map<String, Long> exclusions = new TreeMap<>();
		offers.forEach(offer -> exclusions.merge(
				policy.exclusion(request.details(), offer, today).map(Enum::name).orElse("candidates"), 1L, Long::sum));
		Why why = why(request.details(), offers, today);
		return new Unmatched(request.id(), request.details().title(),
				request.details().requestingStates().stream().map(Object::toString).toList(), request.registeredAt(),
				Duration.between(request.registeredAt(), now).toDays(), why, why.text, exclusions,
				SpecificitySummary.of(Specificity.assess(request.details())));
	}

	/**
	 * The most telling reason: none of the offers covers an area of the request; or,
	 * among those that do, one would fit but for its capacity; otherwise the hard filter
	 * that stops the offers that get furthest through the policy's filters (in their
	 * order: available in time, eligible, common area, common form of assistance).
	 */
	Why why(RequestDetails request, List<OfferProfile> offers, LocalDate today) {
		if (offers.isEmpty()) {
			return Why.NO_ACTIVE_OFFER;
		}
		List<OfferProfile> covering = offers.stream()
			.filter(offer -> !Collections.disjoint(offer.details().areas(), request.areas()))
			.toList();
		if (covering.isEmpty()) {
			return Why.NO_COMMON_AREA;
		}
		Map<Exclusion, Long> stops = new EnumMap<>(Exclusion.class);
		boolean fits = false;
		boolean fitsButForCapacity = false;
		for (OfferProfile offer : covering) {
			Optional<Exclusion> exclusion = policy.exclusion(request, offer, today);
			if (exclusion.isEmpty()) {
				fits = true;
				continue;
			}
			Optional<Exclusion> withCapacity = policy.exclusion(request,
					new OfferProfile(offer.offerId(), offer.details(), true, Math.max(1, offer.capacityLeft())), today);
			if (withCapacity.isEmpty()) {
				fitsButForCapacity = true;
			}
			else {
				stops.merge(withCapacity.get(), 1L, Long::sum);
			}
		}
		if (fits) {
			return Why.CANDIDATES_WITHOUT_ACCEPTANCE;
		}
		if (fitsButForCapacity) {
			return Why.CAPACITY_EXHAUSTED;
		}
		Exclusion furthest = new ArrayList<>(stops.keySet()).get(stops.size() - 1);
		return Why.valueOf(furthest.name());
	}

	private static AcceptanceRate rate(List<RequestSpecificity> requests, boolean specific) {
		List<RequestSpecificity> selected = requests.stream()
			.filter(request -> (request.score() >= SPECIFIC_FROM) == specific)
			.toList();
		return AcceptanceRate.of(selected.size(), selected.stream().filter(RequestSpecificity::accepted).count());
	}

}
