package org.clearinghouse.offer.list;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.clearinghouse.offer.OfferAmended;
import org.clearinghouse.offer.OfferClosed;
import org.clearinghouse.offer.OfferDetails;
import org.clearinghouse.offer.OfferPublished;
import org.clearinghouse.offer.OfferRegistered;
import org.clearinghouse.offer.OfferStatus;
import org.clearinghouse.offer.OfferUnpublished;
import org.clearinghouse.offer.OfferWithdrawn;
import org.clearinghouse.system.BatchedWrites;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The secretariat's list of offers and programmes behind its pages, newest first. A small
 * projection; the matching database with its filters is another read model.
 */
@Component
@ProcessingGroup(OfferList.PROCESSING_GROUP)
public class OfferList {

	static final String PROCESSING_GROUP = "offer-list";

	/** One offer in the list. */
	public record Row(UUID offerId, String title, String providerType, String providerCode, List<String> areas,
			int capacity, OfferStatus status, boolean published, String consent, Instant registeredAt,
			Instant changedAt) {
	}

	private final JdbcClient db;

	private final BatchedWrites writes;

	OfferList(JdbcClient db, BatchedWrites writes) {
		this.db = db;
		this.writes = writes;
	}

	@EventHandler
	void on(OfferRegistered event, @Timestamp Instant at) {
		OfferDetails details = event.details();
		writes.update("""
				insert into page_offer_list (offer_id, title, provider_type, provider_code, areas, capacity, status,
				  consent, registered_at, changed_at)
				values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?) on conflict (offer_id) do nothing""",
				event.offerId().value(), details.title(), details.provider().type().name(),
				details.provider().code().value(), areas(details), details.capacity(),
				details.publicationConsent().name(), time(at), time(at));
	}

	@EventHandler
	void on(OfferAmended event, @Timestamp Instant at) {
		OfferDetails details = event.details();
		writes.update("""
				update page_offer_list set title = ?, provider_type = ?, provider_code = ?, areas = ?, capacity = ?,
				  consent = ?, changed_at = ? where offer_id = ?""", details.title(), details.provider().type().name(),
				details.provider().code().value(), areas(details), details.capacity(),
				details.publicationConsent().name(), time(at), event.offerId().value());
	}

	@EventHandler
	void on(OfferPublished event, @Timestamp Instant at) {
		set(event.offerId().value(), "published = true", at);
	}

	@EventHandler
	void on(OfferUnpublished event, @Timestamp Instant at) {
		set(event.offerId().value(), "published = false", at);
	}

	@EventHandler
	void on(OfferWithdrawn event, @Timestamp Instant at) {
		set(event.offerId().value(), "status = 'WITHDRAWN'", at);
	}

	@EventHandler
	void on(OfferClosed event, @Timestamp Instant at) {
		set(event.offerId().value(), "status = 'CLOSED'", at);
	}

	@ResetHandler
	void reset() {
		db.sql("delete from page_offer_list").update();
	}

	/**
	 * Offers whose title or provider contain {@code text} (any if blank), of one status
	 * (any if null), newest first.
	 */
	public List<Row> find(String text, OfferStatus status) {
		String pattern = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase() + "%";
		return db.sql("""
				select * from page_offer_list
				where (cast(? as varchar) is null or lower(title) like ? or lower(provider_code) like ?)
				  and (cast(? as varchar) is null or status = ?)
				order by registered_at desc, offer_id limit 500""")
			.params(pattern, pattern, pattern, status == null ? null : status.name(),
					status == null ? null : status.name())
			.query((rs, n) -> new Row(rs.getObject("offer_id", UUID.class), rs.getString("title"),
					rs.getString("provider_type"), rs.getString("provider_code"),
					Arrays.asList((String[]) rs.getArray("areas").getArray()), rs.getInt("capacity"),
					OfferStatus.valueOf(rs.getString("status")), rs.getBoolean("published"), rs.getString("consent"),
					rs.getObject("registered_at", OffsetDateTime.class).toInstant(),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	private void set(UUID offerId, String assignment, Instant at) {
		writes.update("update page_offer_list set " + assignment + ", changed_at = ? where offer_id = ?", time(at),
				offerId);
	}

	private static String[] areas(OfferDetails details) {
		return details.areas().stream().map(Enum::name).toArray(String[]::new);
	}

	private static OffsetDateTime time(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
