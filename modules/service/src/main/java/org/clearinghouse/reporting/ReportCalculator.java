package org.clearinghouse.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.clearinghouse.matching.AssistanceDelivered;
import org.clearinghouse.matching.MatchClosed;
import org.clearinghouse.matching.MatchConfirmed;
import org.clearinghouse.matching.MatchProposed;
import org.clearinghouse.matching.ProposalAccepted;
import org.clearinghouse.matching.ProposalCancelled;
import org.clearinghouse.matching.ProposalDeclined;
import org.clearinghouse.matching.ProposalEvent;
import org.clearinghouse.matching.ProposalExpired;
import org.clearinghouse.matching.ProposalStatus;
import org.clearinghouse.offer.OfferAmended;
import org.clearinghouse.offer.OfferDetails;
import org.clearinghouse.offer.OfferRegistered;
import org.clearinghouse.offer.ProviderType;
import org.clearinghouse.reporting.QuarterlyReport.DeliveryFigures;
import org.clearinghouse.reporting.QuarterlyReport.Figures;
import org.clearinghouse.reporting.QuarterlyReport.MeasuresOfSuccess;
import org.clearinghouse.reporting.QuarterlyReport.OfferFigures;
import org.clearinghouse.reporting.QuarterlyReport.OpenRequests;
import org.clearinghouse.reporting.QuarterlyReport.ProposalFigures;
import org.clearinghouse.reporting.QuarterlyReport.ReasonCount;
import org.clearinghouse.reporting.QuarterlyReport.RequestFigures;
import org.clearinghouse.reporting.QuarterlyReport.Share;
import org.clearinghouse.reporting.QuarterlyReport.TrendPoint;
import org.clearinghouse.reporting.QuarterlyReport.WaitingRequest;
import org.clearinghouse.request.RequestAmended;
import org.clearinghouse.request.RequestClosed;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.request.RequestRegistered;
import org.clearinghouse.request.RequestWithdrawn;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.FeedbackOutcome;
import org.clearinghouse.vocabulary.Geography;
import org.clearinghouse.vocabulary.RegionCode;
import org.clearinghouse.vocabulary.WeaponCategory;

/**
 * The quarterly update as a pure function of the event history: no clock, no database.
 * The report's end is the quarter's last day or the {@code asOf} day, whichever is
 * earlier; only events stored before that day is over count. Days are whole calendar days
 * in UTC. A request is described by what it says at the report's end (its last amendment
 * by then).
 */
final class ReportCalculator {

	static final int TOP_REASONS = 5;

	static final int MATCHED_WITHIN_DAYS = 90;

	/** Quarters in the trend: the report's and the three before it. */
	static final int TREND_QUARTERS = 4;

	/** The outcome of a delivered match not closed with feedback by the report's end. */
	static final String NOT_YET_CLOSED = "NOT_YET_CLOSED";

	private static final Set<ProposalStatus> ACCEPTED = EnumSet.of(ProposalStatus.ACCEPTED, ProposalStatus.CONFIRMED,
			ProposalStatus.DELIVERED, ProposalStatus.CLOSED);

	private ReportCalculator() {
	}

	static QuarterlyReport calculate(List<RecordedEvent> history, Quarter quarter, LocalDate asOf) {
		LocalDate end = end(quarter, asOf);
		Instant before = start(end.plusDays(1));
		Fold fold = fold(history, before);
		Figures inQuarter = fold.figures(inQuarter(quarter, before));
		MeasuresOfSuccess measures = fold.measuresOfSuccess(end);
		List<TrendPoint> trend = new ArrayList<>();
		Quarter earlier = quarter;
		for (int i = 1; i < TREND_QUARTERS; i++) {
			earlier = earlier.previous();
			LocalDate earlierEnd = end(earlier, asOf);
			Instant earlierBefore = start(earlierEnd.plusDays(1));
			Fold then = fold(history, earlierBefore);
			trend.add(0, point(earlier, earlierEnd, then.figures(inQuarter(earlier, earlierBefore)),
					then.measuresOfSuccess(earlierEnd)));
		}
		trend.add(point(quarter, end, inQuarter, measures));
		Predicate<Instant> cumulative = at -> at != null && at.isBefore(before);
		return new QuarterlyReport(quarter, quarter.firstDay(), quarter.lastDay(), asOf, inQuarter,
				fold.figures(cumulative), fold.openWithoutAcceptedMatch(end), measures, List.copyOf(trend));
	}

	/** The quarter's last day or the asOf day, whichever is earlier. */
	private static LocalDate end(Quarter quarter, LocalDate asOf) {
		return asOf.isBefore(quarter.lastDay()) ? asOf : quarter.lastDay();
	}

