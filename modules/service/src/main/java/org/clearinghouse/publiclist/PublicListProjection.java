package org.clearinghouse.publiclist;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clearinghouse.catalogue.CatalogueEntryAdded;
import org.clearinghouse.catalogue.CatalogueEntryAmended;
import org.clearinghouse.catalogue.CatalogueEntryDetails;
import org.clearinghouse.catalogue.CatalogueEntryId;
import org.clearinghouse.catalogue.CatalogueEntryRetired;
import org.clearinghouse.offer.OfferAmended;
import org.clearinghouse.offer.OfferClosed;
import org.clearinghouse.offer.OfferDetails;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.OfferPublished;
import org.clearinghouse.offer.OfferRegistered;
import org.clearinghouse.offer.OfferUnpublished;
import org.clearinghouse.offer.OfferWithdrawn;
import org.clearinghouse.publiclist.PublicAssistanceList.CatalogueItem;
import org.clearinghouse.publiclist.PublicAssistanceList.PublicOffer;
import org.clearinghouse.publiclist.PublicAssistanceList.PublicRequest;
import org.clearinghouse.request.RequestAmended;
import org.clearinghouse.request.RequestClosed;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.request.RequestPublicationObjected;
import org.clearinghouse.request.RequestPublished;
import org.clearinghouse.request.RequestRegistered;
import org.clearinghouse.request.RequestUnpublished;
import org.clearinghouse.request.RequestWithdrawn;
import org.clearinghouse.system.BatchedWrites;
import org.clearinghouse.vocabulary.PublicationConsent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the public list. A request is listed from {@link RequestPublished} until it is
 * unpublished, withdrawn or closed; an offer likewise. The tables hold only public rows:
 * what a published item said is read back from its own events at publication, so nothing
 * is staged here while it is confidential. Every update is an upsert or a delete, safe to
 * repeat in a replay.
 */
@Component
@ProcessingGroup(PublicListProjection.PROCESSING_GROUP)
class PublicListProjection {

	static final String PROCESSING_GROUP = "public-list";

	private final JdbcClient db;

	private final BatchedWrites writes;

	private final EventStore eventStore;

	private final ObjectMapper json;

	PublicListProjection(JdbcClient db, BatchedWrites writes, EventStore eventStore, ObjectMapper json) {
		this.db = db;
		this.writes = writes;
		this.eventStore = eventStore;
		this.json = json;
	}

	@EventHandler
	void on(CatalogueEntryAdded event) {
		saveEntry(event.entryId(), event.details());
	}

	@EventHandler
	void on(CatalogueEntryAmended event) {
		saveEntry(event.entryId(), event.details());
	}

	@EventHandler
	void on(CatalogueEntryRetired event) {
		writes.update("delete from public_catalogue_entry where entry_id = ?", event.entryId().value());
	}

	@EventHandler
	void on(RequestPublished event, @SequenceNumber long sequence, @Timestamp Instant at) {
		RequestDetails details = requestAt(event.requestId(), sequence);
		if (details != null && details.publicationConsent().allowsPublication()) {
			saveRequest(event.requestId(), details, at);
		}
	}

	@EventHandler
	void on(RequestAmended event) {
		if (!event.details().publicationConsent().allowsPublication()) {
			// gone at once, not one event later with the unpublication
			removeRequest(event.requestId());
			return;
		}
		writes.update("update public_request set title = ?, entry = ?::jsonb where request_id = ?",
				event.details().title(), document(publicRequest(event.requestId(), event.details())),
				event.requestId().value());
	}

	@EventHandler
	void on(RequestPublicationObjected event) {
		removeRequest(event.requestId());
	}

	@EventHandler
	void on(RequestUnpublished event) {
		removeRequest(event.requestId());
	}

	@EventHandler
	void on(RequestWithdrawn event) {
		removeRequest(event.requestId());
	}

	@EventHandler
	void on(RequestClosed event) {
		removeRequest(event.requestId());
	}

	@EventHandler
	void on(OfferPublished event, @SequenceNumber long sequence, @Timestamp Instant at) {
		OfferDetails details = offerAt(event.offerId(), sequence);
		if (details != null && details.publicationConsent() == PublicationConsent.GIVEN) {
			saveOffer(event.offerId(), details, at);
		}
	}

	@EventHandler
	void on(OfferAmended event) {
		if (event.details().publicationConsent() != PublicationConsent.GIVEN) {
			removeOffer(event.offerId());
			return;
		}
		writes.update("update public_offer set title = ?, entry = ?::jsonb where offer_id = ?", event.details().title(),
				document(publicOffer(event.offerId(), event.details())), event.offerId().value());
	}

	@EventHandler
	void on(OfferUnpublished event) {
		removeOffer(event.offerId());
	}

