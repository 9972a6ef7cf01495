package org.clearinghouse.matching;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.ProviderCode;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.vocabulary.InvalidDetailsException;
import org.clearinghouse.vocabulary.ProposalId;
import org.clearinghouse.vocabulary.Reason;
import org.clearinghouse.vocabulary.Violation;

/**
 * One offer proposed to its provider for one request, followed from the proposal through
 * the donor's answer to delivery. Only the provider it was made to may answer it, and
 * only once.
 */
@Aggregate
class MatchProposal {

	static final String REMINDER = "proposal-reminder";

	static final String EXPIRY = "proposal-expiry";

	@AggregateIdentifier
	private ProposalId proposalId;

	private RequestId requestId;

	private OfferId offerId;

	private ProviderCode providerCode;

	private ProposalStatus status;

	protected MatchProposal() {
		// for Axon: rebuilt from its events
	}

	/**
	 * Proposes the pair; a pair already proposed, whatever became of it, is left as it
	 * is: its id derives from the pair, and a second proposal of it (a matcher that has
	 * not yet seen the first) must not break the batch that sends it.
	 */
	@CommandHandler
	@CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
	void handle(ProposeMatch command, DeadlineManager deadlines) {
		if (status != null) {
			return;
		}
		Instant now = GenericEventMessage.clock.instant();
		Instant expiresAt = now.plus(command.answerWithin());
		apply(new MatchProposed(command.proposalId(), command.requestId(), command.offerId(), command.providerCode(),
				command.score(), List.copyOf(command.reasons()), expiresAt));
		deadlines.schedule(now.plus(command.answerWithin().dividedBy(2)), REMINDER);
		deadlines.schedule(expiresAt, EXPIRY);
	}

	@CommandHandler
	void handle(AcceptProposal command, DeadlineManager deadlines) {
		requireAnswerable(command.answeredBy());
		apply(new ProposalAccepted(proposalId, requestId, offerId, providerCode));
		cancelDeadlines(deadlines);
	}

	@CommandHandler
	void handle(DeclineProposal command, DeadlineManager deadlines) {
		requireAnswerable(command.answeredBy());
		String reason = Reason.required(command.reason());
		apply(new ProposalDeclined(proposalId, requestId, offerId, providerCode, reason));
		cancelDeadlines(deadlines);
	}

	@CommandHandler
	void handle(CancelProposal command, DeadlineManager deadlines) {
		if (status != ProposalStatus.PROPOSED && status != ProposalStatus.ACCEPTED) {
			return;
		}
		apply(new ProposalCancelled(proposalId, requestId, offerId, providerCode, command.reason()));
		cancelDeadlines(deadlines);
	}

	@CommandHandler
	void handle(ConfirmMatch command) {
		requireStatus(ProposalStatus.ACCEPTED, "confirmed");
		apply(new MatchConfirmed(proposalId, requestId, offerId, providerCode));
	}

	@CommandHandler
	void handle(RecordDelivery command) {
		requireStatus(ProposalStatus.CONFIRMED, "delivered");
		apply(new AssistanceDelivered(proposalId, requestId, offerId, providerCode, Reason.optional(command.note())));
	}

	@CommandHandler
	void handle(CloseMatch command) {
		requireStatus(ProposalStatus.DELIVERED, "closed");
		if (command.outcome() == null) {
			throw new InvalidDetailsException(List.of(new Violation("outcome", "MET, PARTLY_MET or NOT_MET")));
		}
		apply(new MatchClosed(proposalId, requestId, offerId, providerCode, command.outcome(),
				Reason.optional(command.comment())));
	}

	@DeadlineHandler(deadlineName = REMINDER)
	void remind() {
		if (status == ProposalStatus.PROPOSED) {
			apply(new ProposalReminderDue(proposalId, requestId, offerId, providerCode));
		}
	}

	@DeadlineHandler(deadlineName = EXPIRY)
	void expire() {
		if (status == ProposalStatus.PROPOSED) {
			apply(new ProposalExpired(proposalId, requestId, offerId, providerCode));
		}
	}

	private void requireAnswerable(ProviderCode answeredBy) {
		if (!providerCode.equals(answeredBy)) {
			throw new WrongProviderException(answeredBy);
		}
		requireStatus(ProposalStatus.PROPOSED, "answered");
	}

	private void requireStatus(ProposalStatus expected, String action) {
		if (status != expected) {
			throw new IllegalStateException(
					"proposal " + proposalId + " is " + status.name().toLowerCase() + " and cannot be " + action);
		}
	}

	private static void cancelDeadlines(DeadlineManager deadlines) {
		deadlines.cancelAllWithinScope(REMINDER);
		deadlines.cancelAllWithinScope(EXPIRY);
	}

	@EventSourcingHandler
	void on(MatchProposed event) {
		proposalId = event.proposalId();
		requestId = event.requestId();
		offerId = event.offerId();
		providerCode = event.providerCode();
		status = ProposalStatus.PROPOSED;
	}

	@EventSourcingHandler
	void on(ProposalAccepted event) {
		status = ProposalStatus.ACCEPTED;
	}

	@EventSourcingHandler
	void on(ProposalDeclined event) {
		status = ProposalStatus.DECLINED;
	}

	@EventSourcingHandler
	void on(ProposalExpired event) {
		status = ProposalStatus.EXPIRED;
	}

	@EventSourcingHandler
	void on(ProposalCancelled event) {
		status = ProposalStatus.CANCELLED;
	}

	@EventSourcingHandler
	void on(MatchConfirmed event) {
		status = ProposalStatus.CONFIRMED;
	}

	@EventSourcingHandler
	void on(AssistanceDelivered event) {
		status = ProposalStatus.DELIVERED;
	}

	@EventSourcingHandler
	void on(MatchClosed event) {
		status = ProposalStatus.CLOSED;
	}

}
