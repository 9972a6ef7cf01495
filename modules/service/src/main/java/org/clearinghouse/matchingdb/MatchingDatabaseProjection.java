package org.clearinghouse.matchingdb;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.clearinghouse.matching.AssistanceDelivered;
import org.clearinghouse.matching.MatchClosed;
import org.clearinghouse.matching.MatchConfirmed;
import org.clearinghouse.matching.MatchProposed;
import org.clearinghouse.matching.ProposalAccepted;
import org.clearinghouse.matching.ProposalCancelled;
import org.clearinghouse.matching.ProposalDeclined;
import org.clearinghouse.matching.ProposalExpired;
import org.clearinghouse.matching.ProposalReminderDue;
import org.clearinghouse.matching.ProposalStatus;
import org.clearinghouse.offer.OfferAmended;
import org.clearinghouse.offer.OfferCapacityReleased;
import org.clearinghouse.offer.OfferCapacityUsed;
import org.clearinghouse.offer.OfferClosed;
import org.clearinghouse.offer.OfferDetails;
import org.clearinghouse.offer.OfferPublished;
import org.clearinghouse.offer.OfferRegistered;
import org.clearinghouse.offer.OfferStatus;
import org.clearinghouse.offer.OfferUnpublished;
import org.clearinghouse.offer.OfferWithdrawn;
import org.clearinghouse.request.RequestAmended;
import org.clearinghouse.request.RequestClosed;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.request.RequestPublicationObjected;
import org.clearinghouse.request.RequestPublished;
import org.clearinghouse.request.RequestRegistered;
import org.clearinghouse.request.RequestStatus;
import org.clearinghouse.request.RequestUnpublished;
import org.clearinghouse.request.RequestWithdrawn;
import org.clearinghouse.system.BatchedWrites;
import org.clearinghouse.vocabulary.PublicationConsent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the matching database: one row per request, offer and match proposal, with its
 * status. Each event sets columns to what the event says (upserts and plain updates), so
 * a replay that meets an event twice leaves the same row.
 */
@Component
@ProcessingGroup(MatchingDatabaseProjection.PROCESSING_GROUP)
class MatchingDatabaseProjection {

	static final String PROCESSING_GROUP = "matching-database";

	private final JdbcClient db;

	private final BatchedWrites writes;

	MatchingDatabaseProjection(JdbcClient db, BatchedWrites writes) {
		this.db = db;
		this.writes = writes;
	}

	@EventHandler
	void on(RequestRegistered event, @org.axonframework.eventhandling.Timestamp Instant at) {
		RequestDetails d = event.details();
		writes.update("""
				insert into matching_request (request_id, status, published, publication_consent, requesting_states,
				  regions, framework_kind, framework_name, title, description, areas, weapon_categories,
				  assistance_types, languages, needed_by, registered_at, last_changed_at)
				values (?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (request_id) do nothing""", event.requestId().value(), RequestStatus.OPEN.name(),
				d.publicationConsent().name(), codes(d.requestingStates()),
				codes(Regions.ofStates(d.requestingStates())),
				d.framework() == null ? null : d.framework().kind().name(),
				d.framework() == null ? null : d.framework().name(), d.title(), d.description(), codes(d.areas()),
				codes(d.weaponCategories()), codes(d.assistanceTypes()), codes(d.languages()), d.neededBy(), time(at),
				time(at));
	}

	@EventHandler
	void on(RequestAmended event, @org.axonframework.eventhandling.Timestamp Instant at) {
		RequestDetails d = event.details();
		writes.update("""
				update matching_request set publication_consent = ?, requesting_states = ?, regions = ?,
				  framework_kind = ?, framework_name = ?, title = ?, description = ?, areas = ?,
				  weapon_categories = ?, assistance_types = ?, languages = ?, needed_by = ?, last_changed_at = ?
				where request_id = ?""", d.publicationConsent().name(), codes(d.requestingStates()),
				codes(Regions.ofStates(d.requestingStates())),
				d.framework() == null ? null : d.framework().kind().name(),
				d.framework() == null ? null : d.framework().name(), d.title(), d.description(), codes(d.areas()),
				codes(d.weaponCategories()), codes(d.assistanceTypes()), codes(d.languages()), d.neededBy(), time(at),
				event.requestId().value());
	}

