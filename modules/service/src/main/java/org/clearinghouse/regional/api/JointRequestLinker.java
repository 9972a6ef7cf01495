package org.clearinghouse.regional.api;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.clearinghouse.request.LinkToJointRequest;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.request.RequestRegistered;

import org.springframework.stereotype.Component;

/**
 * A joint request registered with its original requests tells each of them that it now
 * serves them ({@link LinkToJointRequest}); each original records it and its matcher
 * stops. Driven by the event, so the links are made even if the service stops between the
 * registration and them; the command changes nothing when sent again, and a replay does
 * not send it.
 */
@Component
@ProcessingGroup(JointRequestLinker.PROCESSING_GROUP)
@DisallowReplay
class JointRequestLinker {

	static final String PROCESSING_GROUP = "joint-request-linker";

	private final CommandGateway commands;

	JointRequestLinker(CommandGateway commands) {
		this.commands = commands;
	}

	@EventHandler
	void on(RequestRegistered event) {
		for (RequestId original : event.originalRequests()) {
			commands.sendAndWait(new LinkToJointRequest(original, event.requestId()));
		}
	}

}
