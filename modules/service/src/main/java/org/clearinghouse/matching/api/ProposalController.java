package org.clearinghouse.matching.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.clearinghouse.matching.AcceptProposal;
import org.clearinghouse.matching.CloseMatch;
import org.clearinghouse.matching.ConfirmMatch;
import org.clearinghouse.matching.DeclineProposal;
import org.clearinghouse.matching.ProposalStatus;
import org.clearinghouse.matching.RecordDelivery;
import org.clearinghouse.matching.inbox.ProposalEntry;
import org.clearinghouse.matching.inbox.ProposalInbox;
import org.clearinghouse.offer.ProviderCode;
import org.clearinghouse.system.AggregateEvents;
import org.clearinghouse.system.ClearinghouseUser;
import org.clearinghouse.system.FieldReader;
import org.clearinghouse.system.Role;
import org.clearinghouse.vocabulary.FeedbackOutcome;
import org.clearinghouse.vocabulary.ProposalId;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Match proposals: a donor sees and answers its own; the secretariat sees all and follows
 * accepted ones through confirmation and delivery to closure.
 */
@RestController
@RequestMapping("/api/proposals")
class ProposalController {

	static final String AGGREGATE_TYPE = "MatchProposal";

	private final ProposalInbox inbox;

	private final CommandGateway commands;

	private final AggregateEvents events;

	ProposalController(ProposalInbox inbox, CommandGateway commands, AggregateEvents events) {
		this.inbox = inbox;
		this.commands = commands;
		this.events = events;
	}

	@GetMapping
	List<ProposalEntry> list(@AuthenticationPrincipal ClearinghouseUser user,
			@RequestParam(required = false) String status) {
		Optional<ProposalStatus> wanted = Optional.ofNullable(status).map(code -> {
			FieldReader fields = new FieldReader();
			ProposalStatus parsed = fields.code("status", code, FieldReader.enumOf(ProposalStatus.class));
			fields.enforce(List.of());
			return parsed;
		});
		return inbox.list(user.role() == Role.DONOR ? user.providerCode() : Optional.empty(), wanted);
	}

	@PostMapping("/{id}/accept")
	Map<String, Object> accept(@PathVariable UUID id, @AuthenticationPrincipal ClearinghouseUser user) {
		ProposalId proposal = existing(id);
		commands.sendAndWait(new AcceptProposal(proposal, answeringProvider(user)));
		return answer(proposal, ProposalStatus.ACCEPTED);
	}

	@PostMapping("/{id}/decline")
	Map<String, Object> decline(@PathVariable UUID id, @AuthenticationPrincipal ClearinghouseUser user,
			@RequestBody(required = false) Answer answer) {
		ProposalId proposal = existing(id);
		commands.sendAndWait(
				new DeclineProposal(proposal, answeringProvider(user), answer == null ? null : answer.reason()));
		return answer(proposal, ProposalStatus.DECLINED);
	}

	@PostMapping("/{id}/confirm")
	Map<String, Object> confirm(@PathVariable UUID id, @AuthenticationPrincipal ClearinghouseUser user) {
		ProposalId proposal = existing(id);
		requireSecretariat(user);
		commands.sendAndWait(new ConfirmMatch(proposal));
		return answer(proposal, ProposalStatus.CONFIRMED);
	}

	@PostMapping("/{id}/delivered")
	Map<String, Object> delivered(@PathVariable UUID id, @AuthenticationPrincipal ClearinghouseUser user,
			@RequestBody(required = false) Answer answer) {
		ProposalId proposal = existing(id);
		requireSecretariat(user);
		commands.sendAndWait(new RecordDelivery(proposal, answer == null ? null : answer.note()));
		return answer(proposal, ProposalStatus.DELIVERED);
	}

	/**
	 * Closes a delivered match with the provider's feedback: {@code MET},
	 * {@code PARTLY_MET}, {@code NOT_MET}.
	 */
	@PostMapping("/{id}/close")
	Map<String, Object> close(@PathVariable UUID id, @AuthenticationPrincipal ClearinghouseUser user,
			@RequestBody(required = false) Answer answer) {
		ProposalId proposal = existing(id);
		requireSecretariat(user);
		FieldReader fields = new FieldReader();
		FeedbackOutcome outcome = fields.code("outcome", answer == null ? null : answer.outcome(),
				FieldReader.enumOf(FeedbackOutcome.class));
		if (outcome == null) {
			fields.violation("outcome", "MET, PARTLY_MET or NOT_MET");
		}
		fields.enforce(List.of());
		commands.sendAndWait(new CloseMatch(proposal, outcome, answer.comment()));
		return answer(proposal, ProposalStatus.CLOSED);
	}

	/**
	 * The body of an answer: a decline's reason, a delivery's note, a closure's outcome
	 * and comment.
	 */
	record Answer(String reason, String note, String outcome, String comment) {
	}

	private ProposalId existing(UUID id) {
		events.read(AGGREGATE_TYPE, id.toString(), "proposal");
		return new ProposalId(id);
	}

	/**
	 * Only a donor answers, and only for its own provider; the aggregate checks it is the
	 * right one.
	 */
	private static ProviderCode answeringProvider(ClearinghouseUser user) {
		if (user.role() != Role.DONOR || user.providerCode().isEmpty()) {
			throw new AccessDeniedException("only the donor a proposal was made to answers it");
		}
		return ProviderCode.of(user.providerCode().get());
	}

	private static void requireSecretariat(ClearinghouseUser user) {
		if (user.role() != Role.SECRETARIAT) {
			throw new AccessDeniedException("the secretariat follows matches through");
		}
	}

	private static Map<String, Object> answer(ProposalId proposal, ProposalStatus status) {
		return Map.of("proposalId", proposal.toString(), "status", status.name());
	}

}
