package org.clearinghouse.intake.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.clearinghouse.Api;
import org.clearinghouse.Bodies;
import org.clearinghouse.ClearinghouseTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Specificity at intake on the real API: a generic statement of need scores low and gets
 * every question and a split; a specific request scores high; it follows amendments.
 */
@ClearinghouseTest
class SpecificityApiTest {

	@LocalServerPort
	int port;

	@Test
	void a_generic_request_scores_low_with_every_question_and_a_split() {
		Api secretariat = Api.secretariat(port);
		Map<String, Object> generic = Bodies.request();
		generic.put("requestingStates", List.of("BTN"));
		generic.put("title", "Assistance with the implementation of resolution 1540");
		generic.put("description", "General assistance is needed.");
		generic.put("areas", List.of("LEGISLATION", "EXPORT_CONTROL", "PHYSICAL_PROTECTION"));
		generic.put("neededBy", null);
		String location = secretariat.post("/api/requests", generic).header("Location");

		JsonNode specificity = secretariat.get(location + "/specificity").json();

		assertThat(specificity.path("score").asInt()).isZero();
		assertThat(specificity.path("met")).isEmpty();
		assertThat(specificity.path("missed").toString()).isEqualTo(
				"[\"FOCUSED_AREAS\",\"BENEFICIARY_AGENCY\",\"DESIRED_OUTCOME\",\"TIMEFRAME\",\"PRIOR_ASSISTANCE\"]");
		assertThat(specificity.path("questions").findValuesAsText("key")).containsExactly(
				"intake.specificity.question.focused-areas", "intake.specificity.question.beneficiary-agency",
				"intake.specificity.question.desired-outcome", "intake.specificity.question.timeframe",
				"intake.specificity.question.prior-assistance");
		assertThat(specificity.path("questions").findValuesAsText("text"))
			.contains("Which national agency would receive the assistance?");
		assertThat(specificity.path("suggestsSplit").asBoolean()).isTrue();
		assertThat(specificity.path("split")).hasSize(3);
		assertThat(specificity.path("split").get(0).path("draft").path("requestingStates").toString())
			.isEqualTo("[\"BTN\"]");
	}

	@Test
	void a_specific_request_scores_high_and_an_amendment_is_assessed_anew() {
		Api secretariat = Api.secretariat(port);
		Map<String, Object> specific = Bodies.request();
		specific.put("requestingStates", List.of("NPL"));
		specific.put("title", "CBRN detection training for the customs administration");
		specific.put("description", "Follow-up to the previous workshop, so that 40 officers are trained"
				+ " in detection at the border crossings.");
		specific.put("areas", List.of("BORDER_CONTROL", "EXPORT_CONTROL"));
		specific.put("neededBy", "2099-06-30");
		String location = secretariat.post("/api/requests", specific).header("Location");

		JsonNode specificity = secretariat.get(location + "/specificity").json();

		assertThat(specificity.path("score").asInt()).isEqualTo(100);
		assertThat(specificity.path("missed")).isEmpty();
		assertThat(specificity.path("questions")).isEmpty();
		assertThat(specificity.path("split")).isEmpty();

		specific.put("description", "Detection training.");
		assertThat(secretariat.put(location.substring(location.indexOf("/api")), specific).status()).isEqualTo(200);
		JsonNode amended = secretariat.get(location + "/specificity").json();
		assertThat(amended.path("score").asInt()).isEqualTo(65);
		assertThat(amended.path("missed").toString()).isEqualTo("[\"DESIRED_OUTCOME\",\"PRIOR_ASSISTANCE\"]");
	}

	@Test
	void an_unknown_request_is_404_and_the_committee_may_not_read_it() {
		assertThat(Api.secretariat(port).get("/api/requests/8d7c4a56-2b1f-4f7e-9a41-3f0f3b7f0c11/specificity").status())
			.isEqualTo(404);
		assertThat(Api.as(port, "committee", "demo")
			.get("/api/requests/8d7c4a56-2b1f-4f7e-9a41-3f0f3b7f0c11/specificity")
			.status()).isEqualTo(403);
	}

}