	private static Fold fold(List<RecordedEvent> history, Instant before) {
		Fold fold = new Fold();
		for (RecordedEvent event : history) {
			if (event.at().isBefore(before)) {
				fold.apply(event);
			}
		}
		return fold;
	}

	private static Predicate<Instant> inQuarter(Quarter quarter, Instant before) {
		Instant quarterStart = start(quarter.firstDay());
		return at -> at != null && !at.isBefore(quarterStart) && at.isBefore(before);
	}

	private static TrendPoint point(Quarter quarter, LocalDate end, Figures inQuarter, MeasuresOfSuccess measures) {
		return new TrendPoint(quarter, end, inQuarter.requests().registered(), measures.matchedWithin90Days(),
				inQuarter.medianDaysToAcceptance(), inQuarter.deliveries().delivered());
	}

	private static Instant start(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private static LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, ZoneOffset.UTC);
	}

	private static long days(Instant from, Instant to) {
		return ChronoUnit.DAYS.between(day(from), day(to));
	}

	static Double median(Collection<Long> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Long> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle).doubleValue()
				: (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
	}

	static Share share(long of, long part) {
		return new Share(of, part, of == 0 ? null
				: BigDecimal.valueOf(part).divide(BigDecimal.valueOf(of), 4, RoundingMode.HALF_UP).doubleValue());
	}

	private static final class Request {

		final UUID id;

		final Instant registeredAt;

		RequestDetails details;

		boolean open = true;

		Instant firstProposalAt;

		Instant firstAcceptedAt;

		Request(UUID id, Instant registeredAt, RequestDetails details) {
			this.id = id;
			this.registeredAt = registeredAt;
			this.details = details;
		}

	}

	private record Offer(Instant registeredAt, OfferDetails details) {
	}

	private record Step(Instant at, Object event) {
	}

	/** The history folded up to the report's end. */
	private static final class Fold {

		final Map<UUID, Request> requests = new LinkedHashMap<>();

		final Map<UUID, Offer> offers = new LinkedHashMap<>();

		final Map<UUID, ProposalStatus> proposals = new HashMap<>();

		final Map<UUID, UUID> requestOfProposal = new HashMap<>();

		final List<Step> proposalSteps = new ArrayList<>();

		final Map<UUID, Instant> deliveredAt = new LinkedHashMap<>();

		final Map<UUID, FeedbackOutcome> outcomes = new HashMap<>();

		void apply(RecordedEvent recorded) {
			Instant at = recorded.at();
			Object event = recorded.payload();
			if (event instanceof RequestRegistered registered) {
				requests.putIfAbsent(registered.requestId().value(),
						new Request(registered.requestId().value(), at, registered.details()));
			}
			else if (event instanceof RequestAmended amended) {
				request(amended.requestId().value(), r -> r.details = amended.details());
			}
			else if (event instanceof RequestWithdrawn withdrawn) {
				request(withdrawn.requestId().value(), r -> r.open = false);
			}
			else if (event instanceof RequestClosed closed) {
				request(closed.requestId().value(), r -> r.open = false);
			}
			else if (event instanceof OfferRegistered registered) {
				offers.putIfAbsent(registered.offerId().value(), new Offer(at, registered.details()));
			}
			else if (event instanceof OfferAmended amended) {
				offers.computeIfPresent(amended.offerId().value(),
						(id, o) -> new Offer(o.registeredAt(), amended.details()));
			}
			else if (event instanceof ProposalEvent proposal) {
				applyProposal(at, proposal);
			}
		}

		private void applyProposal(Instant at, ProposalEvent event) {
			UUID id = event.proposalId().value();
			UUID request = event.requestId().value();
			ProposalStatus status = switchStatus(event);
			if (status == null) {
				return;
			}
			proposalSteps.add(new Step(at, event));
			proposals.put(id, status);
			requestOfProposal.put(id, request);
			if (event instanceof AssistanceDelivered) {
				deliveredAt.putIfAbsent(id, at);
			}
			if (event instanceof MatchClosed closed) {
				outcomes.put(id, closed.outcome());
			}
			Request r = requests.get(request);
			if (r == null) {
				return;
			}
			if (event instanceof MatchProposed && r.firstProposalAt == null) {
				r.firstProposalAt = at;
			}
			if (event instanceof ProposalAccepted && r.firstAcceptedAt == null) {
				r.firstAcceptedAt = at;
			}
		}

		/**
		 * The status a proposal event leads to; null for a reminder, which changes none.
		 */
		private static ProposalStatus switchStatus(ProposalEvent event) {
			if (event instanceof MatchProposed) {
				return ProposalStatus.PROPOSED;
			}
			if (event instanceof ProposalAccepted) {
				return ProposalStatus.ACCEPTED;
			}
			if (event instanceof ProposalDeclined) {
				return ProposalStatus.DECLINED;
			}
			if (event instanceof ProposalExpired) {
				return ProposalStatus.EXPIRED;
			}
			if (event instanceof ProposalCancelled) {
				return ProposalStatus.CANCELLED;
			}
			if (event instanceof MatchConfirmed) {
				return ProposalStatus.CONFIRMED;
			}
			if (event instanceof AssistanceDelivered) {
				return ProposalStatus.DELIVERED;
			}
			if (event instanceof MatchClosed) {
				return ProposalStatus.CLOSED;
			}
			return null;
		}

		private void request(UUID id, java.util.function.Consumer<Request> change) {
			Request request = requests.get(id);
			if (request != null) {
				change.accept(request);
			}
		}

		Figures figures(Predicate<Instant> period) {
			List<Request> registered = requests.values().stream().filter(r -> period.test(r.registeredAt)).toList();
			List<OfferDetails> offered = offers.values()
				.stream()
				.filter(o -> period.test(o.registeredAt()))
				.map(Offer::details)
				.toList();
			RequestFigures requestFigures = new RequestFigures(registered.size(),
					byEnum(Area.class, registered, r -> r.details.areas()),
					byEnum(WeaponCategory.class, registered, r -> r.details.weaponCategories()),
					byEnum(AssistanceType.class, registered, r -> r.details.assistanceTypes()),
					byCode(registered, r -> continents(r.details.requestingStates())),
					byCode(registered, r -> subRegions(r.details.requestingStates())),
					byKeys(List.of("SINGLE_STATE", "JOINT"), registered,
							r -> Set.of(r.details.isJoint() ? "JOINT" : "SINGLE_STATE")));
			OfferFigures offerFigures = new OfferFigures(offered.size(),
					byEnum(Area.class, offered, OfferDetails::areas),
					byEnum(WeaponCategory.class, offered, OfferDetails::weaponCategories),
					byEnum(AssistanceType.class, offered, OfferDetails::assistanceTypes),
					byCode(offered, Fold::servedRegions),
					byKeys(List.of(ProviderType.STATE.name(), ProviderType.ORGANIZATION.name()), offered,
							o -> Set.of(o.provider().type().name())));
			List<Step> steps = proposalSteps.stream().filter(s -> period.test(s.at())).toList();
			Map<String, Long> reasons = new HashMap<>();
			steps.stream()
				.map(Step::event)
				.filter(ProposalDeclined.class::isInstance)
				.map(e -> reason(((ProposalDeclined) e).reason()))
				.forEach(reason -> reasons.merge(reason, 1L, Long::sum));
			List<ReasonCount> top = reasons.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.limit(TOP_REASONS)
				.map(e -> new ReasonCount(e.getKey(), e.getValue()))
				.toList();
			ProposalFigures proposalFigures = new ProposalFigures(count(steps, MatchProposed.class),
					count(steps, ProposalAccepted.class), count(steps, ProposalDeclined.class),
					count(steps, ProposalExpired.class), count(steps, ProposalCancelled.class), top);
			Double toProposal = median(requests.values()
				.stream()
				.filter(r -> period.test(r.firstProposalAt))
				.map(r -> days(r.registeredAt, r.firstProposalAt))
				.toList());
			Double toAcceptance = median(requests.values()
				.stream()
				.filter(r -> period.test(r.firstAcceptedAt))
				.map(r -> days(r.registeredAt, r.firstAcceptedAt))
				.toList());
			return new Figures(requestFigures, offerFigures, proposalFigures, count(steps, AssistanceDelivered.class),
					toProposal, toAcceptance, deliveries(period));
		}

		private DeliveryFigures deliveries(Predicate<Instant> period) {
			List<UUID> delivered = deliveredAt.entrySet()
				.stream()
				.filter(e -> period.test(e.getValue()))
				.map(Map.Entry::getKey)
				.toList();
			Function<UUID, RequestDetails> details = proposal -> {
				Request request = requests.get(requestOfProposal.get(proposal));
				return request == null ? null : request.details;
			};
			List<String> outcomeKeys = new ArrayList<>();
			EnumSet.allOf(FeedbackOutcome.class).forEach(o -> outcomeKeys.add(o.name()));
			outcomeKeys.add(NOT_YET_CLOSED);
			return new DeliveryFigures(delivered.size(), byEnum(Area.class, delivered, p -> {
				RequestDetails d = details.apply(p);
				return d == null ? Set.of() : d.areas();
			}), byCode(delivered, p -> {
				RequestDetails d = details.apply(p);
				return d == null ? Set.of() : continents(d.requestingStates());
			}), byCode(delivered, p -> {
				RequestDetails d = details.apply(p);
				return d == null ? Set.of() : subRegions(d.requestingStates());
			}), byKeys(outcomeKeys, delivered, p -> {
				FeedbackOutcome outcome = outcomes.get(p);
				return Set.of(outcome == null ? NOT_YET_CLOSED : outcome.name());
			}));
		}

		OpenRequests openWithoutAcceptedMatch(LocalDate end) {
			Set<UUID> matched = new TreeSet<>();
			proposals.forEach((proposal, status) -> {
				if (ACCEPTED.contains(status)) {
					matched.add(requestOfProposal.get(proposal));
				}
			});
			List<WaitingRequest> waiting = requests.values()
				.stream()
				.filter(r -> r.open && !matched.contains(r.id))
				.map(r -> new WaitingRequest(r.id, day(r.registeredAt),
						ChronoUnit.DAYS.between(day(r.registeredAt), end)))
				.sorted(Comparator.comparingLong(WaitingRequest::daysWaiting)
					.reversed()
					.thenComparing(WaitingRequest::requestId))
				.toList();
			List<Long> days = waiting.stream().map(WaitingRequest::daysWaiting).toList();
			return new OpenRequests(waiting.size(), median(days), waiting.isEmpty() ? null : days.get(0), waiting);
		}

		MeasuresOfSuccess measuresOfSuccess(LocalDate end) {
			List<Request> due = requests.values()
				.stream()
				.filter(r -> !day(r.registeredAt).plusDays(MATCHED_WITHIN_DAYS).isAfter(end))
				.toList();
			long matchedInTime = due.stream()
				.filter(r -> r.firstAcceptedAt != null
						&& !day(r.firstAcceptedAt).isAfter(day(r.registeredAt).plusDays(MATCHED_WITHIN_DAYS)))
				.count();
			long accepted = count(proposalSteps, ProposalAccepted.class);
			long answered = accepted + count(proposalSteps, ProposalDeclined.class)
					+ count(proposalSteps, ProposalExpired.class);
			return new MeasuresOfSuccess(share(due.size(), matchedInTime), share(answered, accepted),
					share(accepted, count(proposalSteps, AssistanceDelivered.class)));
		}

		private static long count(List<Step> steps, Class<?> type) {
			return steps.stream().filter(s -> type.isInstance(s.event())).count();
		}

		private static String reason(String reason) {
			return reason == null || reason.isBlank() ? "(no reason given)" : reason.strip();
		}

		private static Set<String> continents(Set<CountryCode> states) {
			Set<String> regions = new TreeSet<>();
			states.forEach(state -> Geography.standard().regionOf(state).ifPresent(r -> regions.add(r.value())));
			return regions;
		}

		private static Set<String> subRegions(Set<CountryCode> states) {
			Set<String> regions = new TreeSet<>();
			states.forEach(state -> Geography.standard().subRegionOf(state).ifPresent(r -> regions.add(r.value())));
			return regions;
		}

		private static Set<String> servedRegions(OfferDetails offer) {
			Set<String> regions = new TreeSet<>();
			offer.eligibleRegions().forEach(r -> regions.add(r.value()));
			regions.addAll(continents(offer.eligibleStates()));
			return regions.isEmpty() ? Set.of(Geography.WORLD.value()) : regions;
		}

		private static <E extends Enum<E>, T> Map<String, Long> byEnum(Class<E> codes, List<T> items,
				Function<T, Set<E>> of) {
			return byKeys(EnumSet.allOf(codes).stream().map(Enum::name).toList(), items,
					item -> of.apply(item).stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
		}

		private static <T> Map<String, Long> byKeys(List<String> keys, List<T> items, Function<T, Set<String>> of) {
			Map<String, Long> counts = new LinkedHashMap<>();
			keys.forEach(key -> counts.put(key, 0L));
			items.forEach(item -> of.apply(item).forEach(key -> counts.merge(key, 1L, Long::sum)));
			return counts;
		}

		private static <T> Map<String, Long> byCode(List<T> items, Function<T, Set<String>> of) {
			Map<String, Long> counts = new TreeMap<>();
			items.forEach(item -> of.apply(item).forEach(key -> counts.merge(key, 1L, Long::sum)));
			return counts;
		}

	}

	static String regionName(String code) {
		try {
			return RegionCode.of(code).name();
		}
		catch (IllegalArgumentException ex) {
			return code;
		}
	}

}
