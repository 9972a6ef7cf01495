package org.clearinghouse.matching.candidates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.DisallowReplay;
import org.clearinghouse.matching.Candidate;
import org.clearinghouse.matching.CandidateFinder;
import org.clearinghouse.matching.MatchProposed;
import org.clearinghouse.matching.MatchingPolicy;
import org.clearinghouse.matching.MatchmakingSaga;
import org.clearinghouse.matching.MatchingSettings;
import org.clearinghouse.matching.OfferProfile;
import org.clearinghouse.matching.ProposalAccepted;
import org.clearinghouse.matching.ProposeMatch;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.OfferRegistered;
import org.clearinghouse.request.RequestAmended;
import org.clearinghouse.request.RequestClosed;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.request.RequestJoinedToJointRequest;
import org.clearinghouse.request.RequestRegistered;
import org.clearinghouse.request.RequestWithdrawn;
import org.clearinghouse.vocabulary.ProposalId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a new offer is registered, proposes it to every open request for which it now
 * ranks among the best candidates not yet proposed. It keeps its own list of open
 * requests and of the pairs already proposed, in event order, so it never proposes a pair
 * twice.
 */
@Component
@ProcessingGroup(MatchmakingSaga.PROCESSING_GROUP)
class NewOfferMatcher {

	private static final Logger log = LoggerFactory.getLogger(NewOfferMatcher.class);

	private final JdbcClient db;

	private final ObjectMapper json;

	private final MatchingPolicy policy;

	private final CandidateFinder candidates;

	private final MatchingSettings settings;

	private final CommandGateway commands;

	private final Clock clock;

	NewOfferMatcher(JdbcClient db, ObjectMapper json, MatchingPolicy policy, CandidateFinder candidates,
			MatchingSettings settings, CommandGateway commands, Clock clock) {
		this.db = db;
		this.json = json;
		this.policy = policy;
		this.candidates = candidates;
		this.settings = settings;
		this.commands = commands;
		this.clock = clock;
	}

	@EventHandler
	void on(RequestRegistered event) {
		db.sql("""
				insert into matcher_open_request (request_id, details) values (?, cast(? as jsonb))
				on conflict (request_id) do nothing""")
			.params(event.requestId().value(), write(event.details()))
			.update();
	}

	@EventHandler
	void on(RequestAmended event) {
		db.sql("update matcher_open_request set details = cast(? as jsonb) where request_id = ?")
			.params(write(event.details()), event.requestId().value())
			.update();
	}

	@EventHandler
	void on(RequestWithdrawn event) {
		close(event.requestId());
	}

	@EventHandler
	void on(RequestClosed event) {
		close(event.requestId());
	}

	@EventHandler
	void on(ProposalAccepted event) {
		close(event.requestId());
	}

	/** A joint request made from it is matched in its place. */
	@EventHandler
	void on(RequestJoinedToJointRequest event) {
		close(event.requestId());
	}

	@EventHandler
	void on(MatchProposed event) {
		db.sql("insert into matcher_proposed_pair (request_id, offer_id) values (?, ?) on conflict do nothing")
			.params(event.requestId().value(), event.offerId().value())
			.update();
	}

	/**
	 * Proposals are commands: a replay rebuilds the tables above but must not propose
	 * again.
	 */
	@EventHandler
	@DisallowReplay
	void on(OfferRegistered event) {
		OfferProfile offer = new OfferProfile(event.offerId(), event.details(), true, event.details().capacity());
		LocalDate today = LocalDate.now(clock);
		db.sql("select request_id, details from matcher_open_request")
			.query((rs, n) -> new OpenRequest(new RequestId(rs.getObject("request_id", UUID.class)),
					read(rs.getString("details"))))
			.list()
			.forEach(request -> policy.assess(request.details(), offer, today)
				.filter(candidate -> ranksAmongTheBest(request, candidate))
				.ifPresent(candidate -> propose(request.requestId(), candidate)));
	}

	@ResetHandler
	void reset() {
		db.sql("delete from matcher_proposed_pair").update();
		db.sql("delete from matcher_open_request").update();
	}

	/**
	 * Fewer than the matcher's number of other unproposed candidates score higher than
	 * this offer.
	 */
	private boolean ranksAmongTheBest(OpenRequest request, Candidate candidate) {
		Set<OfferId> exclude = proposedOffers(request.requestId());
		if (exclude.contains(candidate.offer().offerId())) {
			return false;
		}
		exclude.add(candidate.offer().offerId());
		List<Candidate> better = candidates.bestFor(request.details(), exclude, settings.proposalsPerRequest())
			.stream()
			.filter(other -> other.score() > candidate.score())
			.toList();
		return better.size() < settings.proposalsPerRequest();
	}

	private Set<OfferId> proposedOffers(RequestId request) {
		return new HashSet<>(db.sql("select offer_id from matcher_proposed_pair where request_id = ?")
			.param(request.value())
			.query((rs, n) -> new OfferId(rs.getObject("offer_id", UUID.class)))
			.list());
	}

	private void propose(RequestId request, Candidate candidate) {
		OfferId offer = candidate.offer().offerId();
		commands
			.send(new ProposeMatch(ProposalId.forPair(request.value(), offer.value()), request, offer,
					candidate.offer().details().provider().code(), candidate.score(), candidate.reasons(),
					settings.answerWithin()))
			.exceptionally(alreadyProposed -> {
				log.debug("not proposing {} for {} again: {}", offer, request, alreadyProposed.getMessage());
				return null;
			});
	}

	private void close(RequestId request) {
		db.sql("delete from matcher_open_request where request_id = ?").param(request.value()).update();
	}

	private String write(RequestDetails details) {
		try {
			return json.writeValueAsString(details);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("request details are plain records", ex);
		}
	}

	private RequestDetails read(String details) {
		try {
			return json.readValue(details, RequestDetails.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("matcher_open_request holds what this class wrote", ex);
		}
	}

	private record OpenRequest(RequestId requestId, RequestDetails details) {
	}

}
