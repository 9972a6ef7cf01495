package org.clearinghouse.matching.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.clearinghouse.matching.AssistanceDelivered;
import org.clearinghouse.matching.MatchClosed;
import org.clearinghouse.matching.MatchConfirmed;
import org.clearinghouse.matching.MatchProposed;
import org.clearinghouse.matching.ProposalAccepted;
import org.clearinghouse.matching.ProposalCancelled;
import org.clearinghouse.matching.ProposalDeclined;
import org.clearinghouse.matching.ProposalEvent;
import org.clearinghouse.matching.ProposalExpired;
import org.clearinghouse.matching.ProposalReminderDue;
import org.clearinghouse.matching.ProposalStatus;
import org.clearinghouse.offer.OfferAmended;
import org.clearinghouse.offer.OfferRegistered;
import org.clearinghouse.request.RequestAmended;
import org.clearinghouse.request.RequestCirculated;
import org.clearinghouse.request.RequestCirculationOverdue;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.request.RequestRegistered;
import org.clearinghouse.system.BatchedWrites;
import org.clearinghouse.vocabulary.Geography;
import org.clearinghouse.vocabulary.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The donors' inbox: every proposal with its score, reasons and status, and the title of
 * the request and offer it pairs. A donor reads only the rows of its own provider code.
 */
@Component
@ProcessingGroup(ProposalInbox.PROCESSING_GROUP)
public class ProposalInbox {

	static final String PROCESSING_GROUP = "proposal-inbox";

	private final JdbcClient db;

	private final BatchedWrites writes;

	private final ObjectMapper json;

	ProposalInbox(JdbcClient db, BatchedWrites writes, ObjectMapper json) {
		this.db = db;
		this.writes = writes;
		this.json = json;
	}

	@EventHandler
	void on(RequestRegistered event, @Timestamp Instant at) {
		saveRequest(event.requestId().value(), event.details(), at);
	}

	@EventHandler
	void on(RequestAmended event, @Timestamp Instant at) {
		saveRequest(event.requestId().value(), event.details(), at);
	}

	@EventHandler
	void on(RequestCirculated event) {
		writes.update(
				"update proposal_inbox_request set circulated = true, circulation_overdue = false where request_id = ?",
				event.requestId().value());
	}

	@EventHandler
	void on(RequestCirculationOverdue event) {
		writes.update("update proposal_inbox_request set circulation_overdue = true where request_id = ?",
				event.requestId().value());
	}

	@EventHandler
	void on(OfferRegistered event) {
		saveOffer(event.offerId().value(), event.details().title());
	}

	@EventHandler
	void on(OfferAmended event) {
		saveOffer(event.offerId().value(), event.details().title());
	}

	@EventHandler
	void on(MatchProposed event, @Timestamp Instant at) {
		writes.update("""
				insert into proposal_inbox (proposal_id, request_id, offer_id, provider_code, status, score, reasons,
				  proposed_at, expires_at, changed_at)
				values (?, ?, ?, ?, 'PROPOSED', ?, cast(? as jsonb), ?, ?, ?) on conflict (proposal_id) do nothing""",
				event.proposalId().value(), event.requestId().value(), event.offerId().value(),
				event.providerCode().value(), event.score(), write(event.reasons()), time(at), time(event.expiresAt()),
				time(at));
	}

	@EventHandler
	void on(ProposalReminderDue event, @Timestamp Instant at) {
		writes.update("update proposal_inbox set reminded_at = ? where proposal_id = ?", time(at),
				event.proposalId().value());
	}

	@EventHandler
	void on(ProposalAccepted event, @Timestamp Instant at) {
		answered(event, ProposalStatus.ACCEPTED, null, at);
	}

	@EventHandler
	void on(ProposalDeclined event, @Timestamp Instant at) {
		answered(event, ProposalStatus.DECLINED, event.reason(), at);
	}

	@EventHandler
	void on(ProposalExpired event, @Timestamp Instant at) {
		status(event, ProposalStatus.EXPIRED, at);
	}

	@EventHandler
	void on(ProposalCancelled event, @Timestamp Instant at) {
		writes.update("update proposal_inbox set status = 'CANCELLED', note = ?, changed_at = ? where proposal_id = ?",
				event.reason(), time(at), event.proposalId().value());
	}

	@EventHandler
	void on(MatchConfirmed event, @Timestamp Instant at) {
		status(event, ProposalStatus.CONFIRMED, at);
	}

	@EventHandler
	void on(AssistanceDelivered event, @Timestamp Instant at) {
		status(event, ProposalStatus.DELIVERED, at);
	}

