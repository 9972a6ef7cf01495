package org.clearinghouse.regional.api;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.clearinghouse.regional.OpportunityGroup;
import org.clearinghouse.request.RegisterRequest;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.request.RequestId;

import org.springframework.stereotype.Component;

/**
 * Makes the joint request a regional opportunity suggests, for the API and the page
 * alike: the ordinary {@link RegisterRequest}, with the group's framework and its
 * original requests; {@link JointRequestLinker} then links each original to it.
 */
@Component
public class JointRequests {

	/** The joint request registered, and the group it was made from. */
	public record Made(RequestId jointRequestId, OpportunityGroup group, RequestDetails details) {
	}

	private final RegionalOpportunityReport report;

	private final CommandGateway commands;

	JointRequests(RegionalOpportunityReport report, CommandGateway commands) {
		this.report = report;
		this.commands = commands;
	}

	/**
	 * Registers the joint request of the group with this id under the given id; empty if
	 * no such group is reported now (unknown, or already taken).
	 */
	public Optional<Made> make(UUID groupId, RequestId id) {
		return report.group(groupId).map(group -> {
			RequestDetails details = group.suggestedRequest();
			commands.sendAndWait(new RegisterRequest(id, details, Set.copyOf(group.requests())));
			return new Made(id, group, details);
		});
	}

}
