package org.clearinghouse.offer.api;

import java.net.URI;
import java.security.Principal;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.clearinghouse.offer.AmendOffer;
import org.clearinghouse.offer.CloseOffer;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.OfferDetails;
import org.clearinghouse.offer.RegisterOffer;
import org.clearinghouse.offer.WithdrawOffer;
import org.clearinghouse.system.IdempotencyKeyReusedException;
import org.clearinghouse.system.IdempotencyKeys;
import org.clearinghouse.system.Reason;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The secretariat's API for offers and programmes: register, read with history, amend,
 * withdraw, close.
 */
@RestController
@RequestMapping("/api/offers")
class OfferController {

	private final CommandGateway commands;

	private final OfferReader reader;

	OfferController(CommandGateway commands, OfferReader reader) {
		this.commands = commands;
		this.reader = reader;
	}

	@PostMapping
	ResponseEntity<OfferView> register(@RequestBody OfferForm form,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
			Principal principal) {
		OfferId id = idempotencyKey == null ? OfferId.random()
				: new OfferId(IdempotencyKeys.derivedId("offer", principal, idempotencyKey));
		OfferDetails details = form.toDetails();
		try {
			commands.sendAndWait(new RegisterOffer(id, details));
		}
		catch (AggregateStreamCreationException alreadyRegistered) {
			// a retry whose first attempt stored its events but gave no answer
			if (idempotencyKey == null || !details.equals(reader.registration(id).details())) {
				throw new IdempotencyKeyReusedException();
			}
		}
		return ResponseEntity.created(URI.create("/api/offers/" + id)).body(read(id));
	}

	@GetMapping("/{id}")
	OfferView get(@PathVariable OfferId id) {
		return read(id);
	}

	@PutMapping("/{id}")
	OfferView amend(@PathVariable OfferId id, @RequestBody OfferForm form) {
		requireExists(id);
		commands.sendAndWait(new AmendOffer(id, form.toDetails()));
		return read(id);
	}

	@PostMapping("/{id}/withdraw")
	OfferView withdraw(@PathVariable OfferId id, @RequestBody(required = false) Reason reason) {
		requireExists(id);
		commands.sendAndWait(new WithdrawOffer(id, Reason.text(reason)));
		return read(id);
	}

	@PostMapping("/{id}/close")
	OfferView close(@PathVariable OfferId id, @RequestBody(required = false) Reason reason) {
		requireExists(id);
		commands.sendAndWait(new CloseOffer(id, Reason.text(reason)));
		return read(id);
	}

	private void requireExists(OfferId id) {
		reader.requireExists(id);
	}

	private OfferView read(OfferId id) {
		return reader.read(id);
	}

}
