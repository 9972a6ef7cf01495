package org.clearinghouse.regional.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.request.RequestJoinedToJointRequest;
import org.clearinghouse.request.RequestRegistered;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which joint request serves which original request, from the joint request's
 * registration and the originals' own {@link RequestJoinedToJointRequest} events (table
 * {@code joint_request_link}): the regional-opportunities report leaves out the originals
 * an open joint request serves.
 */
@Component
@ProcessingGroup(JointRequestLinks.PROCESSING_GROUP)
class JointRequestLinks {

	static final String PROCESSING_GROUP = "joint-request-links";

	private final JdbcClient db;

	JointRequestLinks(JdbcClient db) {
		this.db = db;
	}

	/**
	 * The joint request's registration names its originals at once, before each of them
	 * records the link: the report leaves them out from that moment.
	 */
	@EventHandler
	void on(RequestRegistered event, @Timestamp Instant at) {
		event.originalRequests().forEach(original -> link(original, event.requestId(), at));
	}

	@EventHandler
	void on(RequestJoinedToJointRequest event, @Timestamp Instant at) {
		link(event.requestId(), event.jointRequestId(), at);
	}

	private void link(RequestId original, RequestId joint, Instant at) {
		db.sql("""
				insert into joint_request_link (original_request_id, joint_request_id, joined_at) values (?, ?, ?)
				on conflict (original_request_id) do update
				  set joint_request_id = excluded.joint_request_id, joined_at = excluded.joined_at""")
			.params(original.value(), joint.value(), OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	@ResetHandler
	void reset() {
		db.sql("delete from joint_request_link").update();
	}

	/**
	 * The original requests served by a joint request that is not withdrawn or closed (as
	 * far as the matching database knows: a joint request it has not seen yet counts as
	 * open).
	 */
	Set<UUID> servedByAnOpenJointRequest() {
		return Set.copyOf(db.sql("""
				select l.original_request_id from joint_request_link l
				where not exists (select 1 from matching_request j
				  where j.request_id = l.joint_request_id and j.status <> 'OPEN')""").query(UUID.class).list());
	}

}
