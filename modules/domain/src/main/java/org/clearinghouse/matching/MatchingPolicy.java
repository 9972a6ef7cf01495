package org.clearinghouse.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.clearinghouse.offer.OfferDetails;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.Geography;
import org.clearinghouse.vocabulary.RegionCode;

/**
 * Ranks offers for a request: a pure, deterministic function. Hard filters exclude an
 * offer outright (see {@link Exclusion}); the rest are scored by the weighted share of
 * what the request asks for (areas, assistance types, weapon categories, languages) that
 * the offer covers, and every candidate carries reasons a person can read. Ties go to the
 * offer with more capacity left, then to the lower id, so the same input always gives the
 * same ranking.
 */
public final class MatchingPolicy {

	private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score)
		.reversed()
		.thenComparing(Comparator.comparingInt((Candidate c) -> c.offer().capacityLeft()).reversed())
		.thenComparing(c -> c.offer().offerId().value());

	private final MatchingWeights weights;

	public MatchingPolicy(MatchingWeights weights) {
		this.weights = weights;
	}

	/**
	 * The best candidates, at most {@code limit}, leaving out the offers in
	 * {@code exclude}.
	 */
	public List<Candidate> rank(RequestDetails request, Collection<OfferProfile> offers, LocalDate today,
			Set<OfferId> exclude, int limit) {
		if (limit <= 0) {
			return List.of();
		}
		// the best `limit` by score alone (no reasons built), worst of them on top; then
		// the full assessment, reasons and all, only for those
		PriorityQueue<Scored> best = new PriorityQueue<>(limit + 1, Scored.BEST_FIRST.reversed());
		for (OfferProfile offer : offers) {
			if (exclude.contains(offer.offerId()) || exclusion(request, offer, today).isPresent()) {
				continue;
			}
			Scored scored = new Scored(offer, score(request, offer.details()));
			if (best.size() < limit) {
				best.add(scored);
			}
			else if (Scored.BEST_FIRST.compare(scored, best.peek()) < 0) {
				best.poll();
				best.add(scored);
			}
		}
		return best.stream()
			.sorted(Scored.BEST_FIRST)
			.map(scored -> assess(request, scored.offer(), today))
			.flatMap(Optional::stream)
			.sorted(BEST_FIRST)
			.toList();
	}

	/**
	 * The score {@link #assess} gives an offer that passes the hard filters, without the
	 * reasons.
	 */
	public double score(RequestDetails request, OfferDetails details) {
		double areas = overlap(request.areas(), details.areas());
		double types = overlap(request.assistanceTypes(), details.assistanceTypes());
		double weapons = coverage(request.weaponCategories(), details.weaponCategories());
		double languages = coverage(request.languages(), details.languages());
		return combine(areas, types, weapons, languages);
	}

	private double combine(double areas, double types, double weapons, double languages) {
		double score = (weights.areas() * areas + weights.assistanceTypes() * types
				+ weights.weaponCategories() * weapons + weights.languages() * languages) / weights.total();
		return Math.round(score * 1000) / 1000.0;
	}

	private static <T> int commonCount(Set<T> asked, Set<T> offered) {
		int common = 0;
		for (T code : offered) {
			if (asked.contains(code)) {
				common++;
			}
		}
		return common;
	}

	private static <T> double overlap(Set<T> asked, Set<T> offered) {
		int common = commonCount(asked, offered);
		int either = asked.size() + offered.size() - common;
		return either == 0 ? 1.0 : (double) common / either;
	}

	private static <T> double coverage(Set<T> asked, Set<T> offered) {
		return asked.isEmpty() ? 1.0 : (double) commonCount(asked, offered) / asked.size();
	}

	private record Scored(OfferProfile offer, double score) {

		static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score)
			.reversed()
			.thenComparing(Comparator.comparingInt((Scored s) -> s.offer().capacityLeft()).reversed())
			.thenComparing(s -> s.offer().offerId().value());

	}

	/**
	 * The offer as a candidate for the request, or empty if a hard filter excludes it.
	 */
	public Optional<Candidate> assess(RequestDetails request, OfferProfile offer, LocalDate today) {
		if (exclusion(request, offer, today).isPresent()) {
			return Optional.empty();
		}
		OfferDetails details = offer.details();
		List<String> reasons = new ArrayList<>();
		double areas = overlap(request.areas(), details.areas(), MatchReason.Kind.AREAS, reasons);
		double types = overlap(request.assistanceTypes(), details.assistanceTypes(), MatchReason.Kind.ASSISTANCE_TYPES,
				reasons);
		double weapons = coverage(request.weaponCategories(), details.weaponCategories(),
				MatchReason.Kind.WEAPON_CATEGORIES, reasons);
		double languages = coverage(request.languages(), details.languages(), MatchReason.Kind.LANGUAGES, reasons);
		reasons.add(eligibility(request, details).text());
		return Optional.of(new Candidate(offer, combine(areas, types, weapons, languages), List.copyOf(reasons)));
	}

	/** The first hard filter the offer fails for the request, if any. */
	public Optional<Exclusion> exclusion(RequestDetails request, OfferProfile offer, LocalDate today) {
		OfferDetails details = offer.details();
		if (!offer.active()) {
			return Optional.of(Exclusion.OFFER_NOT_ACTIVE);
		}
		if (offer.capacityLeft() <= 0) {
			return Optional.of(Exclusion.CAPACITY_EXHAUSTED);
		}
		if (!availableInTime(request, details, today)) {
			return Optional.of(Exclusion.NOT_AVAILABLE_IN_TIME);
		}
		if (!request.requestingStates().stream().allMatch(state -> eligible(state, details))) {
			return Optional.of(Exclusion.NOT_ELIGIBLE);
		}
		if (request.areas().stream().noneMatch(details.areas()::contains)) {
			return Optional.of(Exclusion.NO_COMMON_AREA);
		}
		if (request.assistanceTypes().stream().noneMatch(details.assistanceTypes()::contains)) {
			return Optional.of(Exclusion.NO_COMMON_ASSISTANCE_TYPE);
		}
		return Optional.empty();
	}

	/** The offer has not ended, and starts no later than the request needs it. */
	private static boolean availableInTime(RequestDetails request, OfferDetails offer, LocalDate today) {
		boolean notEnded = offer.availableUntil() == null || !offer.availableUntil().isBefore(today);
		boolean startsInTime = request.neededBy() == null || offer.availableFrom() == null
				|| !offer.availableFrom().isAfter(request.neededBy());
		return notEnded && startsInTime;
	}

	/**
	 * Open to any State when it names no region and no State; otherwise the State or one
	 * of its regions.
	 */
	static boolean eligible(CountryCode state, OfferDetails offer) {
		if (offer.eligibleRegions().isEmpty() && offer.eligibleStates().isEmpty()) {
			return true;
		}
		return offer.eligibleStates().contains(state)
				|| Geography.standard().regionsOf(state).stream().anyMatch(offer.eligibleRegions()::contains);
	}

	/**
	 * The share of what the request asks for in one dimension that the offer covers; a
	 * request that asks nothing in it is fully covered. Notes the common codes as a
	 * reason.
	 */
	private static <T extends Comparable<? super T>> double coverage(Set<T> asked, Set<T> offered,
			MatchReason.Kind reason, List<String> reasons) {
		Set<T> common = common(asked, offered, reason, reasons);
		return asked.isEmpty() ? 1.0 : (double) common.size() / asked.size();
	}

	/**
	 * The common codes over all the codes either side names (Jaccard); notes the common
	 * ones.
	 */
	private static <T extends Comparable<? super T>> double overlap(Set<T> asked, Set<T> offered,
			MatchReason.Kind reason, List<String> reasons) {
		Set<T> common = common(asked, offered, reason, reasons);
		Set<T> either = new TreeSet<>(asked);
		either.addAll(offered);
		return either.isEmpty() ? 1.0 : (double) common.size() / either.size();
	}

	private static <T extends Comparable<? super T>> Set<T> common(Set<T> asked, Set<T> offered,
			MatchReason.Kind reason, List<String> reasons) {
		Set<T> common = asked.stream().filter(offered::contains).collect(Collectors.toCollection(TreeSet::new));
		if (!common.isEmpty()) {
			reasons.add(MatchReason.common(reason, common).text());
		}
		return common;
	}

	private static MatchReason eligibility(RequestDetails request, OfferDetails offer) {
		if (offer.eligibleRegions().isEmpty() && offer.eligibleStates().isEmpty()) {
			return MatchReason.openToEveryState();
		}
		return MatchReason.openTo(request.requestingStates().stream().map(state -> via(state, offer)).toList());
	}

	private static MatchReason.Eligibility via(CountryCode state, OfferDetails offer) {
		if (offer.eligibleStates().contains(state)) {
			return new MatchReason.Eligibility(state, true, null);
		}
		RegionCode region = Geography.standard()
			.regionsOf(state)
			.stream()
			.filter(Predicate.not(Geography.WORLD::equals))
			.filter(offer.eligibleRegions()::contains)
			.findFirst()
			.orElse(null);
		return new MatchReason.Eligibility(state, false, region);
	}

}
