package org.clearinghouse.regional.web;

import java.security.Principal;
import java.util.UUID;

import org.clearinghouse.regional.api.JointRequests;
import org.clearinghouse.regional.api.RegionalOpportunityCsv;
import org.clearinghouse.regional.api.RegionalOpportunityReport;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.request.api.RequestReader;
import org.clearinghouse.system.IdempotencyKeys;
import org.clearinghouse.system.NotFoundException;
import org.clearinghouse.system.web.PageController;

import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The regional-opportunities report (programme of work, 8(f)) as a page for the Committee
 * and the secretariat, with its CSV; and, for the secretariat, the button that makes a
 * group's joint request and opens it.
 */
@PageController
class RegionalOpportunitiesPage {

	private final RegionalOpportunityReport report;

	private final JointRequests jointRequests;

	private final RequestReader requests;

	RegionalOpportunitiesPage(RegionalOpportunityReport report, JointRequests jointRequests, RequestReader requests) {
		this.report = report;
		this.jointRequests = jointRequests;
		this.requests = requests;
	}

	@GetMapping("/committee/regional-opportunities")
	String page(Model model) {
		model.addAttribute("report", report.now());
		// one key per rendering: a form sent twice makes one joint request
		model.addAttribute("key", UUID.randomUUID().toString());
		return "regional/opportunities";
	}

	/** The same report as CSV, for a link (a link cannot ask for {@code text/csv}). */
	@GetMapping("/committee/regional-opportunities.csv")
	ResponseEntity<byte[]> csv() {
		return RegionalOpportunityCsv.response(report.now());
	}

	@PostMapping("/secretariat/regional-opportunities/{groupId}/joint-request")
	String jointRequest(@PathVariable UUID groupId, @RequestParam(required = false) String key, Principal principal) {
		RequestId id = key == null || key.isBlank() || key.length() > IdempotencyKeys.MAX_LENGTH ? RequestId.random()
				: new RequestId(IdempotencyKeys.derivedId("joint-request-page", principal, key));
		if (exists(id)) {
			return "redirect:/secretariat/requests/" + id + "?joint";
		}
		return jointRequests.make(groupId, id)
			.map(made -> "redirect:/secretariat/requests/" + made.jointRequestId() + "?joint")
			.orElse("redirect:/committee/regional-opportunities?taken");
	}

	private boolean exists(RequestId id) {
		try {
			requests.requireExists(id);
			return true;
		}
		catch (NotFoundException unknown) {
			return false;
		}
	}

}
