package org.clearinghouse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.clearinghouse.Api;
import org.clearinghouse.Bodies;
import org.junit.jupiter.api.Test;

/**
 * A donor in the browser: its inbox of proposals, an answer, and the secretariat's pages
 * it may not open.
 */
class DonorPagesTest extends BrowserTest {

	@Test
	void the_donor_accepts_a_proposal_and_sees_what_became_of_it() {
		String proposalId = proposalFor("INTERPOL", "BEN");

		signIn("donor-interpol");
		assertThat(browser.getCurrentUrl()).endsWith("/donor/proposals");
		reloadUntil(() -> present("accept-" + proposalId));
		assertThat(text("proposal-" + proposalId)).contains("Drafting of export-control legislation", "Benin",
				"both cover");
		screenshot("inbox");

		clickAndLoad("accept-" + proposalId);

		assertThat(text("answered")).isEqualTo("Your acceptance is recorded.");
		reloadUntil(() -> present("earlier-" + proposalId));
		assertThat(text("earlier-" + proposalId)).contains("Accepted");
		assertThat(present("accept-" + proposalId)).isFalse();
		screenshot("inbox-after-accepting");
	}

	@Test
	void a_decline_without_a_reason_is_refused_on_the_page_and_one_with_a_reason_is_recorded() {
		String proposalId = proposalFor("WHO", "TCD");

		signIn("donor-who");
		reloadUntil(() -> present("decline-" + proposalId));
		clickAndLoad("decline-" + proposalId);

		assertThat(text("reason-error")).isEqualTo("Say why, so that matching can learn from it.");
		find("reason-" + proposalId).sendKeys("our 2015 budget is committed");
		clickAndLoad("decline-" + proposalId);

		reloadUntil(() -> present("earlier-" + proposalId));
		assertThat(text("earlier-" + proposalId)).contains("Declined", "our 2015 budget is committed");
		screenshot("inbox-after-declining");
	}

	@Test
	void a_donor_cannot_open_the_secretariats_pages() {
		registerOffer("UNODA", "LSO");
		signIn("donor-unoda");
		assertThat(browser.getCurrentUrl()).endsWith("/donor/proposals");

		for (String page : List.of("/secretariat", "/secretariat/requests", "/secretariat/requests/new",
				"/secretariat/offers")) {
			open(page);
			assertThat(present("denied")).as(page).isTrue();
			assertThat(present("request-form")).isFalse();
		}
		screenshot("denied");
		assertThat(Api.as(port, "donor-unoda", "demo").get("/api/requests/" + java.util.UUID.randomUUID()).status())
			.isEqualTo(403);
	}

	/**
	 * An offer of the provider, open to one State only (it also makes the demo donor
	 * account).
	 */
	private void registerOffer(String organization, String state) {
		Map<String, Object> offer = Bodies.offer();
		offer.put("provider", Map.of("type", "ORGANIZATION", "code", organization));
		offer.put("eligibleRegions", List.of());
		offer.put("eligibleStates", List.of(state));
		offer.put("areas", List.of("EXPORT_CONTROL", "LEGISLATION"));
		offer.put("assistanceTypes", List.of("LEGISLATIVE_DRAFTING"));
		offer.put("availableUntil", "2099-12-31");
		offer.put("capacity", 1);
		assertThat(Api.secretariat(port).post("/api/offers", offer).status()).isEqualTo(201);
		// the demo account appears once the provider directory has seen the offer
		await().atMost(Duration.ofSeconds(20))
			.until(() -> Api.as(port, "donor-" + organization.toLowerCase(), "demo").get("/api/proposals").status(),
					status -> status == 200);
	}

	/**
	 * A proposal to the provider: its offer open to one State only, a request of that
	 * State.
	 */
	private String proposalFor(String organization, String state) {
		Api secretariat = Api.secretariat(port);
		registerOffer(organization, state);
		Map<String, Object> request = Bodies.request();
		request.put("requestingStates", List.of(state));
		String requestId = secretariat.post("/api/requests", request).json().path("id").asText();
		Api donor = Api.as(port, "donor-" + organization.toLowerCase(), "demo");
		return await().atMost(Duration.ofSeconds(20)).until(() -> {
			if (donor.get("/api/proposals").status() != 200) {
				return null;
			}
			for (JsonNode proposal : donor.get("/api/proposals").json()) {
				if (proposal.path("requestId").asText().equals(requestId)) {
					return proposal.path("proposalId").asText();
				}
			}
			return null;
		}, id -> id != null);
	}

}
