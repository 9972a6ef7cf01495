package org.clearinghouse.reporting.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.clearinghouse.Api;
import org.clearinghouse.Bodies;
import org.clearinghouse.ClearinghouseTest;
import org.clearinghouse.matching.MatchingWeights;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The matching-strategy review on the real API, on a small history only this class makes
 * (States LAO, KHM, MNG; providers UNICRI, UNIDIR, UNITAR, UNOCT, UNODA): offers, then
 * requests, the matcher's proposals, two acceptances; then the review's figures, the
 * reasons requests stay unmatched, and the what-if.
 */
@ClearinghouseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingStrategyApiTest {

	private static final List<String> STATES = List.of("LAO", "KHM", "MNG");

	@LocalServerPort
	int port;

	Api secretariat;

	String lao;

	String khm;

	String enforcementFirst;

	String enforcementSecond;

	String notEligible;

	String noArea;

	String enforcementOffer;

	final List<String> protectionOffers = new ArrayList<>();

	@BeforeAll
	void history() {
		secretariat = Api.secretariat(port);
		protectionOffers.add(offer("UNICRI", List.of("PHYSICAL_PROTECTION"), List.of("EQUIPMENT"), List.of("NUCLEAR"),
				List.of("en"), 3, STATES));
		protectionOffers.add(offer("UNIDIR", List.of("PHYSICAL_PROTECTION"), List.of("EQUIPMENT", "TRAINING"),
				List.of("CHEMICAL"), List.of("en"), 3, STATES));
		protectionOffers.add(offer("UNITAR", List.of("PHYSICAL_PROTECTION", "ACCOUNTING"), List.of("TRAINING"),
				List.of("NUCLEAR"), List.of("fr"), 3, STATES));
		protectionOffers.add(offer("UNOCT", List.of("PHYSICAL_PROTECTION"), List.of("EQUIPMENT"), List.of("NUCLEAR"),
				List.of("ru"), 3, STATES));
		enforcementOffer = offer("UNODA", List.of("ENFORCEMENT"), List.of("TRAINING"), List.of("CHEMICAL"),
				List.of("en"), 1, List.of("KHM"));
		offer("UNICRI", List.of("NATIONAL_ACTION_PLAN"), List.of("EXPERT_ADVICE"), List.of("CHEMICAL"), List.of("en"),
				1, List.of("LAO"));

		lao = request("LAO", "Physical protection equipment for the nuclear regulatory authority",
				List.of("PHYSICAL_PROTECTION"), List.of("EQUIPMENT"));
		khm = request("KHM", "Physical protection", List.of("PHYSICAL_PROTECTION"), List.of("EQUIPMENT"));
		enforcementFirst = request("KHM", "Enforcement training for the police", List.of("ENFORCEMENT"),
				List.of("TRAINING"));
		awaitProposals(lao, 3);
		awaitProposals(khm, 3);
		accept(awaitProposals(lao, 3).get(0));
		accept(awaitProposals(enforcementFirst, 1).get(0));
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(
					secretariat.get("/api/offers/" + enforcementOffer).json().path("history").findValuesAsText("event"))
				.contains("OfferCapacityUsed"));
		enforcementSecond = request("KHM", "Enforcement training for the coast guard", List.of("ENFORCEMENT"),
				List.of("TRAINING"));
		notEligible = request("MNG", "National action plan", List.of("NATIONAL_ACTION_PLAN"), List.of("EXPERT_ADVICE"));
		noArea = request("MNG", "Reporting", List.of("REPORTING"), List.of("EXPERT_ADVICE"));
	}

	@Test
	void the_what_if_with_the_default_weights_reproduces_the_proposals_made() {
		JsonNode whatIf = await().atMost(Duration.ofSeconds(60)).until(() -> {
			Api.Response response = secretariat.post("/api/reports/matching-strategy/what-if",
					Map.of("weights", weights(MatchingWeights.DEFAULT)));
			assertThat(response.status()).isEqualTo(200);
			return response.json();
		}, answer -> comparison(answer, enforcementSecond) != null);

		for (String request : List.of(lao, khm)) {
			JsonNode comparison = comparison(whatIf, request);
			assertThat(comparison.path("wouldPropose").findValuesAsText("offerId"))
				.containsExactlyInAnyOrderElementsOf(proposedOffers(request));
			assertThat(comparison.path("overlap").asInt()).isEqualTo(3);
			assertThat(comparison.path("onlyWhatIf")).isEmpty();
			assertThat(comparison.path("onlyActual")).isEmpty();
		}
		assertThat(comparison(whatIf, lao).path("acceptedStillProposed").asBoolean()).isTrue();
		assertThat(comparison(whatIf, enforcementFirst).path("wouldPropose").findValuesAsText("offerId"))
			.containsExactly(enforcementOffer);
		assertThat(comparison(whatIf, enforcementFirst).path("acceptedStillProposed").asBoolean()).isTrue();
		assertThat(comparison(whatIf, enforcementSecond).path("wouldPropose"))
			.as("the only fitting offer was used up when it was registered")
			.isEmpty();
		assertThat(whatIf.path("weights").path("areas").asDouble()).isEqualTo(0.4);
		assertThat(whatIf.path("basis").asText()).contains("as registered");
		assertThat(whatIf.path("overlap").asInt()).isLessThanOrEqualTo(whatIf.path("wouldPropose").asInt());

		JsonNode areasOnly = secretariat
			.post("/api/reports/matching-strategy/what-if",
					Map.of("weights", Map.of("areas", 1, "assistanceTypes", 0, "weaponCategories", 0, "languages", 0)))
			.json();
		assertThat(comparison(areasOnly, lao).path("wouldPropose")).hasSize(3);
		assertThat(comparison(areasOnly, lao).path("wouldPropose").findValuesAsText("offerId"))
			.as("all four offers cover the area: areas alone cannot tell them apart")
			.isSubsetOf(protectionOffers);
	}

	@Test
	void the_what_if_refuses_negative_or_all_zero_weights() {
		assertThat(secretariat.post("/api/reports/matching-strategy/what-if", Map.of("weights", Map.of("areas", -1)))
			.invalidFields()).containsExactly("weights.areas");
		assertThat(
				secretariat
					.post("/api/reports/matching-strategy/what-if",
							Map.of("weights",
									Map.of("areas", 0, "assistanceTypes", 0, "weaponCategories", 0, "languages", 0)))
					.status())
			.isEqualTo(400);
	}

	@Test
	void the_review_says_how_proposals_fare_and_why_requests_stay_unmatched() {
		Api committee = Api.as(port, "committee", "demo");
		JsonNode review = await().atMost(Duration.ofSeconds(60))
			.until(() -> committee.get("/api/reports/matching-strategy").json(),
					answer -> unmatched(answer, noArea) != null && group(answer.path("byProvider"), "UNODA") != null
							&& group(answer.path("byProvider"), "UNODA").path("accepted").asLong() == 1);

		assertThat(group(review.path("byProvider"), "UNODA").path("made").asLong()).isEqualTo(1);
		assertThat(group(review.path("byProvider"), "UNODA").path("medianDaysToAnswer").isNumber()).isTrue();
		assertThat(group(review.path("byArea"), "PHYSICAL_PROTECTION").path("made").asLong()).isGreaterThanOrEqualTo(6);
		assertThat(group(review.path("byAssistanceType"), "EQUIPMENT").path("made").asLong()).isGreaterThanOrEqualTo(6);
		assertThat(group(review.path("byRegion"), "142").path("accepted").asLong()).isGreaterThanOrEqualTo(2);

		assertThat(unmatched(review, noArea).path("reason").asText()).isEqualTo("NO_COMMON_AREA");
		assertThat(unmatched(review, noArea).path("explanation").asText()).isEqualTo("no offer covers the area");
		assertThat(unmatched(review, notEligible).path("reason").asText()).isEqualTo("NOT_ELIGIBLE");
		assertThat(unmatched(review, notEligible).path("explanation").asText()).isEqualTo("no eligible offer");
		assertThat(unmatched(review, enforcementSecond).path("reason").asText()).isEqualTo("CAPACITY_EXHAUSTED");
		assertThat(unmatched(review, enforcementSecond).path("explanation").asText()).isEqualTo("capacity exhausted");
		assertThat(unmatched(review, khm).path("reason").asText()).isEqualTo("CANDIDATES_WITHOUT_ACCEPTANCE");
		assertThat(unmatched(review, lao)).as("matched").isNull();
		assertThat(unmatched(review, enforcementFirst)).as("matched").isNull();
		assertThat(unmatched(review, noArea).path("specificity").path("score").asInt()).isLessThan(60);
		assertThat(unmatched(review, noArea).path("specificity").path("missed").toString())
			.contains("BENEFICIARY_AGENCY");

		JsonNode specificity = review.path("specificity");
		assertThat(specificity.path("threshold").asInt()).isEqualTo(60);
		assertThat(specificity.path("specific").path("requests").asLong()
				+ specificity.path("generic").path("requests").asLong())
			.isEqualTo(specificity.path("requests").size());
		JsonNode laoSpecificity = null;
		for (JsonNode request : specificity.path("requests")) {
			if (request.path("requestId").asText().equals(lao)) {
				laoSpecificity = request;
			}
		}
		assertThat(laoSpecificity.path("accepted").asBoolean()).isTrue();
		assertThat(laoSpecificity.path("score").asInt()).isGreaterThanOrEqualTo(60);
	}

	@Test
	void the_review_is_not_for_donors() {
		assertThat(Api.as(port, "donor-unoda", "demo").get("/api/reports/matching-strategy").status()).isEqualTo(403);
		assertThat(Api.anonymous(port).get("/api/reports/matching-strategy").status()).isEqualTo(401);
	}

	private String offer(String provider, List<String> areas, List<String> types, List<String> weapons,
			List<String> languages, int capacity, List<String> states) {
		Map<String, Object> offer = Bodies.offer();
		offer.put("provider", Map.of("type", "ORGANIZATION", "code", provider));
		offer.put("title", provider + " " + areas.get(0).toLowerCase());
		offer.put("areas", areas);
		offer.put("assistanceTypes", types);
		offer.put("weaponCategories", weapons);
		offer.put("languages", languages);
		offer.put("eligibleRegions", List.of());
		offer.put("eligibleStates", states);
		offer.put("capacity", capacity);
		offer.put("availableUntil", "2099-12-31");
		Api.Response created = secretariat.post("/api/offers", offer);
		assertThat(created.status()).isEqualTo(201);
		return id(created.header("Location"));
	}

	private String request(String state, String title, List<String> areas, List<String> types) {
		Map<String, Object> request = Bodies.request();
		request.put("requestingStates", List.of(state));
		request.put("title", title);
		request.put("description", "");
		request.put("areas", areas);
		request.put("assistanceTypes", types);
		request.put("weaponCategories", List.of("NUCLEAR"));
		request.put("languages", List.of("en"));
		request.put("neededBy", "2099-06-30");
		Api.Response created = secretariat.post("/api/requests", request);
		assertThat(created.status()).isEqualTo(201);
		return id(created.header("Location"));
	}

	private List<JsonNode> awaitProposals(String request, int count) {
		// the matcher may still be working through another test class's history (the
		// replay's)
		return await().atMost(Duration.ofSeconds(120)).until(() -> proposals(request), list -> list.size() >= count);
	}

	private List<JsonNode> proposals(String request) {
		List<JsonNode> found = new ArrayList<>();
		secretariat.get("/api/proposals").json().forEach(proposal -> {
			if (proposal.path("requestId").asText().equals(request)) {
				found.add(proposal);
			}
		});
		return found;
	}

	private List<String> proposedOffers(String request) {
		return proposals(request).stream().map(proposal -> proposal.path("offerId").asText()).toList();
	}

	private void accept(JsonNode proposal) {
		Api donor = Api.as(port, "donor-" + proposal.path("providerCode").asText().toLowerCase(), "demo");
		assertThat(donor.post("/api/proposals/" + proposal.path("proposalId").asText() + "/accept", null).status())
			.isEqualTo(200);
	}

	private static Map<String, Object> weights(MatchingWeights weights) {
		return Map.of("areas", weights.areas(), "assistanceTypes", weights.assistanceTypes(), "weaponCategories",
				weights.weaponCategories(), "languages", weights.languages());
	}

	private static JsonNode comparison(JsonNode whatIf, String request) {
		for (JsonNode comparison : whatIf.path("perRequest")) {
			if (comparison.path("requestId").asText().equals(request)) {
				return comparison;
			}
		}
		return null;
	}

	private static JsonNode unmatched(JsonNode review, String request) {
		for (JsonNode unmatched : review.path("unmatched")) {
			if (unmatched.path("requestId").asText().equals(request)) {
				return unmatched;
			}
		}
		return null;
	}

	private static JsonNode group(JsonNode outcomes, String group) {
		for (JsonNode outcome : outcomes) {
			if (outcome.path("group").asText().equals(group)) {
				return outcome;
			}
		}
		return null;
	}

	private static String id(String location) {
		return location.substring(location.lastIndexOf('/') + 1);
	}

}
