package org.clearinghouse.request;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.clearinghouse.vocabulary.PublicationConsent;

/**
 * A request for assistance. It decides whether a command is allowed and which events
 * follow; its event-sourcing handlers only remember what happened.
 */
@Aggregate
class AssistanceRequest {

	@AggregateIdentifier
	private RequestId requestId;

	private RequestDetails details;

	private RequestStatus status;

	private boolean published;

	protected AssistanceRequest() {
		// for Axon: rebuilt from its events
	}

	@CommandHandler
	AssistanceRequest(RegisterRequest command) {
		command.details().enforce();
		apply(new RequestRegistered(command.requestId(), command.details()));
		if (command.details().publicationConsent() == PublicationConsent.GIVEN) {
			apply(new RequestPublished(command.requestId()));
		}
	}

	@CommandHandler
	void handle(AmendRequest command) {
		requireOpen("amended");
		command.details().enforce();
		RequestDetails amended = keepingRefusal(command.details());
		if (amended.equals(details)) {
			return;
		}
		apply(new RequestAmended(requestId, amended));
		switch (amended.publicationConsent()) {
			case GIVEN -> publishIfNotYet();
			case REFUSED -> unpublishIfPublished();
			case PENDING -> {
				// stays as it is: the objection period decides
			}
		}
	}

	@CommandHandler
	void handle(ObjectToPublication command) {
		requireOpen("objected to");
		if (details.publicationConsent() == PublicationConsent.REFUSED) {
			return;
		}
		apply(new RequestPublicationObjected(requestId, command.note()));
		unpublishIfPublished();
	}

	@CommandHandler
	void handle(PublishRequest command) {
		requireOpen("published");
		if (!details.publicationConsent().allowsPublication()) {
			throw new IllegalStateException("request " + requestId + " cannot be published: its State refused consent");
		}
		publishIfNotYet();
	}

	@CommandHandler
	void handle(WithdrawRequest command) {
		requireOpen("withdrawn");
		apply(new RequestWithdrawn(requestId, command.reason()));
	}

	@CommandHandler
	void handle(CloseRequest command) {
		requireOpen("closed");
		apply(new RequestClosed(requestId, command.reason()));
	}

	/**
	 * Silence does not undo a refusal: an amendment that leaves consent unstated keeps
	 * it.
	 */
	private RequestDetails keepingRefusal(RequestDetails amended) {
		return details.publicationConsent() == PublicationConsent.REFUSED
				&& amended.publicationConsent() == PublicationConsent.PENDING
						? amended.withPublicationConsent(PublicationConsent.REFUSED) : amended;
	}

	private void requireOpen(String action) {
		if (status != RequestStatus.OPEN) {
			throw new IllegalStateException(
					"request " + requestId + " is " + status.name().toLowerCase() + " and cannot be " + action);
		}
	}

	private void publishIfNotYet() {
		if (!published) {
			apply(new RequestPublished(requestId));
		}
	}

	private void unpublishIfPublished() {
		if (published) {
			apply(new RequestUnpublished(requestId));
		}
	}

	@EventSourcingHandler
	void on(RequestRegistered event) {
		requestId = event.requestId();
		details = event.details();
		status = RequestStatus.OPEN;
	}

	@EventSourcingHandler
	void on(RequestAmended event) {
		details = event.details();
	}

	@EventSourcingHandler
	void on(RequestPublicationObjected event) {
		details = details.withPublicationConsent(PublicationConsent.REFUSED);
	}

	@EventSourcingHandler
	void on(RequestPublished event) {
		published = true;
	}

	@EventSourcingHandler
	void on(RequestUnpublished event) {
		published = false;
	}

	@EventSourcingHandler
	void on(RequestWithdrawn event) {
		status = RequestStatus.WITHDRAWN;
	}

	@EventSourcingHandler
	void on(RequestClosed event) {
		status = RequestStatus.CLOSED;
	}

}
