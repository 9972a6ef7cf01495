package org.clearinghouse.request.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.clearinghouse.intake.Specificity;
import org.clearinghouse.matching.inbox.ProposalInbox;
import org.clearinghouse.request.AmendRequest;
import org.clearinghouse.request.CloseRequest;
import org.clearinghouse.request.RegisterRequest;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.request.WithdrawRequest;
import org.clearinghouse.request.api.RequestReader;
import org.clearinghouse.request.api.RequestView;
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
 * The secretariat's pages for requests: the register and amend forms (single and joint),
 * and a request's page with its history and proposals. The forms send the same commands
 * as the API.
 */
@PageController
@RequestMapping("/secretariat/requests")
class RequestPages {

	private final CommandGateway commands;

	private final RequestReader reader;

	private final ProposalInbox proposals;

	private final MessageSource messages;

	RequestPages(CommandGateway commands, RequestReader reader, ProposalInbox proposals, MessageSource messages) {
		this.commands = commands;
		this.reader = reader;
		this.proposals = proposals;
		this.messages = messages;
	}

	@GetMapping("/new")
	String registerForm(@RequestParam(defaultValue = "false") boolean joint, Model model) {
		model.addAttribute("submission", Submissions.fresh());
		return form(model, RequestPageForm.empty(joint), null, FieldErrors.none());
	}

	@PostMapping
	String register(@ModelAttribute RequestPageForm form,
			@RequestParam(name = Submissions.FIELD, required = false) String submission, Model model) {
		RequestDetails details;
		try {
			details = form.details();
		}
		catch (InvalidDetailsException invalid) {
			model.addAttribute("submission", submission);
			return form(model, form, null, errors(invalid));
		}
		RequestId id = RequestId.of(Submissions.idOf(submission).toString());
		if (!Submissions.create(() -> commands.sendAndWait(new RegisterRequest(id, details)))) {
			reader.requireExists(id);
		}
		return "redirect:/secretariat/requests/" + id + "?registered";
	}

	@GetMapping("/{id}")
	String page(@PathVariable RequestId id, Model model) {
		RequestView request = reader.read(id);
		model.addAttribute("request", request);
		model.addAttribute("proposals", proposals.forRequest(id.value()));
		model.addAttribute("specificity", Specificity.assess(request.details()));
		model.addAttribute("originals", request.originalRequests().stream().map(reader::read).toList());
		model.addAttribute("joint", request.jointRequest() == null ? null : reader.read(request.jointRequest()));
		return "request/page";
	}

	@GetMapping("/{id}/edit")
	String amendForm(@PathVariable RequestId id, Model model) {
		return form(model, RequestPageForm.of(reader.read(id)), id, FieldErrors.none());
	}

	@PostMapping("/{id}")
	String amend(@PathVariable RequestId id, @ModelAttribute RequestPageForm form, Model model) {
		reader.requireExists(id);
		RequestDetails details;
		try {
			details = form.details();
		}
		catch (InvalidDetailsException invalid) {
			return form(model, form, id, errors(invalid));
		}
		commands.sendAndWait(new AmendRequest(id, details));
		return "redirect:/secretariat/requests/" + id + "?amended";
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable RequestId id, @RequestParam(required = false) String reason) {
		reader.requireExists(id);
		commands.sendAndWait(new WithdrawRequest(id, Reason.optional(reason)));
		return "redirect:/secretariat/requests/" + id;
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable RequestId id, @RequestParam(required = false) String reason) {
		reader.requireExists(id);
		commands.sendAndWait(new CloseRequest(id, Reason.optional(reason)));
		return "redirect:/secretariat/requests/" + id;
	}

	private String form(Model model, RequestPageForm form, RequestId id, FieldErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("requestId", id);
		model.addAttribute("errors", errors);
		return "request/form";
	}

	private FieldErrors errors(InvalidDetailsException invalid) {
		return FieldErrors.of(invalid.violations(), messages, LocaleContextHolder.getLocale());
	}

}
