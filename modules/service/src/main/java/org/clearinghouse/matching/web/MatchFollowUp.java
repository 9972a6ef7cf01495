package org.clearinghouse.matching.web;

import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.clearinghouse.matching.CloseMatch;
import org.clearinghouse.matching.ConfirmMatch;
import org.clearinghouse.matching.RecordDelivery;
import org.clearinghouse.matching.inbox.ProposalEntry;
import org.clearinghouse.matching.inbox.ProposalInbox;
import org.clearinghouse.system.NotFoundException;
import org.clearinghouse.system.web.PageController;
import org.clearinghouse.vocabulary.FeedbackOutcome;
import org.clearinghouse.vocabulary.ProposalId;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The secretariat follows an accepted match through: confirms it, records the delivery,
 * closes it with the outcome. The same commands as {@code POST /api/proposals/{id}/…};
 * each answers with the request's page.
 */
@PageController
@RequestMapping("/secretariat/proposals/{id}")
class MatchFollowUp {

	private final ProposalInbox inbox;

	private final CommandGateway commands;

	MatchFollowUp(ProposalInbox inbox, CommandGateway commands) {
		this.inbox = inbox;
		this.commands = commands;
	}

	@PostMapping("/confirm")
	String confirm(@PathVariable UUID id) {
		ProposalEntry proposal = existing(id);
		commands.sendAndWait(new ConfirmMatch(new ProposalId(id)));
		return back(proposal, "confirmed");
	}

	@PostMapping("/delivered")
	String delivered(@PathVariable UUID id, @RequestParam(required = false) String note) {
		ProposalEntry proposal = existing(id);
		commands.sendAndWait(new RecordDelivery(new ProposalId(id), note));
		return back(proposal, "delivered");
	}

	@PostMapping("/close")
	String close(@PathVariable UUID id, @RequestParam FeedbackOutcome outcome,
			@RequestParam(required = false) String comment) {
		ProposalEntry proposal = existing(id);
		commands.sendAndWait(new CloseMatch(new ProposalId(id), outcome, comment));
		return back(proposal, "closed");
	}

	private ProposalEntry existing(UUID id) {
		return inbox.find(id).orElseThrow(() -> new NotFoundException("proposal"));
	}

	private static String back(ProposalEntry proposal, String done) {
		return "redirect:/secretariat/requests/" + proposal.requestId() + "?match=" + done;
	}

}
