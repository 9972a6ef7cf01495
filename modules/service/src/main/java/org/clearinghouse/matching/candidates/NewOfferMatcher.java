package org.clearinghouse.matching.candidates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.clearinghouse.system.BatchedWrites;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.ProposalId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a new offer is registered, proposes it to every open request for which it now
 * ranks among the best candidates not yet proposed. It keeps its own list of open
 * requests and of the pairs already proposed, in event order, so it never proposes a pair
 * twice: in memory, indexed by area and assistance type, written to its tables in the
 * processor's transaction and loaded from them on first use after a start (as
 * {@link CandidateOffers} does).
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

	private final BatchedWrites writes;

	private final Map<RequestId, RequestDetails> open = new HashMap<>();

	/** Open requests by (area, assistance type) pair. */
	private final Map<Integer, Set<RequestId>> byPair = new HashMap<>();

	/** The offers already proposed for each open request. */
	private final Map<RequestId, Set<OfferId>> proposed = new HashMap<>();

	private boolean loaded;

	NewOfferMatcher(JdbcClient db, BatchedWrites writes, ObjectMapper json, MatchingPolicy policy,
			CandidateFinder candidates, MatchingSettings settings, CommandGateway commands, Clock clock) {
		this.db = db;
		this.writes = writes;
		this.json = json;
		this.policy = policy;
		this.candidates = candidates;
		this.settings = settings;
		this.commands = commands;
		this.clock = clock;
	}

	@EventHandler
	synchronized void on(RequestRegistered event) {
		load();
		writes.update("""
				insert into matcher_open_request (request_id, details) values (?, cast(? as jsonb))
				on conflict (request_id) do nothing""", event.requestId().value(), write(event.details()));
		if (!open.containsKey(event.requestId())) {
			putOpen(event.requestId(), event.details());
		}
	}

	@EventHandler
	synchronized void on(RequestAmended event) {
		load();
		writes.update("update matcher_open_request set details = cast(? as jsonb) where request_id = ?",
				write(event.details()), event.requestId().value());
		if (open.containsKey(event.requestId())) {
			putOpen(event.requestId(), event.details());
		}
	}

	@EventHandler
	synchronized void on(RequestWithdrawn event) {
		close(event.requestId());
	}

	@EventHandler
	synchronized void on(RequestClosed event) {
		close(event.requestId());
	}

	@EventHandler
	synchronized void on(ProposalAccepted event) {
		close(event.requestId());
	}

	/** A joint request made from it is matched in its place. */
	@EventHandler
	void on(RequestJoinedToJointRequest event) {
		close(event.requestId());
	}

	@EventHandler
	synchronized void on(MatchProposed event) {
		load();
		writes.update("insert into matcher_proposed_pair (request_id, offer_id) values (?, ?) on conflict do nothing",
				event.requestId().value(), event.offerId().value());
		if (open.containsKey(event.requestId())) {
			proposed.computeIfAbsent(event.requestId(), r -> new HashSet<>()).add(event.offerId());
		}
	}

	/**
	 * Proposals are commands: a replay rebuilds the tables above but must not propose
	 * again. Only the open requests sharing an area and an assistance type with the offer
	 * can rank it at all.
	 */
	@EventHandler
	@DisallowReplay
	synchronized void on(OfferRegistered event) {
		load();
		OfferProfile offer = new OfferProfile(event.offerId(), event.details(), true, event.details().capacity());
		LocalDate today = LocalDate.now(clock);
		for (RequestId request : sharing(event.details().areas(), event.details().assistanceTypes())) {
			RequestDetails details = open.get(request);
			policy.assess(details, offer, today)
				.filter(candidate -> ranksAmongTheBest(request, details, candidate))
				.ifPresent(candidate -> propose(request, candidate));
		}
	}

	@ResetHandler
	synchronized void reset() {
		db.sql("delete from matcher_proposed_pair").update();
		db.sql("delete from matcher_open_request").update();
		open.clear();
		byPair.clear();
		proposed.clear();
		loaded = true;
	}

	/**
	 * Fewer than the matcher's number of other unproposed candidates score higher than
	 * this offer.
	 */
	private boolean ranksAmongTheBest(RequestId request, RequestDetails details, Candidate candidate) {
		Set<OfferId> exclude = new HashSet<>(proposed.getOrDefault(request, Set.of()));
		if (exclude.contains(candidate.offer().offerId())) {
			return false;
		}
		exclude.add(candidate.offer().offerId());
		List<Candidate> better = candidates.bestFor(details, exclude, settings.proposalsPerRequest())
			.stream()
			.filter(other -> other.score() > candidate.score())
			.toList();
		return better.size() < settings.proposalsPerRequest();
	}

	private void propose(RequestId request, Candidate candidate) {
		OfferId offer = candidate.offer().offerId();
		commands
			.send(new ProposeMatch(ProposalId.forPair(request.value(), offer.value()), request, offer,
					candidate.offer().details().provider().code(), candidate.score(), candidate.reasons(),
					settings.answerWithin()))
			// a pair already proposed is a no-op in the aggregate; anything else is worth
			// seeing
			.exceptionally(failure -> {
				log.warn("proposing {} for {} failed: {}", offer, request, failure.getMessage());
				return null;
			});
	}

	private void close(RequestId request) {
		load();
		writes.update("delete from matcher_open_request where request_id = ?", request.value());
		RequestDetails details = open.remove(request);
		if (details != null) {
			unindex(request, details);
		}
		proposed.remove(request);
	}

	private void putOpen(RequestId request, RequestDetails details) {
		RequestDetails before = open.put(request, details);
		if (before != null) {
			unindex(request, before);
		}
		for (Area area : details.areas()) {
			for (AssistanceType type : details.assistanceTypes()) {
				byPair.computeIfAbsent(key(area, type), k -> new LinkedHashSet<>()).add(request);
			}
		}
	}

	private void unindex(RequestId request, RequestDetails details) {
		for (Area area : details.areas()) {
			for (AssistanceType type : details.assistanceTypes()) {
				Set<RequestId> bucket = byPair.get(key(area, type));
				if (bucket != null) {
					bucket.remove(request);
				}
			}
		}
	}

	private Set<RequestId> sharing(Set<Area> areas, Set<AssistanceType> types) {
		Set<RequestId> found = new LinkedHashSet<>();
		for (Area area : areas) {
			for (AssistanceType type : types) {
				found.addAll(byPair.getOrDefault(key(area, type), Set.of()));
			}
		}
		return found;
	}

	private static int key(Area area, AssistanceType type) {
		return area.ordinal() * 64 + type.ordinal();
	}

	/**
	 * The open requests and the pairs proposed for them, as the last committed batch left
	 * the tables, before the first change after a start.
	 */
	private void load() {
		if (loaded) {
			return;
		}
		db.sql("select request_id, details from matcher_open_request")
			.query((rs, n) -> Map.entry(new RequestId(rs.getObject("request_id", UUID.class)),
					read(rs.getString("details"))))
			.list()
			.forEach(entry -> putOpen(entry.getKey(), entry.getValue()));
		db.sql("""
				select p.request_id, p.offer_id from matcher_proposed_pair p
				join matcher_open_request r on r.request_id = p.request_id""")
			.query((rs, n) -> Map.entry(new RequestId(rs.getObject("request_id", UUID.class)),
					new OfferId(rs.getObject("offer_id", UUID.class))))
			.list()
			.forEach(pair -> proposed.computeIfAbsent(pair.getKey(), r -> new HashSet<>()).add(pair.getValue()));
		loaded = true;
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

}
