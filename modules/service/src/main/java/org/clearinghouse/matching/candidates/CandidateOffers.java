package org.clearinghouse.matching.candidates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.clearinghouse.matching.Candidate;
import org.clearinghouse.matching.CandidateFinder;
import org.clearinghouse.matching.MatchingPolicy;
import org.clearinghouse.matching.MatchmakingSaga;
import org.clearinghouse.matching.OfferProfile;
import org.clearinghouse.offer.OfferAmended;
import org.clearinghouse.offer.OfferCapacityReleased;
import org.clearinghouse.offer.OfferCapacityUsed;
import org.clearinghouse.offer.OfferClosed;
import org.clearinghouse.offer.OfferDetails;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.OfferRegistered;
import org.clearinghouse.offer.OfferWithdrawn;
import org.clearinghouse.offer.Provider;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.system.BatchedWrites;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The offers the matcher can propose: active ones, with the capacity they have left. They
 * are kept in memory, indexed by area, so a request's candidates are the offers sharing
 * an area and an assistance type with it (an offer sharing none is excluded by the policy
 * anyway), not all of them; the policy ranks those. In memory an offer's details have no
 * provider, title or description, and equal remaining details are one object, so a
 * million offers fit; the best few are named with their provider after ranking (the
 * matcher proposes by offer id and provider; a candidate's title is blank). The table
 * {@code candidate_offer} is written in the processor's transaction, beside its token,
 * and the index is loaded from it on first use after a start.
 * <p>
 * Only the {@code matching} processor's thread changes the index; the saga and the
 * new-offer matcher read it on that thread, in event order. A batch that rolls back is
 * handled again from its first event, and every change here sets a value, so the index
 * lands where the table does.
 */
@Component
@ProcessingGroup(MatchmakingSaga.PROCESSING_GROUP)
class CandidateOffers implements CandidateFinder {

	private final JdbcClient db;

	private final BatchedWrites writes;

	private final ObjectMapper json;

	private final MatchingPolicy policy;

	private final Clock clock;

	private final Map<OfferId, Offer> offers = new HashMap<>();

	/** Active offers with capacity left, by area and assistance type. */
	private final OfferIndex index = new OfferIndex();

	/** Details without their texts, one instance for equal ones. */
	private final Map<OfferDetails, OfferDetails> canonical = new HashMap<>();

	private final Map<Provider, Provider> providers = new HashMap<>();

	private boolean loaded;

	CandidateOffers(JdbcClient db, BatchedWrites writes, ObjectMapper json, MatchingPolicy policy, Clock clock) {
		this.db = db;
		this.writes = writes;
		this.json = json;
		this.policy = policy;
		this.clock = clock;
	}

	@EventHandler
	synchronized void on(OfferRegistered event) {
		load();
		OfferDetails details = event.details();
		writes.update("""
				insert into candidate_offer (offer_id, details, areas, capacity, capacity_used, active)
				values (?, cast(? as jsonb), ?, ?, 0, true) on conflict (offer_id) do nothing""",
				event.offerId().value(), write(details), areas(details), details.capacity());
		if (!offers.containsKey(event.offerId())) {
			put(new Offer(event.offerId(), ranked(details), provider(details), details.capacity(), 0, true));
		}
	}

	@EventHandler
	synchronized void on(OfferAmended event) {
		load();
		OfferDetails details = event.details();
		writes.update(
				"update candidate_offer set details = cast(? as jsonb), areas = ?, capacity = ? where offer_id = ?",
				write(details), areas(details), details.capacity(), event.offerId().value());
		Offer offer = offers.get(event.offerId());
		if (offer != null) {
			put(new Offer(offer.id(), ranked(details), provider(details), details.capacity(), offer.used(),
					offer.active()));
		}
	}

	@EventHandler
	synchronized void on(OfferCapacityUsed event) {
		setUsed(event.offerId(), event.remaining());
	}

	@EventHandler
	synchronized void on(OfferCapacityReleased event) {
		setUsed(event.offerId(), event.remaining());
	}

	@EventHandler
	synchronized void on(OfferWithdrawn event) {
		deactivate(event.offerId());
	}

	@EventHandler
	synchronized void on(OfferClosed event) {
		deactivate(event.offerId());
	}

	@ResetHandler
	synchronized void reset() {
		db.sql("delete from candidate_offer").update();
		offers.clear();
		index.clear();
		canonical.clear();
		providers.clear();
		loaded = true;
	}

	@Override
	public synchronized List<Candidate> bestFor(RequestDetails request, Set<OfferId> exclude, int limit) {
		// ranked without their providers, the best few then named with theirs
		return policy.rank(request, active(request), LocalDate.now(clock), exclude, limit)
			.stream()
			.map(candidate -> new Candidate(offers.get(candidate.offer().offerId()).named(), candidate.score(),
					candidate.reasons()))
			.toList();
	}

	/**
	 * The active offers with capacity left that share an area and an assistance type with
	 * the request.
	 */
	synchronized Collection<OfferProfile> active(RequestDetails request) {
		load();
		return index.sharing(request.areas(), request.assistanceTypes());
	}

	/** The remaining figure is the aggregate's, so a replay lands on the same number. */
	private void setUsed(OfferId id, int remaining) {
		load();
		writes.update("update candidate_offer set capacity_used = greatest(capacity - ?, 0) where offer_id = ?",
				remaining, id.value());
		Offer offer = offers.get(id);
		if (offer != null) {
			put(new Offer(id, offer.details(), offer.provider(), offer.capacity(),
					Math.max(offer.capacity() - remaining, 0), offer.active()));
		}
	}

	private void deactivate(OfferId id) {
		load();
		writes.update("update candidate_offer set active = false where offer_id = ?", id.value());
		Offer offer = offers.get(id);
		if (offer != null) {
			put(new Offer(id, offer.details(), offer.provider(), offer.capacity(), offer.used(), false));
		}
	}

	private void put(Offer offer) {
		Offer before = offers.put(offer.id(), offer);
		if (before != null) {
			index.remove(before);
		}
		if (offer.active() && offer.used() < offer.capacity()) {
			index.add(offer);
		}
	}

	/**
	 * The table as the last committed batch left it, before the first change after a
	 * start.
	 */
	private void load() {
		if (loaded) {
			return;
		}
		db.sql("select offer_id, details, capacity, capacity_used, active from candidate_offer").query((rs, n) -> {
			OfferDetails details = read(rs.getString("details"));
			return new Offer(new OfferId(rs.getObject("offer_id", UUID.class)), ranked(details), provider(details),
					rs.getInt("capacity"), rs.getInt("capacity_used"), rs.getBoolean("active"));
		}).list().forEach(this::put);
		loaded = true;
	}

	private static String[] areas(OfferDetails details) {
		return details.areas().stream().map(Area::name).toArray(String[]::new);
	}

	private String write(OfferDetails details) {
		try {
			return json.writeValueAsString(details);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("offer details are plain records", ex);
		}
	}

	private OfferDetails read(String details) {
		try {
			return json.readValue(details, OfferDetails.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("candidate_offer holds what this class wrote", ex);
		}
	}

	/**
	 * An offer as the index keeps it: its details without provider, title and description
	 * (the policy reads none of them, and a million offers' own copies would not fit in
	 * memory), one instance for all offers whose remaining details are equal; the
	 * provider beside. Equal by identity.
	 */
	private static final class Offer {

		private final OfferId id;

		private final OfferDetails details;

		private final Provider provider;

		private final int capacity;

		private final int used;

		private final boolean active;

		Offer(OfferId id, OfferDetails details, Provider provider, int capacity, int used, boolean active) {
			this.id = id;
			this.details = details;
			this.provider = provider;
			this.capacity = capacity;
			this.used = used;
			this.active = active;
		}

		OfferId id() {
			return id;
		}

		OfferDetails details() {
			return details;
		}

		Provider provider() {
			return provider;
		}

		int capacity() {
			return capacity;
		}

		int used() {
			return used;
		}

		boolean active() {
			return active;
		}

		/** As the policy ranks it: without its provider. */
		OfferProfile profile() {
			return new OfferProfile(id, details, true, capacity - used);
		}

		/** As a candidate: with its provider, whom the matcher proposes it to. */
		OfferProfile named() {
			return new OfferProfile(id, new OfferDetails(provider, "", "", details.areas(), details.weaponCategories(),
					details.assistanceTypes(), details.languages(), details.eligibleRegions(), details.eligibleStates(),
					0, details.availableFrom(), details.availableUntil(), details.publicationConsent()), true,
					capacity - used);
		}

	}

	/**
	 * The details the policy ranks by (no provider, title, description or capacity), one
	 * instance for equal ones: a few hundred for a million offers.
	 */
	private OfferDetails ranked(OfferDetails details) {
		OfferDetails stripped = new OfferDetails(null, "", "", details.areas(), details.weaponCategories(),
				details.assistanceTypes(), details.languages(), details.eligibleRegions(), details.eligibleStates(), 0,
				details.availableFrom(), details.availableUntil(), details.publicationConsent());
		return canonical.computeIfAbsent(stripped, d -> d);
	}

	private Provider provider(OfferDetails details) {
		return providers.computeIfAbsent(details.provider(), p -> p);
	}

	/**
	 * Offers by area; an offer sharing no assistance type with the request is left out.
	 */
	static final class OfferIndex {

		private final Map<Area, Set<Offer>> byArea = new EnumMap<>(Area.class);

		void add(Offer offer) {
			for (Area area : offer.details().areas()) {
				byArea.computeIfAbsent(area, a -> new LinkedHashSet<>()).add(offer);
			}
		}

		void remove(Offer offer) {
			for (Area area : offer.details().areas()) {
				Set<Offer> bucket = byArea.get(area);
				if (bucket != null) {
					bucket.remove(offer);
				}
			}
		}

		/** A new collection: the caller ranks it while the index may change. */
		Collection<OfferProfile> sharing(Set<Area> areas, Set<AssistanceType> types) {
			Map<OfferId, OfferProfile> found = new LinkedHashMap<>();
			for (Area area : areas) {
				for (Offer offer : byArea.getOrDefault(area, Set.of())) {
					if (!found.containsKey(offer.id()) && sharesAny(types, offer.details().assistanceTypes())) {
						found.put(offer.id(), offer.profile());
					}
				}
			}
			return found.values();
		}

		private static boolean sharesAny(Set<AssistanceType> asked, Set<AssistanceType> offered) {
			for (AssistanceType type : offered) {
				if (asked.contains(type)) {
					return true;
				}
			}
			return false;
		}

		void clear() {
			byArea.clear();
		}

	}

}
