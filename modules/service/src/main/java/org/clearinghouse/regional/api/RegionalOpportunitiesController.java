package org.clearinghouse.regional.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.clearinghouse.regional.OpportunityGroup;
import org.clearinghouse.request.RegisterRequest;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.request.api.RequestForm;
import org.clearinghouse.system.Csv;
import org.clearinghouse.system.IdempotencyKeys;
import org.clearinghouse.system.NotFoundException;
import org.clearinghouse.system.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The regional-opportunities report (programme of work, 8(f)) for the Committee and the
 * secretariat, in JSON or CSV; and, for the secretariat, the joint request a group
 * suggests, registered in one action.
 */
@RestController
@RequestMapping("/api/reports/regional-opportunities")
class RegionalOpportunitiesController {

	/**
	 * Metadata on the joint request's registration (and so on its event): the ids of the
	 * original requests, separated by commas.
	 */
	static final String JOINT_REQUEST_OF = "jointRequestOf";

	static final List<String> CSV_HEADER = List.of("id", "basisKind", "basisCode", "basisName", "alsoWithin", "states",
			"requests", "requestTitles", "sharedAreas", "sharedAssistanceTypes", "sharedWeaponCategories", "offers",
			"offerTitles", "offerProviders", "suggestedTitle", "suggestedFrameworkKind", "suggestedFrameworkName");

	/**
	 * The joint request's link to its originals travels from the command to its event.
	 */
	@Bean
	static CorrelationDataProvider jointRequestCorrelation() {
		return new SimpleCorrelationDataProvider(JOINT_REQUEST_OF);
	}

	/** The answer to a joint request made from a group. */
	record JointRequest(UUID jointRequestId, UUID groupId, List<UUID> originalRequests, RequestForm request) {
	}

	private final RegionalOpportunityReport report;

	private final CommandGateway commands;

	RegionalOpportunitiesController(RegionalOpportunityReport report, CommandGateway commands) {
		this.report = report;
		this.commands = commands;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	RegionalOpportunityReport.Report json() {
		return report.now();
	}

	@GetMapping(produces = Csv.MEDIA_TYPE)
	ResponseEntity<byte[]> csv() {
		List<List<?>> rows = report.now().groups().stream().<List<?>>map(RegionalOpportunitiesController::row).toList();
		return Csv.response("regional-opportunities.csv", CSV_HEADER, rows);
	}

	@PostMapping("/{groupId}/joint-request")
	ResponseEntity<JointRequest> jointRequest(@PathVariable UUID groupId,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
			Authentication principal) {
		if (principal.getAuthorities()
			.stream()
			.noneMatch(authority -> authority.getAuthority().equals("ROLE_" + Role.SECRETARIAT.name()))) {
			throw new AccessDeniedException("only the secretariat registers requests");
		}
		OpportunityGroup group = report.group(groupId).orElseThrow(() -> new NotFoundException("regional opportunity"));
		RequestId id = idempotencyKey == null ? RequestId.random()
				: new RequestId(IdempotencyKeys.derivedId("joint-request", principal, idempotencyKey));
		RequestDetails details = RegionalOpportunityReport.jointRequest(group);
		List<UUID> originals = group.requests().stream().map(RequestId::value).toList();
		commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterRequest(id, details))
			.andMetaData(
					Map.of(JOINT_REQUEST_OF, originals.stream().map(UUID::toString).collect(Collectors.joining(",")))));
		return ResponseEntity.created(URI.create("/api/requests/" + id))
			.body(new JointRequest(id.value(), groupId, originals, Forms.of(details)));
	}

	private static List<?> row(RegionalOpportunityReport.GroupView group) {
		return List.of(group.id(), group.basis().kind(), group.basis().code(), group.basis().name(),
				join(group.alsoWithin().stream().map(RegionalOpportunityReport.BasisView::code).toList()),
				join(group.states().stream().map(RegionalOpportunityReport.StateView::code).toList()),
				join(group.requests().stream().map(request -> request.id().toString()).toList()),
				join(group.requests().stream().map(RegionalOpportunityReport.RequestRef::title).toList()),
				join(group.shared().areas()), join(group.shared().assistanceTypes()),
				join(group.shared().weaponCategories()),
				join(group.offers().stream().map(offer -> offer.id().toString()).toList()),
				join(group.offers().stream().map(RegionalOpportunityReport.OfferRef::title).toList()),
				join(group.offers().stream().map(offer -> offer.provider().code()).toList()),
				group.suggestedRequest().title(),
				group.suggestedRequest().framework() == null ? "" : group.suggestedRequest().framework().kind(),
				group.suggestedRequest().framework() == null ? "" : group.suggestedRequest().framework().name());
	}

	private static String join(List<String> values) {
		return String.join(Csv.LIST_SEPARATOR, values);
	}

}
