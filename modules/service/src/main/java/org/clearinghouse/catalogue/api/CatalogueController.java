package org.clearinghouse.catalogue.api;

import java.net.URI;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.clearinghouse.catalogue.AddCatalogueEntry;
import org.clearinghouse.catalogue.AmendCatalogueEntry;
import org.clearinghouse.catalogue.CatalogueEntryId;
import org.clearinghouse.catalogue.RetireCatalogueEntry;
import org.clearinghouse.system.Reason;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The secretariat curates the public catalogue of forms of assistance: add, amend,
 * retire. The public reads it in the assistance list.
 */
@RestController
@RequestMapping("/api/catalogue")
class CatalogueController {

	static final String AGGREGATE_TYPE = "CatalogueEntry";

	private final CommandGateway commands;

	private final CatalogueEntries entries;

	CatalogueController(CommandGateway commands, CatalogueEntries entries) {
		this.commands = commands;
		this.entries = entries;
	}

	@PostMapping
	ResponseEntity<CatalogueEntryView> add(@RequestBody CatalogueEntryForm form) {
		CatalogueEntryId id = CatalogueEntryId.random();
		commands.sendAndWait(new AddCatalogueEntry(id, form.toDetails()));
		return ResponseEntity.created(URI.create("/api/catalogue/" + id)).body(read(id));
	}

	@GetMapping("/{id}")
	CatalogueEntryView get(@PathVariable CatalogueEntryId id) {
		return read(id);
	}

	@PutMapping("/{id}")
	CatalogueEntryView amend(@PathVariable CatalogueEntryId id, @RequestBody CatalogueEntryForm form) {
		read(id);
		commands.sendAndWait(new AmendCatalogueEntry(id, form.toDetails()));
		return read(id);
	}

	@PostMapping("/{id}/retire")
	CatalogueEntryView retire(@PathVariable CatalogueEntryId id, @RequestBody(required = false) Reason reason) {
		read(id);
		commands.sendAndWait(new RetireCatalogueEntry(id, Reason.text(reason)));
		return read(id);
	}

	private CatalogueEntryView read(CatalogueEntryId id) {
		return entries.read(id);
	}

}
