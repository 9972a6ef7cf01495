package org.clearinghouse.matching.candidates;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.DisallowReplay;
import org.clearinghouse.matching.CancelProposal;
import org.clearinghouse.matching.ProposalAccepted;
import org.clearinghouse.matching.ProposalCancelled;
import org.clearinghouse.offer.ReleaseOfferCapacity;
import org.clearinghouse.offer.UseOfferCapacity;

import org.springframework.stereotype.Component;

/**
 * An accepted proposal takes a unit of its offer's capacity; if none is left (another
 * request took the last one a moment before), the proposal is cancelled. A cancelled
 * proposal gives its unit back (the offer ignores a release it does not hold).
 */
@Component
@ProcessingGroup("capacity-keeper")
@DisallowReplay
class CapacityKeeper {

	private final CommandGateway commands;

	CapacityKeeper(CommandGateway commands) {
		this.commands = commands;
	}

	@EventHandler
	void on(ProposalAccepted event) {
		try {
			commands.sendAndWait(new UseOfferCapacity(event.offerId(), event.proposalId()));
		}
		catch (IllegalStateException fullyUsed) {
			commands.sendAndWait(new CancelProposal(event.proposalId(), "the offer is fully used"));
		}
	}

	@EventHandler
	void on(ProposalCancelled event) {
		commands.sendAndWait(new ReleaseOfferCapacity(event.offerId(), event.proposalId()));
	}

}
