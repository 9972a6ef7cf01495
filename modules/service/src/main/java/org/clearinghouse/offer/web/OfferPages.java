package org.clearinghouse.offer.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.clearinghouse.matching.inbox.ProposalInbox;
import org.clearinghouse.offer.AmendOffer;
import org.clearinghouse.offer.CloseOffer;
import org.clearinghouse.offer.OfferDetails;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.RegisterOffer;
import org.clearinghouse.offer.WithdrawOffer;
import org.clearinghouse.offer.api.OfferReader;
import org.clearinghouse.system.web.FieldErrors;
import org.clearinghouse.system.web.PageController;
import org.clearinghouse.system.web.Submissions;
import org.clearinghouse.vocabulary.InvalidDetailsException;
import org.clearinghouse.vocabulary.Reason;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The secretariat's pages for offers and programmes: the register and amend form, and an
 * offer's page with its history and proposals. The forms send the same commands as the
 * API.
 */
@PageController
@RequestMapping("/secretariat/offers")
class OfferPages {

	private final CommandGateway commands;

	private final OfferReader reader;

	private final ProposalInbox proposals;

	private final MessageSource messages;

	OfferPages(CommandGateway commands, OfferReader reader, ProposalInbox proposals, MessageSource messages) {
		this.commands = commands;
		this.reader = reader;
		this.proposals = proposals;
		this.messages = messages;
	}

	@GetMapping("/new")
	String registerForm(Model model) {
		model.addAttribute("submission", Submissions.fresh());
		return form(model, OfferPageForm.empty(), null, FieldErrors.none());
	}

	@PostMapping
	String register(@ModelAttribute OfferPageForm form,
			@RequestParam(name = Submissions.FIELD, required = false) String submission, Model model) {
		OfferDetails details;
		try {
			details = form.details();
		}
		catch (InvalidDetailsException invalid) {
			model.addAttribute("submission", submission);
			return form(model, form, null, errors(invalid));
		}
		OfferId id = OfferId.of(Submissions.idOf(submission).toString());
		if (!Submissions.create(() -> commands.sendAndWait(new RegisterOffer(id, details)))) {
			reader.requireExists(id);
		}
		return "redirect:/secretariat/offers/" + id + "?registered";
	}

	@GetMapping("/{id}")
	String page(@PathVariable OfferId id, Model model) {
		model.addAttribute("offer", reader.read(id));
		model.addAttribute("proposals", proposals.forOffer(id.value()));
		return "offer/page";
	}

	@GetMapping("/{id}/edit")
	String amendForm(@PathVariable OfferId id, Model model) {
		return form(model, OfferPageForm.of(reader.read(id)), id, FieldErrors.none());
	}

	@PostMapping("/{id}")
	String amend(@PathVariable OfferId id, @ModelAttribute OfferPageForm form, Model model) {
		reader.requireExists(id);
		OfferDetails details;
		try {
			details = form.details();
		}
		catch (InvalidDetailsException invalid) {
			return form(model, form, id, errors(invalid));
		}
		commands.sendAndWait(new AmendOffer(id, details));
		return "redirect:/secretariat/offers/" + id + "?amended";
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable OfferId id, @RequestParam(required = false) String reason) {
		reader.requireExists(id);
		commands.sendAndWait(new WithdrawOffer(id, Reason.optional(reason)));
		return "redirect:/secretariat/offers/" + id;
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable OfferId id, @RequestParam(required = false) String reason) {
		reader.requireExists(id);
		commands.sendAndWait(new CloseOffer(id, Reason.optional(reason)));
		return "redirect:/secretariat/offers/" + id;
	}

	private String form(Model model, OfferPageForm form, OfferId id, FieldErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("offerId", id);
		model.addAttribute("errors", errors);
		return "offer/form";
	}

	private FieldErrors errors(InvalidDetailsException invalid) {
		return FieldErrors.of(invalid.violations(), messages, LocaleContextHolder.getLocale());
	}

}
