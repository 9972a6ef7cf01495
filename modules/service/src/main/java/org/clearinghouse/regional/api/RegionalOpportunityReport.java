package org.clearinghouse.regional.api;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clearinghouse.offer.OfferId;
import org.clearinghouse.regional.Basis;
import org.clearinghouse.regional.CandidateOffer;
import org.clearinghouse.regional.OpenRequest;
import org.clearinghouse.regional.OpportunityGroup;
import org.clearinghouse.regional.RegionalOpportunities;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.request.api.RequestForm;
import org.clearinghouse.vocabulary.CountryCode;

import org.springframework.stereotype.Component;

/**
 * The regional opportunities (programme of work, 8(f)) among the requests open now and
 * the offers active now: {@link RegionalOpportunities#find} over the matching database's
 * rows, with the names and titles a reader needs.
 * <p>
 * A joint request made from a group ({@code POST …/joint-request}) names its original
 * requests in its registration, and each original records that it is joined to it
 * ({@link JointRequestLinks}); originals served by an open joint request are left out of
 * later reports, so that an opportunity taken is not reported again.
 */
@Component
public class RegionalOpportunityReport {

	public record BasisView(String kind, String code, String name) {
	}

	public record StateView(String code, String name) {
	}

	public record RequestRef(UUID id, String title, List<String> requestingStates) {
	}

	public record SharedView(List<String> areas, List<String> assistanceTypes, List<String> weaponCategories) {
	}

	public record ProviderView(String type, String code) {
	}

	public record OfferRef(UUID id, String title, ProviderView provider, int capacityRemaining) {
	}

	public record GroupView(UUID id, BasisView basis, List<BasisView> alsoWithin, List<StateView> states,
			List<RequestRef> requests, SharedView shared, List<OfferRef> offers, RequestForm suggestedRequest) {
	}

	/**
	 * @param openRequests the open requests looked at (originals already joined left out)
	 * @param joinedRequests open requests left out because a joint request made from a
	 * group names them
	 */
	public record Report(int openRequests, int activeOffers, List<UUID> joinedRequests, List<GroupView> groups) {
	}

	private final CurrentItems items;

	private final JointRequestLinks links;

	RegionalOpportunityReport(CurrentItems items, JointRequestLinks links) {
		this.items = items;
		this.links = links;
	}

	public Report now() {
		List<CurrentItems.Request> all = items.openRequests();
		Set<UUID> joined = joined(all);
		List<CurrentItems.Request> requests = all.stream().filter(request -> !joined.contains(request.id())).toList();
		List<CurrentItems.Offer> offers = items.activeOffers();
		Map<UUID, CurrentItems.Request> requestsById = requests.stream()
			.collect(Collectors.toMap(CurrentItems.Request::id, Function.identity()));
		Map<UUID, CurrentItems.Offer> offersById = offers.stream()
			.collect(Collectors.toMap(CurrentItems.Offer::id, Function.identity()));
		List<GroupView> groups = find(requests, offers).stream()
			.map(group -> view(group, requestsById, offersById))
			.toList();
		return new Report(requests.size(), offers.size(), joined.stream().sorted().toList(), groups);
	}

	public Optional<OpportunityGroup> group(UUID id) {
		List<CurrentItems.Request> all = items.openRequests();
		Set<UUID> joined = joined(all);
		return find(all.stream().filter(request -> !joined.contains(request.id())).toList(), items.activeOffers())
			.stream()
			.filter(group -> group.id().value().equals(id))
			.findFirst();
	}

	/** The open requests served by an open joint request. */
	private Set<UUID> joined(Collection<CurrentItems.Request> open) {
		Set<UUID> served = links.servedByAnOpenJointRequest();
		Set<UUID> joined = new HashSet<>();
		open.stream().map(CurrentItems.Request::id).filter(served::contains).forEach(joined::add);
		return joined;
	}

	private static List<OpportunityGroup> find(List<CurrentItems.Request> requests, List<CurrentItems.Offer> offers) {
		return RegionalOpportunities.find(
				requests.stream()
					.map(request -> OpenRequest.of(new RequestId(request.id()), request.details()))
					.toList(),
				offers.stream()
					.map(offer -> CandidateOffer.of(new OfferId(offer.id()), offer.details(),
							offer.capacityRemaining()))
					.toList());
	}

	private static GroupView view(OpportunityGroup group, Map<UUID, CurrentItems.Request> requests,
			Map<UUID, CurrentItems.Offer> offers) {
		return new GroupView(group.id().value(), basis(group.basis()),
				group.alsoWithin().stream().map(RegionalOpportunityReport::basis).toList(),
				group.states().stream().map(RegionalOpportunityReport::state).toList(),
				group.requests()
					.stream()
					.map(id -> requests.get(id.value()))
					.map(request -> new RequestRef(request.id(), request.details().title(),
							strings(request.details().requestingStates())))
					.toList(),
				new SharedView(strings(group.shared().areas()), strings(group.shared().assistanceTypes()),
						strings(group.shared().weaponCategories())),
				group.offers()
					.stream()
					.map(id -> offers.get(id.value()))
					.map(offer -> new OfferRef(offer.id(), offer.details().title(),
							new ProviderView(offer.details().provider().type().name(),
									offer.details().provider().code().value()),
							offer.capacityRemaining()))
					.toList(),
				Forms.of(group.suggestedRequest()));
	}

	private static BasisView basis(Basis basis) {
		return basis instanceof Basis.SameFramework framework
				? new BasisView(framework.framework().kind().name(), framework.code(), framework.name())
				: new BasisView("M49_SUB_REGION", basis.code(), basis.name());
	}

	private static StateView state(CountryCode state) {
		return new StateView(state.value(), state.displayName(Locale.ENGLISH));
	}

	private static List<String> strings(Collection<?> codes) {
		return codes.stream().map(Object::toString).toList();
	}

}
