package org.clearinghouse.matching;

import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.clearinghouse.offer.OfferCapacityUsed;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.request.RecordCirculation;
import org.clearinghouse.request.RequestAmended;
import org.clearinghouse.request.RequestClosed;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.request.RequestJoinedToJointRequest;
import org.clearinghouse.request.RequestRegistered;
import org.clearinghouse.request.RequestWithdrawn;
import org.clearinghouse.vocabulary.ProposalId;

/**
 * The matcher, one per request: proposes the best candidates when the request is
 * registered, the next one whenever a proposal is declined, expires or is cancelled, and
 * stops when the request is matched, withdrawn or closed, or joined to a joint request
 * (which has a matcher of its own, so that the providers are not asked twice for one
 * need). It only sends commands; the policy ranks, the aggregates decide. A pair is never
 * proposed twice: the proposal's id is the pair's.
 * <p>
 * It shares one ordered, single-segment processing group with the candidate offers it
 * reads and with the new-offer matcher, so that a request and an offer registered moments
 * apart always meet: whichever comes second sees the first.
 */
@Saga
@ProcessingGroup(MatchmakingSaga.PROCESSING_GROUP)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class MatchmakingSaga {

	public static final String PROCESSING_GROUP = "matching";

	private static final String REQUEST_ID = "requestId";

	private static final String PROPOSAL_ID = "proposalId";

	private RequestId requestId;

	private RequestDetails request;

	private final Set<OfferId> proposed = new LinkedHashSet<>();

	private final Set<ProposalId> open = new LinkedHashSet<>();

	private boolean circulated;

	/** The accepted proposal whose capacity is not yet secured. */
	private ProposalId accepted;

	/** Joined to a joint request: proposes nothing more. */
	private boolean joined;

	@StartSaga
	@SagaEventHandler(associationProperty = REQUEST_ID)
	void on(RequestRegistered event, CandidateFinder candidates, MatchingSettings settings, CommandGateway commands) {
		requestId = event.requestId();
		request = event.details();
		proposeUpTo(settings.proposalsPerRequest(), candidates, settings, commands);
	}

	@SagaEventHandler(associationProperty = REQUEST_ID)
	void on(RequestAmended event) {
		request = event.details();
	}

	@SagaEventHandler(associationProperty = REQUEST_ID)
	void on(MatchProposed event, CommandGateway commands) {
		proposed.add(event.offerId());
		open.add(event.proposalId());
		if (!circulated) {
			circulated = true;
			commands.send(new RecordCirculation(requestId));
		}
	}

	@SagaEventHandler(associationProperty = REQUEST_ID)
	void on(ProposalDeclined event, CandidateFinder candidates, MatchingSettings settings, CommandGateway commands) {
		replace(event.proposalId(), candidates, settings, commands);
	}

	@SagaEventHandler(associationProperty = REQUEST_ID)
	void on(ProposalExpired event, CandidateFinder candidates, MatchingSettings settings, CommandGateway commands) {
		replace(event.proposalId(), candidates, settings, commands);
	}

	@SagaEventHandler(associationProperty = REQUEST_ID)
	void on(ProposalCancelled event, CandidateFinder candidates, MatchingSettings settings, CommandGateway commands) {
		replace(event.proposalId(), candidates, settings, commands);
	}

	/**
	 * Accepted: the other providers need not answer any more. The matcher waits until the
	 * offer's capacity is secured; if the last unit went to another request a moment
	 * before, the acceptance is cancelled and the next candidate is proposed.
	 */
	@SagaEventHandler(associationProperty = REQUEST_ID)
	void on(ProposalAccepted event, CommandGateway commands) {
		open.remove(event.proposalId());
		accepted = event.proposalId();
		SagaLifecycle.associateWith(PROPOSAL_ID, event.proposalId().toString());
		cancelOpen("the request was matched with another offer", commands);
	}

	/** Matched: the accepted proposal holds a unit of its offer. */
	@EndSaga
	@SagaEventHandler(associationProperty = PROPOSAL_ID)
	void on(OfferCapacityUsed event) {
		accepted = null;
	}

	@EndSaga
	@SagaEventHandler(associationProperty = REQUEST_ID)
	void on(RequestWithdrawn event, CommandGateway commands) {
		cancelOpen("the request was withdrawn", commands);
	}

	@EndSaga
	@SagaEventHandler(associationProperty = REQUEST_ID)
	void on(RequestClosed event, CommandGateway commands) {
		cancelOpen("the request was closed", commands);
	}

	/**
	 * Joined to a joint request, which is matched from now on in its place: the open
	 * proposals are cancelled and nothing more is proposed. An accepted proposal stands
	 * (its provider has agreed); the matcher waits for its capacity as after any
	 * acceptance, and if that fails it proposes nothing else.
	 */
	@SagaEventHandler(associationProperty = REQUEST_ID)
	void on(RequestJoinedToJointRequest event, CommandGateway commands) {
		joined = true;
		cancelOpen("the request is now served by the joint request " + event.jointRequestId(), commands);
		if (accepted == null) {
			SagaLifecycle.end();
		}
	}

	private void replace(ProposalId answered, CandidateFinder candidates, MatchingSettings settings,
			CommandGateway commands) {
		if (answered.equals(accepted)) {
			accepted = null;
			if (joined) {
				SagaLifecycle.end();
				return;
			}
			proposeUpTo(settings.proposalsPerRequest(), candidates, settings, commands);
		}
		else if (accepted == null && open.remove(answered)) {
			proposeUpTo(settings.proposalsPerRequest() - open.size(), candidates, settings, commands);
		}
	}

	private void proposeUpTo(int wanted, CandidateFinder candidates, MatchingSettings settings,
			CommandGateway commands) {
		if (wanted <= 0) {
			return;
		}
		for (Candidate candidate : candidates.bestFor(request, proposed, wanted)) {
			OfferId offerId = candidate.offer().offerId();
			ProposalId proposal = ProposalId.forPair(requestId.value(), offerId.value());
			// open from the moment it is sent: a withdrawal may come before MatchProposed
			// does
			proposed.add(offerId);
			open.add(proposal);
			commands.send(new ProposeMatch(proposal, requestId, offerId, candidate.offer().details().provider().code(),
					candidate.score(), candidate.reasons(), settings.answerWithin()));
		}
	}

	private void cancelOpen(String reason, CommandGateway commands) {
		open.forEach(proposal -> commands.send(new CancelProposal(proposal, reason)));
		open.clear();
	}

}
