package org.clearinghouse.regional.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.clearinghouse.request.RequestId;
import org.clearinghouse.request.api.RequestForm;
import org.clearinghouse.system.Csv;
import org.clearinghouse.system.IdempotencyKeys;
import org.clearinghouse.system.NotFoundException;
import org.clearinghouse.system.Role;

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

	/** The answer to a joint request made from a group. */
	record JointRequest(UUID jointRequestId, UUID groupId, List<UUID> originalRequests, RequestForm request) {
	}

	private final RegionalOpportunityReport report;

	private final JointRequests jointRequests;

	RegionalOpportunitiesController(RegionalOpportunityReport report, JointRequests jointRequests) {
		this.report = report;
		this.jointRequests = jointRequests;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	RegionalOpportunityReport.Report json() {
		return report.now();
	}

	@GetMapping(produces = Csv.MEDIA_TYPE)
	ResponseEntity<byte[]> csv() {
		return RegionalOpportunityCsv.response(report.now());
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
		RequestId id = idempotencyKey == null ? RequestId.random()
				: new RequestId(IdempotencyKeys.derivedId("joint-request", principal, idempotencyKey));
		JointRequests.Made made = jointRequests.make(groupId, id)
			.orElseThrow(() -> new NotFoundException("regional opportunity"));
		List<UUID> originals = made.group().requests().stream().map(RequestId::value).toList();
		return ResponseEntity.created(URI.create("/api/requests/" + id))
			.body(new JointRequest(id.value(), groupId, originals, Forms.of(made.details())));
	}

}
