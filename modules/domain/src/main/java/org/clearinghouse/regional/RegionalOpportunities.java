package org.clearinghouse.regional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.clearinghouse.offer.OfferId;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.Framework;
import org.clearinghouse.vocabulary.FrameworkKind;
import org.clearinghouse.vocabulary.Geography;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.RegionCode;
import org.clearinghouse.vocabulary.Rules;
import org.clearinghouse.vocabulary.WeaponCategory;

/**
 * Regional opportunities (programme of work, paragraph 8(f)): groups of open requests
 * that could be served together, because their States belong to one framework or lie in
 * one UN M49 sub-region and they ask for the same area and the same type of assistance.
 *
 * <p>
 * The rules, as a pure function:
 * <ul>
 * <li>A request belongs to a basis when every one of its requesting States does (a joint
 * request counts with all its States).</li>
 * <li>Within a basis, the requests that all ask for one area and one assistance type form
 * a group, if they are at least two and come from at least two States. Several
 * area-and-type pairs giving the same requests give one group, which shares all of
 * them.</li>
 * <li>A request may be in several groups (e.g. one per framework). Groups of the same
 * requests found on several bases are reported once: on a framework rather than a
 * sub-region, the framework with the fewest members first, then by kind (a customs union
 * before a regional organization), then by code; the other bases are listed in
 * {@link OpportunityGroup#alsoWithin()}.</li>
 * <li>An offer could serve a group if it covers a shared area and a shared type, every
 * State of the group is eligible, and it has capacity left (one regional activity uses
 * one unit of capacity).</li>
 * <li>The suggested joint request names the group's framework. A group found only by
 * geography names the smallest framework that holds all its States if there is one;
 * otherwise a {@code REGIONAL_ORGANIZATION} named after the sub-region ("States of
 * Eastern Africa (UN M49 014)"), and its description says the framework is to be agreed
 * with the States.</li>
 * <li>Output is sorted: groups on a framework first, then by basis code, then larger
 * groups first, then by id.</li>
 * </ul>
 */
public final class RegionalOpportunities {

	private static final Comparator<Basis> PREFERRED_BASIS = Comparator
		.comparing((Basis basis) -> basis instanceof Basis.SameFramework ? 0 : 1)
		.thenComparing(
				basis -> basis instanceof Basis.SameFramework framework ? framework.framework().members().size() : 0)
		.thenComparing(
				basis -> basis instanceof Basis.SameFramework framework ? framework.framework().kind().ordinal() : 0)
		.thenComparing(Basis::code);

	private static final Comparator<OpportunityGroup> REPORT_ORDER = Comparator
		.comparing((OpportunityGroup group) -> group.basis() instanceof Basis.SameFramework ? 0 : 1)
		.thenComparing(group -> group.basis().code())
		.thenComparing(group -> -group.requests().size())
		.thenComparing(group -> group.id().toString());

	private final Frameworks frameworks;

	private final Geography geography;

	private RegionalOpportunities(Frameworks frameworks, Geography geography) {
		this.frameworks = frameworks;
		this.geography = geography;
	}

	/** The regional opportunities among these requests, on the shipped frameworks. */
	public static List<OpportunityGroup> find(List<OpenRequest> requests, List<CandidateOffer> offers) {
		return find(requests, offers, Frameworks.standard());
	}

	/** The regional opportunities among these requests, on the given frameworks. */
	public static List<OpportunityGroup> find(List<OpenRequest> requests, List<CandidateOffer> offers,
			Frameworks frameworks) {
		return new RegionalOpportunities(frameworks, Geography.standard()).groups(requests, offers);
	}

	private List<OpportunityGroup> groups(List<OpenRequest> requests, List<CandidateOffer> offers) {
		Map<RequestId, OpenRequest> byId = new LinkedHashMap<>();
		requests.stream()
			.sorted(Comparator.comparing(request -> request.id().toString()))
			.forEach(request -> byId.putIfAbsent(request.id(), request));
		List<OpenRequest> open = List.copyOf(byId.values());

		Map<List<RequestId>, Set<Basis>> basesByRequests = new TreeMap<>(Comparator.comparing(Object::toString));
		for (Basis basis : bases(open)) {
			List<OpenRequest> inBasis = open.stream().filter(request -> belongsTo(request, basis)).toList();
			if (inBasis.size() < 2) {
				continue;
			}
			for (Area area : Area.values()) {
				for (AssistanceType type : AssistanceType.values()) {
					List<OpenRequest> asking = inBasis.stream().filter(request -> request.asksFor(area, type)).toList();
					if (asking.size() >= 2 && statesOf(asking).size() >= 2) {
						basesByRequests
							.computeIfAbsent(asking.stream().map(OpenRequest::id).toList(),
									key -> new LinkedHashSet<>())
							.add(basis);
					}
				}
			}
		}

		List<OpportunityGroup> groups = new ArrayList<>();
		basesByRequests.forEach((ids, bases) -> groups
			.add(group(ids.stream().map(byId::get).toList(), bases.stream().sorted(PREFERRED_BASIS).toList(), offers)));
		groups.sort(REPORT_ORDER);
		return List.copyOf(groups);
	}

