package org.clearinghouse.matching.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.clearinghouse.matching.AcceptProposal;
import org.clearinghouse.matching.DeclineProposal;
import org.clearinghouse.matching.inbox.ProposalEntry;
import org.clearinghouse.matching.inbox.ProposalInbox;
import org.clearinghouse.offer.ProviderCode;
import org.clearinghouse.system.ClearinghouseUser;
import org.clearinghouse.system.NotFoundException;
import org.clearinghouse.system.web.FieldErrors;
import org.clearinghouse.system.web.PageController;
import org.clearinghouse.vocabulary.InvalidDetailsException;
import org.clearinghouse.vocabulary.ProposalId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A donor's inbox: its own proposals with score and reasons, those waiting for an answer
 * first, accept or decline (with a reason), and what became of the earlier ones.
 */
@PageController
@RequestMapping("/donor/proposals")
class DonorInboxPage {

	private final ProposalInbox inbox;

	private final CommandGateway commands;

	private final MessageSource messages;

	DonorInboxPage(ProposalInbox inbox, CommandGateway commands, MessageSource messages) {
		this.inbox = inbox;
		this.commands = commands;
		this.messages = messages;
	}

	@GetMapping
	String inbox(@AuthenticationPrincipal ClearinghouseUser user, Model model) {
		return show(user, model, null, FieldErrors.none());
	}

	@PostMapping("/{id}/accept")
	String accept(@PathVariable UUID id, @AuthenticationPrincipal ClearinghouseUser user) {
		own(user, id);
		commands.sendAndWait(new AcceptProposal(new ProposalId(id), provider(user)));
		return "redirect:/donor/proposals?accepted=" + id;
	}

	@PostMapping("/{id}/decline")
	String decline(@PathVariable UUID id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal ClearinghouseUser user, Model model) {
		own(user, id);
		try {
			commands.sendAndWait(new DeclineProposal(new ProposalId(id), provider(user), reason));
		}
		catch (InvalidDetailsException invalid) {
			return show(user, model, id,
					FieldErrors.of(invalid.violations(), messages, LocaleContextHolder.getLocale()));
		}
		return "redirect:/donor/proposals?declined=" + id;
	}

	private String show(ClearinghouseUser user, Model model, UUID declining, FieldErrors errors) {
		List<ProposalEntry> own = inbox.list(user.providerCode(), Optional.empty());
		model.addAttribute("provider", user.providerCode().orElse(""));
		model.addAttribute("open", own.stream().filter(p -> p.status().isOpen()).toList());
		model.addAttribute("earlier", own.stream().filter(p -> !p.status().isOpen()).toList());
		model.addAttribute("declining", declining);
		model.addAttribute("errors", errors);
		return "matching/inbox";
	}

	/**
	 * A proposal of another provider is as unknown to this donor as one that does not
	 * exist.
	 */
	private void own(ClearinghouseUser user, UUID id) {
		inbox.find(id)
			.filter(entry -> user.providerCode().map(entry.providerCode()::equals).orElse(false))
			.orElseThrow(() -> new NotFoundException("proposal"));
	}

	private static ProviderCode provider(ClearinghouseUser user) {
		return ProviderCode.of(user.providerCode().orElseThrow());
	}

}