	@EventHandler
	void on(RequestPublicationObjected event, @org.axonframework.eventhandling.Timestamp Instant at) {
		request(event.requestId().value(), "publication_consent", PublicationConsent.REFUSED.name(), at);
	}

	@EventHandler
	void on(RequestPublished event, @org.axonframework.eventhandling.Timestamp Instant at) {
		request(event.requestId().value(), "published", true, at);
	}

	@EventHandler
	void on(RequestUnpublished event, @org.axonframework.eventhandling.Timestamp Instant at) {
		request(event.requestId().value(), "published", false, at);
	}

	@EventHandler
	void on(RequestWithdrawn event, @org.axonframework.eventhandling.Timestamp Instant at) {
		request(event.requestId().value(), "status", RequestStatus.WITHDRAWN.name(), at);
	}

	@EventHandler
	void on(RequestClosed event, @org.axonframework.eventhandling.Timestamp Instant at) {
		request(event.requestId().value(), "status", RequestStatus.CLOSED.name(), at);
	}

	@EventHandler
	void on(OfferRegistered event, @org.axonframework.eventhandling.Timestamp Instant at) {
		OfferDetails d = event.details();
		writes.update("""
				insert into matching_offer (offer_id, status, published, publication_consent, provider_type,
				  provider_code, title, description, areas, weapon_categories, assistance_types, languages,
				  eligible_regions, eligible_states, regions, capacity, capacity_remaining, available_from,
				  available_until, registered_at, last_changed_at)
				values (?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (offer_id) do nothing""", event.offerId().value(), OfferStatus.ACTIVE.name(),
				d.publicationConsent().name(), d.provider().type().name(), d.provider().code().value(), d.title(),
				d.description(), codes(d.areas()), codes(d.weaponCategories()), codes(d.assistanceTypes()),
				codes(d.languages()), codes(d.eligibleRegions()), codes(d.eligibleStates()),
				codes(Regions.served(d.eligibleRegions(), d.eligibleStates())), d.capacity(), d.capacity(),
				d.availableFrom(), d.availableUntil(), time(at), time(at));
	}

	@EventHandler
	void on(OfferAmended event, @org.axonframework.eventhandling.Timestamp Instant at) {
		OfferDetails d = event.details();
		// what is left of the capacity moves with it; a smaller one never goes below zero
		writes.update("""
				update matching_offer set publication_consent = ?, provider_type = ?, provider_code = ?, title = ?,
				  description = ?, areas = ?, weapon_categories = ?, assistance_types = ?, languages = ?,
				  eligible_regions = ?, eligible_states = ?, regions = ?,
				  capacity_remaining = greatest(0, capacity_remaining + ? - capacity), capacity = ?,
				  available_from = ?, available_until = ?, last_changed_at = ?
				where offer_id = ?""", d.publicationConsent().name(), d.provider().type().name(),
				d.provider().code().value(), d.title(), d.description(), codes(d.areas()), codes(d.weaponCategories()),
				codes(d.assistanceTypes()), codes(d.languages()), codes(d.eligibleRegions()), codes(d.eligibleStates()),
				codes(Regions.served(d.eligibleRegions(), d.eligibleStates())), d.capacity(), d.capacity(),
				d.availableFrom(), d.availableUntil(), time(at), event.offerId().value());
	}

	@EventHandler
	void on(OfferPublished event, @org.axonframework.eventhandling.Timestamp Instant at) {
		offer(event.offerId().value(), "published", true, at);
	}

	@EventHandler
	void on(OfferUnpublished event, @org.axonframework.eventhandling.Timestamp Instant at) {
		offer(event.offerId().value(), "published", false, at);
	}

	@EventHandler
	void on(OfferWithdrawn event, @org.axonframework.eventhandling.Timestamp Instant at) {
		offer(event.offerId().value(), "status", OfferStatus.WITHDRAWN.name(), at);
	}

	@EventHandler
	void on(OfferClosed event, @org.axonframework.eventhandling.Timestamp Instant at) {
		offer(event.offerId().value(), "status", OfferStatus.CLOSED.name(), at);
	}

	@EventHandler
	void on(OfferCapacityUsed event, @org.axonframework.eventhandling.Timestamp Instant at) {
		offer(event.offerId().value(), "capacity_remaining", event.remaining(), at);
	}