	/** Every framework, and the sub-region of every requesting State. */
	private List<Basis> bases(List<OpenRequest> requests) {
		List<Basis> bases = new ArrayList<>();
		frameworks.all().forEach(framework -> bases.add(new Basis.SameFramework(framework)));
		requests.stream()
			.flatMap(request -> request.requestingStates().stream())
			.map(geography::subRegionOf)
			.flatMap(Optional::stream)
			.collect(Collectors.toCollection(TreeSet::new))
			.forEach(region -> bases.add(new Basis.SameSubRegion(region)));
		return bases;
	}

	private boolean belongsTo(OpenRequest request, Basis basis) {
		Predicate<CountryCode> member = basis instanceof Basis.SameFramework framework ? framework.framework()::includes
				: state -> geography.subRegionOf(state).equals(Optional.of(((Basis.SameSubRegion) basis).subRegion()));
		return !request.requestingStates().isEmpty() && request.requestingStates().stream().allMatch(member);
	}

	private OpportunityGroup group(List<OpenRequest> requests, List<Basis> bases, List<CandidateOffer> offers) {
		SortedSet<CountryCode> states = statesOf(requests);
		Shared shared = new Shared(common(requests, OpenRequest::areas, Area.class),
				common(requests, OpenRequest::assistanceTypes, AssistanceType.class),
				common(requests, OpenRequest::weaponCategories, WeaponCategory.class));
		List<RequestId> ids = requests.stream().map(OpenRequest::id).toList();
		Basis basis = bases.get(0);
		return new OpportunityGroup(OpportunityId.forRequests(ids), basis, bases.subList(1, bases.size()), states, ids,
				shared, offersFor(states, shared, offers), suggestion(basis, states, requests, shared));
	}

	private List<OfferId> offersFor(Set<CountryCode> states, Shared shared, List<CandidateOffer> offers) {
		return offers.stream()
			.filter(offer -> offer.capacityLeft() >= 1)
			.filter(offer -> offer.areas().stream().anyMatch(shared.areas()::contains))
			.filter(offer -> offer.assistanceTypes().stream().anyMatch(shared.assistanceTypes()::contains))
			.filter(offer -> states.stream().allMatch(state -> offer.isEligible(state, geography)))
			.sorted(Comparator.comparing((CandidateOffer offer) -> -coverage(offer, shared))
				.thenComparing(offer -> offer.id().toString()))
			.map(CandidateOffer::id)
			.distinct()
			.toList();
	}

	private static long coverage(CandidateOffer offer, Shared shared) {
		return offer.areas().stream().filter(shared.areas()::contains).count()
				+ offer.assistanceTypes().stream().filter(shared.assistanceTypes()::contains).count();
	}

	private RequestDetails suggestion(Basis basis, SortedSet<CountryCode> states, List<OpenRequest> requests,
			Shared shared) {
		Optional<FrameworkMembership> holding = basis instanceof Basis.SameFramework framework
				? Optional.of(framework.framework()) : smallestFrameworkHolding(states);
		Framework framework = holding.map(FrameworkMembership::framework)
			.orElseGet(() -> new Framework(FrameworkKind.REGIONAL_ORGANIZATION,
					"States of " + basis.name() + " (UN M49 " + basis.code() + ")"));
		String title = "Joint request through " + (holding.isPresent() ? "the " + framework.name() : framework.name())
				+ ": " + words(shared.areas()) + "; " + words(shared.assistanceTypes());
		if (title.length() > Rules.MAX_TITLE_LENGTH) {
			title = title.substring(0, Rules.MAX_TITLE_LENGTH - 1) + "…";
		}
		String description = "Suggested from " + requests.size() + " open requests of "
				+ states.stream().map(CountryCode::value).collect(Collectors.joining(", ")) + ", which all ask for "
				+ words(shared.areas()) + " and " + words(shared.assistanceTypes())
				+ ". The States would need to agree to request jointly"
				+ (holding.isPresent() ? "." : "; the framework they act within is to be agreed with them.");
		SortedSet<WeaponCategory> weapons = new TreeSet<>();
		requests.forEach(request -> weapons.addAll(request.weaponCategories()));
		// confidential until the States have agreed to ask jointly and consented to its
		// publication:
		// some originals may be confidential, and a PENDING request would publish itself
		return new RequestDetails(states, framework, title, description, shared.areas(), weapons,
				shared.assistanceTypes(), Set.of(), PublicationConsent.REFUSED, null);
	}

	private Optional<FrameworkMembership> smallestFrameworkHolding(Set<CountryCode> states) {
		return frameworks.all()
			.stream()
			.filter(framework -> framework.members().containsAll(states))
			.min(Comparator.comparing((FrameworkMembership framework) -> framework.members().size())
				.thenComparing(framework -> framework.kind().ordinal())
				.thenComparing(FrameworkMembership::code));
	}

	private static SortedSet<CountryCode> statesOf(List<OpenRequest> requests) {
		SortedSet<CountryCode> states = new TreeSet<>();
		requests.forEach(request -> states.addAll(request.requestingStates()));
		return states;
	}

	private static <E extends Enum<E>> SortedSet<E> common(List<OpenRequest> requests,
			Function<OpenRequest, Set<E>> values, Class<E> type) {
		EnumSet<E> common = EnumSet.allOf(type);
		requests.forEach(request -> common.retainAll(values.apply(request)));
		return new TreeSet<>(common);
	}

	private static String words(Set<? extends Enum<?>> codes) {
		return codes.stream()
			.map(code -> code.name().toLowerCase(Locale.ROOT).replace('_', ' '))
			.collect(Collectors.joining(", "));
	}

}
