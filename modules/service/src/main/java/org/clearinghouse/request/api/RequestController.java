package org.clearinghouse.request.api;

import java.net.URI;
import java.security.Principal;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.clearinghouse.request.AmendRequest;
import org.clearinghouse.request.CloseRequest;
import org.clearinghouse.request.ObjectToPublication;
import org.clearinghouse.request.PublishRequest;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.request.RegisterRequest;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.request.WithdrawRequest;
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
 * The secretariat's API for requests: register, read with history, amend, withdraw,
 * close.
 */
@RestController
@RequestMapping("/api/requests")
class RequestController {

	private final CommandGateway commands;

	private final RequestReader reader;

	RequestController(CommandGateway commands, RequestReader reader) {
		this.commands = commands;
		this.reader = reader;
	}

	@PostMapping
	ResponseEntity<RequestView> register(@RequestBody RequestForm form,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
			Principal principal) {
		RequestId id = idempotencyKey == null ? RequestId.random()
				: new RequestId(IdempotencyKeys.derivedId("request", principal, idempotencyKey));
		RequestDetails details = form.toDetails();
		try {
			commands.sendAndWait(new RegisterRequest(id, details));
		}
		catch (AggregateStreamCreationException alreadyRegistered) {
			// a retry whose first attempt stored its events but gave no answer
			if (idempotencyKey == null || !details.equals(reader.registration(id).details())) {
				throw new IdempotencyKeyReusedException();
			}
		}
		return ResponseEntity.created(URI.create("/api/requests/" + id)).body(read(id));
	}

	@GetMapping("/{id}")
	RequestView get(@PathVariable RequestId id) {
		return read(id);
	}

	@PutMapping("/{id}")
	RequestView amend(@PathVariable RequestId id, @RequestBody RequestForm form) {
		requireExists(id);
		commands.sendAndWait(new AmendRequest(id, form.toDetails()));
		return read(id);
	}

	@PostMapping("/{id}/withdraw")
	RequestView withdraw(@PathVariable RequestId id, @RequestBody(required = false) Reason reason) {
		requireExists(id);
		commands.sendAndWait(new WithdrawRequest(id, Reason.text(reason)));
		return read(id);
	}

	@PostMapping("/{id}/close")
	RequestView close(@PathVariable RequestId id, @RequestBody(required = false) Reason reason) {
		requireExists(id);
		commands.sendAndWait(new CloseRequest(id, Reason.text(reason)));
		return read(id);
	}

	/** The requesting State objects to publication of its request's summary. */
	@PostMapping("/{id}/objection")
	RequestView object(@PathVariable RequestId id, @RequestBody(required = false) Reason reason) {
		requireExists(id);
		commands.sendAndWait(new ObjectToPublication(id, Reason.text(reason)));
		return read(id);
	}

	@PostMapping("/{id}/publish")
	RequestView publish(@PathVariable RequestId id) {
		requireExists(id);
		commands.sendAndWait(new PublishRequest(id));
		return read(id);
	}

	private void requireExists(RequestId id) {
		reader.requireExists(id);
	}

	private RequestView read(RequestId id) {
		return reader.read(id);
	}

}
