package org.clearinghouse.request.list;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The secretariat's list of requests behind its pages: title, States, areas, status and
 * publication, newest first. A small projection; the matching database with its filters
 * is another read model.
 */
@Component
@ProcessingGroup(RequestList.PROCESSING_GROUP)
public class RequestList {

	static final String PROCESSING_GROUP = "request-list";

	/** One request in the list. */
	public record Row(UUID requestId, String title, List<String> requestingStates, List<String> areas, boolean joint,
			RequestStatus status, boolean published, String consent, Instant registeredAt, Instant changedAt) {
	}

	private final JdbcClient db;

	private final BatchedWrites writes;

	private final ObjectMapper json;

	RequestList(JdbcClient db, BatchedWrites writes, ObjectMapper json) {
		this.db = db;
		this.writes = writes;
		this.json = json;
	}

	@EventHandler
	void on(RequestRegistered event, @Timestamp Instant at) {
		RequestDetails details = event.details();
		writes.update("""
				insert into page_request_list (request_id, title, requesting_states, areas, joint, status, consent,
				  registered_at, changed_at)
				values (?, ?, cast(? as jsonb), ?, ?, 'OPEN', ?, ?, ?) on conflict (request_id) do nothing""",
				event.requestId().value(), details.title(), write(details.requestingStates()),
				details.areas().stream().map(Enum::name).toArray(String[]::new), details.isJoint(),
				details.publicationConsent().name(), time(at), time(at));
	}

	@EventHandler
	void on(RequestAmended event, @Timestamp Instant at) {
		RequestDetails details = event.details();
		writes.update("""
				update page_request_list set title = ?, requesting_states = cast(? as jsonb), areas = ?, joint = ?,
				  consent = ?, changed_at = ? where request_id = ?""", details.title(),
				write(details.requestingStates()), details.areas().stream().map(Enum::name).toArray(String[]::new),
				details.isJoint(), details.publicationConsent().name(), time(at), event.requestId().value());
	}

	@EventHandler
	void on(RequestPublicationObjected event, @Timestamp Instant at) {
		set(event.requestId().value(), "consent = 'REFUSED'", at);
	}

	@EventHandler
	void on(RequestPublished event, @Timestamp Instant at) {
		set(event.requestId().value(), "published = true", at);
	}

	@EventHandler
	void on(RequestUnpublished event, @Timestamp Instant at) {
		set(event.requestId().value(), "published = false", at);
	}

	@EventHandler
	void on(RequestWithdrawn event, @Timestamp Instant at) {
		set(event.requestId().value(), "status = 'WITHDRAWN'", at);
	}

	@EventHandler
	void on(RequestClosed event, @Timestamp Instant at) {
		set(event.requestId().value(), "status = 'CLOSED'", at);
	}

	@ResetHandler
	void reset() {
		db.sql("delete from page_request_list").update();
	}

	/**
	 * Requests whose title or States contain {@code text} (any if blank), of one status
	 * (any if null), newest first.
	 */
	public List<Row> find(String text, RequestStatus status) {
		String pattern = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase() + "%";
		return db.sql("""
				select * from page_request_list
				where (cast(? as varchar) is null or lower(title) like ? or lower(requesting_states::text) like ?)
				  and (cast(? as varchar) is null or status = ?)
				order by registered_at desc, request_id limit 500""")
			.params(pattern, pattern, pattern, status == null ? null : status.name(),
					status == null ? null : status.name())
			.query((rs, n) -> new Row(rs.getObject("request_id", UUID.class), rs.getString("title"),
					read(rs.getString("requesting_states")), Arrays.asList((String[]) rs.getArray("areas").getArray()),
					rs.getBoolean("joint"), RequestStatus.valueOf(rs.getString("status")), rs.getBoolean("published"),
					rs.getString("consent"), rs.getObject("registered_at", OffsetDateTime.class).toInstant(),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	private void set(UUID requestId, String assignment, Instant at) {
		writes.update("update page_request_list set " + assignment + ", changed_at = ? where request_id = ?", time(at),
				requestId);
	}

	private static OffsetDateTime time(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("a set of codes", ex);
		}
	}

	private List<String> read(String states) {
		try {
			return json.readValue(states, new TypeReference<List<String>>() {
			});
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("page_request_list holds what this class wrote", ex);
		}
	}

}
