package org.clearinghouse.catalogue.web;

import java.util.Arrays;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.clearinghouse.catalogue.AddCatalogueEntry;
import org.clearinghouse.catalogue.CatalogueEntryDetails;
import org.clearinghouse.catalogue.CatalogueEntryId;
import org.clearinghouse.catalogue.RetireCatalogueEntry;
import org.clearinghouse.catalogue.api.CatalogueEntries;
import org.clearinghouse.catalogue.api.CatalogueEntryForm;
import org.clearinghouse.catalogue.api.CatalogueEntryView;
import org.clearinghouse.system.web.FieldErrors;
import org.clearinghouse.system.web.PageController;
import org.clearinghouse.system.web.Submissions;
import org.clearinghouse.vocabulary.InvalidDetailsException;
import org.clearinghouse.vocabulary.Reason;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The secretariat curates the catalogue of forms of assistance that the public list
 * shows: every entry, a form to add one (the API's rules, each bad field named), and
 * retiring one. The page sends the same commands as the API.
 */
@PageController
@RequestMapping("/secretariat/catalogue")
class CataloguePages {

	/** The add form as typed: the examples one a line. */
	record EntryForm(String assistanceType, String title, String description, String examples) {

		static EntryForm empty() {
			return new EntryForm(null, "", "", "");
		}

		CatalogueEntryForm toApiForm() {
			List<String> lines = examples == null ? List.of()
					: Arrays.stream(examples.split("\\R")).filter(line -> !line.isBlank()).toList();
			return new CatalogueEntryForm(assistanceType == null || assistanceType.isBlank() ? null : assistanceType,
					title, description, lines);
		}

	}

	private final CommandGateway commands;

	private final CatalogueEntries entries;

	private final MessageSource messages;

	CataloguePages(CommandGateway commands, CatalogueEntries entries, MessageSource messages) {
		this.commands = commands;
		this.entries = entries;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("submission", Submissions.fresh());
		return page(model, EntryForm.empty(), FieldErrors.none());
	}

	@PostMapping
	String add(EntryForm form, @RequestParam(name = Submissions.FIELD, required = false) String submission,
			Model model) {
		CatalogueEntryDetails details;
		try {
			details = form.toApiForm().toDetails();
		}
		catch (InvalidDetailsException invalid) {
			model.addAttribute("submission", submission);
			return page(model, form, FieldErrors.of(invalid.violations(), messages, LocaleContextHolder.getLocale()));
		}
		CatalogueEntryId id = new CatalogueEntryId(Submissions.idOf(submission));
		if (!Submissions.create(() -> commands.sendAndWait(new AddCatalogueEntry(id, details)))) {
			entries.read(id);
		}
		return "redirect:/secretariat/catalogue?added=" + id + "#entry-" + id;
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable CatalogueEntryId id, @RequestParam(required = false) String reason) {
		CatalogueEntryView entry = entries.read(id);
		if (!entry.retired()) {
			commands.sendAndWait(new RetireCatalogueEntry(id, Reason.optional(reason)));
		}
		return "redirect:/secretariat/catalogue?retired=" + id + "#entry-" + id;
	}

	private String page(Model model, EntryForm form, FieldErrors errors) {
		model.addAttribute("entries", entries.all());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "catalogue/list";
	}

}