	@EventHandler
	void on(MatchClosed event, @Timestamp Instant at) {
		writes.update("update proposal_inbox set status = 'CLOSED', note = ?, changed_at = ? where proposal_id = ?",
				event.outcome() + (event.comment().isEmpty() ? "" : ": " + event.comment()), time(at),
				event.proposalId().value());
	}

	@ResetHandler
	void reset() {
		db.sql("delete from proposal_inbox").update();
		db.sql("delete from proposal_inbox_request").update();
		db.sql("delete from proposal_inbox_offer").update();
	}

	/**
	 * Proposals, newest first; only those of one provider when {@code providerCode} is
	 * given.
	 */
	public List<ProposalEntry> list(Optional<String> providerCode, Optional<ProposalStatus> status) {
		return select(
				"(cast(? as varchar) is null or p.provider_code = ?) and (cast(? as varchar) is null or p.status = ?)",
				providerCode.orElse(null), providerCode.orElse(null), status.map(Enum::name).orElse(null),
				status.map(Enum::name).orElse(null));
	}

	/** The proposals made for one request, newest first. */
	public List<ProposalEntry> forRequest(UUID requestId) {
		return select("p.request_id = ?", requestId);
	}

	/** The proposals made of one offer, newest first. */
	public List<ProposalEntry> forOffer(UUID offerId) {
		return select("p.offer_id = ?", offerId);
	}

	public Optional<ProposalEntry> find(UUID proposalId) {
		return select("p.proposal_id = ?", proposalId).stream().findFirst();
	}

	private List<ProposalEntry> select(String condition, Object... params) {
		return db.sql("""
				select p.*, r.title as request_title, r.requesting_states, o.title as offer_title
				from proposal_inbox p
				left join proposal_inbox_request r on r.request_id = p.request_id
				left join proposal_inbox_offer o on o.offer_id = p.offer_id
				where %s
				order by p.proposed_at desc, p.proposal_id""".formatted(condition))
			.params(params)
			.query((rs, n) -> new ProposalEntry(rs.getObject("proposal_id", UUID.class),
					rs.getObject("request_id", UUID.class), rs.getObject("offer_id", UUID.class),
					rs.getString("provider_code"), ProposalStatus.valueOf(rs.getString("status")),
					rs.getDouble("score"), read(rs.getString("reasons")), instant(rs, "proposed_at"),
					instant(rs, "expires_at"), instant(rs, "reminded_at"), instant(rs, "answered_at"),
					rs.getString("decline_reason"), rs.getString("note"), instant(rs, "changed_at"),
					rs.getString("request_title"), readStates(rs.getString("requesting_states")),
					rs.getString("offer_title")))
			.list();
	}

	private void answered(ProposalEvent event, ProposalStatus status, String declineReason, Instant at) {
		writes.update("""
				update proposal_inbox set status = ?, decline_reason = ?, answered_at = ?, changed_at = ?
				where proposal_id = ?""", status.name(), declineReason, time(at), time(at), event.proposalId().value());
	}

	private void status(ProposalEvent event, ProposalStatus status, Instant at) {
		writes.update("update proposal_inbox set status = ?, changed_at = ? where proposal_id = ?", status.name(),
				time(at), event.proposalId().value());
	}

	/** An amendment keeps the registration time: only the first insert sets it. */
	private void saveRequest(UUID requestId, RequestDetails details, Instant at) {
		writes.update("""
				insert into proposal_inbox_request (request_id, title, requesting_states, areas, assistance_types,
				  regions, registered_at)
				values (?, ?, cast(? as jsonb), ?, ?, ?, ?)
				on conflict (request_id) do update set title = excluded.title,
				  requesting_states = excluded.requesting_states, areas = excluded.areas,
				  assistance_types = excluded.assistance_types, regions = excluded.regions""", requestId,
				details.title(), write(details.requestingStates()),
				details.areas().stream().map(Enum::name).toArray(String[]::new),
				details.assistanceTypes().stream().map(Enum::name).toArray(String[]::new),
				details.requestingStates()
					.stream()
					.map(Geography.standard()::regionOf)
					.flatMap(Optional::stream)
					.map(RegionCode::value)
					.distinct()
					.sorted()
					.toArray(String[]::new),
				time(at));
	}

	private void saveOffer(UUID offerId, String title) {
		writes.update("""
				insert into proposal_inbox_offer (offer_id, title) values (?, ?)
				on conflict (offer_id) do update set title = excluded.title""", offerId, title);
	}

	private static OffsetDateTime time(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	private String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("plain lists and records", ex);
		}
	}

	private List<String> read(String reasons) {
		try {
			return json.readValue(reasons, new TypeReference<List<String>>() {
			});
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("proposal_inbox holds what this class wrote", ex);
		}
	}

	private List<String> readStates(String states) {
		return states == null ? List.of() : read(states);
	}

}