	@EventHandler
	void on(OfferCapacityReleased event, @org.axonframework.eventhandling.Timestamp Instant at) {
		offer(event.offerId().value(), "capacity_remaining", event.remaining(), at);
	}

	@EventHandler
	void on(MatchProposed event, @org.axonframework.eventhandling.Timestamp Instant at) {
		writes.update("""
				insert into matching_match (proposal_id, request_id, offer_id, provider_code, status, score, reasons,
				  proposed_at, expires_at, last_changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (proposal_id) do nothing""", event.proposalId().value(), event.requestId().value(),
				event.offerId().value(), event.providerCode().value(), ProposalStatus.PROPOSED.name(), event.score(),
				event.reasons() == null ? new String[0] : event.reasons().toArray(String[]::new), time(at),
				event.expiresAt() == null ? null : time(event.expiresAt()), time(at));
	}

	@EventHandler
	void on(ProposalReminderDue event, @org.axonframework.eventhandling.Timestamp Instant at) {
		match(event.proposalId().value(), at, null, "reminded_at = ?", time(at));
	}

	@EventHandler
	void on(ProposalAccepted event, @org.axonframework.eventhandling.Timestamp Instant at) {
		match(event.proposalId().value(), at, ProposalStatus.ACCEPTED, "answered_at = ?", time(at));
	}

	@EventHandler
	void on(ProposalDeclined event, @org.axonframework.eventhandling.Timestamp Instant at) {
		match(event.proposalId().value(), at, ProposalStatus.DECLINED, "answered_at = ?, decline_reason = ?", time(at),
				event.reason());
	}

	@EventHandler
	void on(ProposalExpired event, @org.axonframework.eventhandling.Timestamp Instant at) {
		match(event.proposalId().value(), at, ProposalStatus.EXPIRED, null);
	}

	@EventHandler
	void on(ProposalCancelled event, @org.axonframework.eventhandling.Timestamp Instant at) {
		match(event.proposalId().value(), at, ProposalStatus.CANCELLED, "cancel_reason = ?", event.reason());
	}

	@EventHandler
	void on(MatchConfirmed event, @org.axonframework.eventhandling.Timestamp Instant at) {
		match(event.proposalId().value(), at, ProposalStatus.CONFIRMED, null);
	}

	@EventHandler
	void on(AssistanceDelivered event, @org.axonframework.eventhandling.Timestamp Instant at) {
		match(event.proposalId().value(), at, ProposalStatus.DELIVERED, "delivered_at = ?", time(at));
	}

	@EventHandler
	void on(MatchClosed event, @org.axonframework.eventhandling.Timestamp Instant at) {
		match(event.proposalId().value(), at, ProposalStatus.CLOSED, "closed_at = ?, outcome = ?", time(at),
				event.outcome() == null ? null : event.outcome().name());
	}

	@ResetHandler
	void reset() {
		db.sql("delete from matching_match").update();
		db.sql("delete from matching_offer").update();
		db.sql("delete from matching_request").update();
	}

	private void request(UUID id, String column, Object value, Instant at) {
		writes.update("update matching_request set " + column + " = ?, last_changed_at = ? where request_id = ?", value,
				time(at), id);
	}

	private void offer(UUID id, String column, Object value, Instant at) {
		writes.update("update matching_offer set " + column + " = ?, last_changed_at = ? where offer_id = ?", value,
				time(at), id);
	}

	/**
	 * Records a step in a proposal's life: when, the status it reached (none for a
	 * reminder), and the columns the step fills ({@code "answered_at = ?"}) with their
	 * values.
	 */
	private void match(UUID id, Instant at, ProposalStatus status, String columns, Object... values) {
		List<Object> params = new ArrayList<>();
		params.add(time(at));
		params.add(status == null ? null : status.name());
		params.addAll(Arrays.asList(values));
		params.add(id);
		writes.update("update matching_match set last_changed_at = ?, status = coalesce(cast(? as varchar), status)"
				+ (columns == null ? "" : ", " + columns) + " where proposal_id = ?", params.toArray());
	}

	private static String[] codes(Collection<?> values) {
		return values.stream().map(String::valueOf).toArray(String[]::new);
	}

	private static Timestamp time(Instant at) {
		return Timestamp.from(at);
	}

}