	@EventHandler
	void on(OfferWithdrawn event) {
		removeOffer(event.offerId());
	}

	@EventHandler
	void on(OfferClosed event) {
		removeOffer(event.offerId());
	}

	@ResetHandler
	void reset() {
		db.sql("delete from public_catalogue_entry").update();
		db.sql("delete from public_request").update();
		db.sql("delete from public_offer").update();
	}

	List<CatalogueItem> catalogue() {
		return db.sql("select entry from public_catalogue_entry order by assistance_type, title, entry_id")
			.query((rs, n) -> read(rs.getString(1), CatalogueItem.class))
			.list();
	}

	List<PublicRequest> requests() {
		return db.sql("select entry from public_request order by listed_at desc, request_id")
			.query((rs, n) -> read(rs.getString(1), PublicRequest.class))
			.list();
	}

	List<PublicOffer> offers() {
		return db.sql("select entry from public_offer order by listed_at desc, offer_id")
			.query((rs, n) -> read(rs.getString(1), PublicOffer.class))
			.list();
	}

	private void saveEntry(CatalogueEntryId id, CatalogueEntryDetails details) {
		CatalogueItem item = new CatalogueItem(id.toString(), details.assistanceType(), details.title(),
				details.description(), details.examples());
		writes.update("""
				insert into public_catalogue_entry (entry_id, assistance_type, title, entry) values (?, ?, ?, ?::jsonb)
				on conflict (entry_id) do update
				set assistance_type = excluded.assistance_type, title = excluded.title, entry = excluded.entry""",
				id.value(), details.assistanceType().name(), details.title(), document(item));
	}

	private void saveRequest(RequestId id, RequestDetails details, Instant at) {
		writes.update("""
				insert into public_request (request_id, listed_at, title, entry) values (?, ?, ?, ?::jsonb)
				on conflict (request_id) do update
				set listed_at = excluded.listed_at, title = excluded.title, entry = excluded.entry""", id.value(),
				java.sql.Timestamp.from(at), details.title(), document(publicRequest(id, details)));
	}

	private void saveOffer(OfferId id, OfferDetails details, Instant at) {
		writes.update("""
				insert into public_offer (offer_id, listed_at, title, entry) values (?, ?, ?, ?::jsonb)
				on conflict (offer_id) do update
				set listed_at = excluded.listed_at, title = excluded.title, entry = excluded.entry""", id.value(),
				java.sql.Timestamp.from(at), details.title(), document(publicOffer(id, details)));
	}

	private void removeRequest(RequestId id) {
		writes.update("delete from public_request where request_id = ?", id.value());
	}

	private void removeOffer(OfferId id) {
		writes.update("delete from public_offer where offer_id = ?", id.value());
	}

	/** What the request said when it was published: its events up to that one. */
	private RequestDetails requestAt(RequestId id, long sequence) {
		RequestDetails details = null;
		for (DomainEventMessage<?> message : history(id.toString(), sequence)) {
			Object event = message.getPayload();
			if (event instanceof RequestRegistered registered) {
				details = registered.details();
			}
			else if (event instanceof RequestAmended amended) {
				details = amended.details();
			}
			else if (event instanceof RequestPublicationObjected && details != null) {
				details = details.withPublicationConsent(PublicationConsent.REFUSED);
			}
		}
		return details;
	}

	private OfferDetails offerAt(OfferId id, long sequence) {
		OfferDetails details = null;
		for (DomainEventMessage<?> message : history(id.toString(), sequence)) {
			Object event = message.getPayload();
			if (event instanceof OfferRegistered registered) {
				details = registered.details();
			}
			else if (event instanceof OfferAmended amended) {
				details = amended.details();
			}
		}
		return details;
	}

	private List<? extends DomainEventMessage<?>> history(String aggregateId, long upToSequence) {
		return eventStore.readEvents(aggregateId)
			.asStream()
			.takeWhile(message -> message.getSequenceNumber() <= upToSequence)
			.toList();
	}

	private static PublicRequest publicRequest(RequestId id, RequestDetails d) {
		return new PublicRequest(id.toString(), d.requestingStates(), d.framework(), d.title(), d.description(),
				d.areas(), d.weaponCategories(), d.assistanceTypes(), d.languages(), d.neededBy());
	}

	private static PublicOffer publicOffer(OfferId id, OfferDetails d) {
		return new PublicOffer(id.toString(), d.provider(), d.title(), d.description(), d.areas(), d.weaponCategories(),
				d.assistanceTypes(), d.languages(), d.eligibleRegions(), d.eligibleStates(), d.availableFrom(),
				d.availableUntil());
	}

	private String document(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("cannot write a public list entry", ex);
		}
	}

	private <T> T read(String document, Class<T> type) {
		try {
			return json.readValue(document, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("cannot read a public list entry", ex);
		}
	}

}
