package org.clearinghouse.matching.candidates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.vocabulary.Area;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The offers the matcher can propose: active ones, with the capacity they have left.
 * Candidates share at least one area with the request (a GIN index on the areas finds
 * them); the policy ranks them.
 */
@Component
@ProcessingGroup(MatchmakingSaga.PROCESSING_GROUP)
class CandidateOffers implements CandidateFinder {

	private final JdbcClient db;

	private final ObjectMapper json;

	private final MatchingPolicy policy;

	private final Clock clock;

	CandidateOffers(JdbcClient db, ObjectMapper json, MatchingPolicy policy, Clock clock) {
		this.db = db;
		this.json = json;
		this.policy = policy;
		this.clock = clock;
	}

	@EventHandler
	void on(OfferRegistered event) {
		db.sql("""
				insert into candidate_offer (offer_id, details, areas, capacity, capacity_used, active)
				values (?, cast(? as jsonb), ?, ?, 0, true) on conflict (offer_id) do nothing""")
			.params(event.offerId().value(), write(event.details()), areas(event.details()), event.details().capacity())
			.update();
	}

	@EventHandler
	void on(OfferAmended event) {
		db.sql("update candidate_offer set details = cast(? as jsonb), areas = ?, capacity = ? where offer_id = ?")
			.params(write(event.details()), areas(event.details()), event.details().capacity(), event.offerId().value())
			.update();
	}

	@EventHandler
	void on(OfferCapacityUsed event) {
		setUsed(event.offerId(), event.remaining());
	}

	@EventHandler
	void on(OfferCapacityReleased event) {
		setUsed(event.offerId(), event.remaining());
	}

	@EventHandler
	void on(OfferWithdrawn event) {
		deactivate(event.offerId());
	}

	@EventHandler
	void on(OfferClosed event) {
		deactivate(event.offerId());
	}

	@ResetHandler
	void reset() {
		db.sql("delete from candidate_offer").update();
	}

	@Override
	public List<Candidate> bestFor(RequestDetails request, Set<OfferId> exclude, int limit) {
		return policy.rank(request, active(request), LocalDate.now(clock), exclude, limit);
	}

	/** The active offers with capacity left that share an area with the request. */
	List<OfferProfile> active(RequestDetails request) {
		return db.sql("""
				select offer_id, details, capacity - capacity_used as capacity_left from candidate_offer
				where active and capacity_used < capacity and areas && cast(? as text[])""")
			.param(request.areas().stream().map(Area::name).toArray(String[]::new))
			.query((rs, n) -> new OfferProfile(new OfferId(rs.getObject("offer_id", UUID.class)),
					read(rs.getString("details")), true, rs.getInt("capacity_left")))
			.list();
	}

	/** The remaining figure is the aggregate's, so a replay lands on the same number. */
	private void setUsed(OfferId offer, int remaining) {
		db.sql("update candidate_offer set capacity_used = greatest(capacity - ?, 0) where offer_id = ?")
			.params(remaining, offer.value())
			.update();
	}

	private void deactivate(OfferId offer) {
		db.sql("update candidate_offer set active = false where offer_id = ?").param(offer.value()).update();
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

}
