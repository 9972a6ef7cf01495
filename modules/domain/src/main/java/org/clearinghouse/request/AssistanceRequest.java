package org.clearinghouse.request;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.Rules;
import org.clearinghouse.vocabulary.Text;
import org.clearinghouse.vocabulary.WorkingDays;

/**
 * A request for assistance. It decides whether a command is allowed and which events
 * follow; its event-sourcing handlers only remember what happened.
 */
@Aggregate
class AssistanceRequest {

	static final String OBJECTION_PERIOD_ENDS = "objection-period-ends";

	static final String CIRCULATION_DUE = "circulation-due";

	static final String FOLLOW_UP_DUE = "follow-up-due";

	@AggregateIdentifier
	private RequestId requestId;

	private RequestDetails details;

	private RequestStatus status;

	private boolean published;

	protected AssistanceRequest() {
		// for Axon: rebuilt from its events
	}

	private boolean circulated;

	/** The joint request that serves this one, if it was joined to one. */
	private RequestId jointRequestId;

	/**
	 * Registers and acknowledges the request, and sets the deadlines of the intake
	 * process: tacit consent, circulation to providers, and the follow-up a year on.
	 */
	@CommandHandler
	AssistanceRequest(RegisterRequest command, DeadlineManager deadlines, IntakeTimeline timeline) {
		command.details().enforce();
		if (command.originalRequests().contains(command.requestId())) {
			throw new IllegalArgumentException("a joint request cannot be made from itself");
		}
		apply(new RequestRegistered(command.requestId(), command.details(), command.originalRequests()));
		apply(new RequestAcknowledged(command.requestId()));
		Instant now = GenericEventMessage.clock.instant();
		if (command.details().publicationConsent() == PublicationConsent.GIVEN) {
			apply(new RequestPublished(command.requestId()));
		}
		else if (command.details().publicationConsent() == PublicationConsent.PENDING) {
			deadlines.schedule(WorkingDays.after(now, timeline.objectionWorkingDays()), OBJECTION_PERIOD_ENDS);
		}
		deadlines.schedule(now.plus(timeline.circulationWithin()), CIRCULATION_DUE);
		deadlines.schedule(now.plus(timeline.followUpAfter()), FOLLOW_UP_DUE);
	}

	/**
	 * Silence is consent: unless the State objected, its request's summary is published.
	 */
	@DeadlineHandler(deadlineName = OBJECTION_PERIOD_ENDS)
	void objectionPeriodEnded() {
		if (status == RequestStatus.OPEN && details.publicationConsent() == PublicationConsent.PENDING) {
			publishIfNotYet();
		}
	}

	@DeadlineHandler(deadlineName = CIRCULATION_DUE)
	void circulationDue() {
		if (status == RequestStatus.OPEN && !circulated) {
			apply(new RequestCirculationOverdue(requestId));
		}
	}

	@DeadlineHandler(deadlineName = FOLLOW_UP_DUE)
	void followUpDue() {
		if (status != RequestStatus.WITHDRAWN) {
			apply(new RequestFollowUpDue(requestId));
		}
	}

	@CommandHandler
	void handle(RecordCirculation command) {
		if (!circulated) {
			apply(new RequestCirculated(requestId));
		}
	}

	@CommandHandler
	void handle(RecordRequestFeedback command) {
		if (status == RequestStatus.WITHDRAWN) {
			throw new IllegalStateException("request " + requestId + " was withdrawn: there is nothing to follow up");
		}
		new Rules().require(command.outcome() != null, "outcome", "MET, PARTLY_MET or NOT_MET")
			.description("comment", command.comment())
			.enforce();
		apply(new RequestFeedbackRecorded(requestId, command.outcome(),
				Text.optionalText(command.comment(), Rules.MAX_DESCRIPTION_LENGTH)));
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

	/**
	 * A joint request was made from this one: from now on that joint request is matched
	 * for it. Linking again to the same joint request changes nothing; a later joint
	 * request (the first was withdrawn, say) takes its place. A request no longer open
	 * has nothing left to serve and is not linked; it stays as it ended.
	 */
	@CommandHandler
	void handle(LinkToJointRequest command) {
		if (command.jointRequestId().equals(requestId)) {
			throw new IllegalArgumentException("a request cannot be joined to itself");
		}
		if (status != RequestStatus.OPEN || command.jointRequestId().equals(jointRequestId)) {
			return;
		}
		apply(new RequestJoinedToJointRequest(requestId, command.jointRequestId()));
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
	void on(RequestCirculated event) {
		circulated = true;
	}

	@EventSourcingHandler
	void on(RequestJoinedToJointRequest event) {
		jointRequestId = event.jointRequestId();
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
