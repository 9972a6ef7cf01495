package org.clearinghouse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.clearinghouse.Api;
import org.clearinghouse.Bodies;

/**
 * Sets the scene through the API: offers that make demo donor accounts, and proposals in
 * their inboxes. Each test uses a provider and a State of its own.
 */
final class Proposals {

	private final int port;

	Proposals(int port) {
		this.port = port;
	}

	/**
	 * An offer of the provider, open to one State only; the demo donor account exists
	 * once it returns.
	 */
	void offer(String organization, String state) {
		Map<String, Object> offer = Bodies.offer();
		offer.put("provider", Map.of("type", "ORGANIZATION", "code", organization));
		offer.put("eligibleRegions", List.of());
		offer.put("eligibleStates", List.of(state));
		offer.put("areas", List.of("EXPORT_CONTROL", "LEGISLATION"));
		offer.put("assistanceTypes", List.of("LEGISLATIVE_DRAFTING"));
		offer.put("availableUntil", "2099-12-31");
		offer.put("capacity", 1);
		assertThat(Api.secretariat(port).post("/api/offers", offer).status()).isEqualTo(201);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> donor(organization).get("/api/proposals").status(), status -> status == 200);
	}

	/** A proposal to the provider for a request of the State; its id. */
	Proposal proposal(String organization, String state) {
		offer(organization, state);
		Map<String, Object> request = Bodies.request();
		request.put("requestingStates", List.of(state));
		String requestId = Api.secretariat(port).post("/api/requests", request).json().path("id").asText();
		String proposalId = await().atMost(Duration.ofSeconds(20)).until(() -> {
			for (JsonNode proposal : donor(organization).get("/api/proposals").json()) {
				if (proposal.path("requestId").asText().equals(requestId)) {
					return proposal.path("proposalId").asText();
				}
			}
			return null;
		}, id -> id != null);
		return new Proposal(requestId, proposalId);
	}

	Api donor(String organization) {
		return Api.as(port, "donor-" + organization.toLowerCase(), "demo");
	}

	record Proposal(String requestId, String proposalId) {
	}

}
