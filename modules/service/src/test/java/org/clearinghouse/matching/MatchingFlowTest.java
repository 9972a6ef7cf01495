package org.clearinghouse.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clearinghouse.Api;
import org.clearinghouse.Bodies;
import org.clearinghouse.ClearinghouseTest;
import org.clearinghouse.ProposalTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The matcher end to end: a request and a fitting offer give a proposal in the donor's
 * inbox and on the Kafka topic; the donor answers it.
 */
@ClearinghouseTest
class MatchingFlowTest {

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	@Autowired
	JdbcClient db;

	Api secretariat;

	ProposalTopic topic;

	@BeforeEach
	void setUp() {
		secretariat = Api.secretariat(port);
		topic = new ProposalTopic(kafka);
	}

	@AfterEach
	void tearDown() {
		topic.close();
	}

	@Test
	void a_request_and_a_fitting_offer_put_a_proposal_in_the_donors_inbox_and_on_the_topic() {
		String provider = "OPCW";
		String offerId = registerOffer(provider, 2, "MLI");
		String requestId = id(registerRequest("MLI"));
		Api donor = Api.as(port, "donor-opcw", "demo");

		JsonNode proposal = awaitProposal(donor, requestId);
		assertThat(proposal.path("offerId").asText()).isEqualTo(offerId);
		assertThat(proposal.path("status").asText()).isEqualTo("PROPOSED");
		assertThat(proposal.path("score").asDouble()).isBetween(0.0, 1.0);
		assertThat(proposal.path("reasons").toString()).contains("both cover LEGISLATION, EXPORT_CONTROL");
		assertThat(proposal.path("requestTitle").asText()).isEqualTo("Drafting of export-control legislation");

		JsonNode record = awaitRecord(proposal.path("proposalId").asText(), "PROPOSED");
		assertThat(record.path("providerCode").asText()).isEqualTo(provider);
		assertThat(record.path("requestId").asText()).isEqualTo(requestId);
		assertThat(record.path("offerId").asText()).isEqualTo(offerId);
		assertThat(record.path("score").asDouble()).isEqualTo(proposal.path("score").asDouble());
		assertThat(record.path("reasons")).isNotEmpty();
		assertThat(record.path("occurredAt").asText()).isNotBlank();
		assertThat(record.path("eventId").asText()).isNotBlank();
	}

	@Test
	void a_donor_accepts_once_and_the_offer_has_one_unit_less() {
		String offerId = registerOffer("WCO", 2, "NER");
		String requestId = id(registerRequest("NER"));
		Api donor = Api.as(port, "donor-wco", "demo");
		String proposalId = awaitProposal(donor, requestId).path("proposalId").asText();

		Api.Response accepted = donor.post("/api/proposals/" + proposalId + "/accept", null);
		Api.Response again = donor.post("/api/proposals/" + proposalId + "/accept", null);

		assertThat(accepted.status()).isEqualTo(200);
		assertThat(again.status()).isEqualTo(409);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					secretariat.get("/api/offers/" + offerId).json().path("history").findValuesAsText("event"))
				.contains("OfferCapacityUsed"));
		assertThat(awaitRecord(proposalId, "ACCEPTED").path("providerCode").asText()).isEqualTo("WCO");
	}

	@Test
	void an_answered_proposal_leaves_no_deadline_scheduled() {
		registerOffer("IAEA", 2, "TCD");
		String requestId = id(registerRequest("TCD"));
		Api donor = Api.as(port, "donor-iaea", "demo");
		String proposalId = awaitProposal(donor, requestId).path("proposalId").asText();
		String scope = "%[" + proposalId + "]%";
		assertThat(scheduled(scope)).as("reminder and expiry").isEqualTo(2);

		assertThat(donor.post("/api/proposals/" + proposalId + "/accept", null).status()).isEqualTo(200);

		assertThat(scheduled(scope)).isZero();
		assertThat(db.sql("select count(*) from deadline_scope where scope like ?")
			.param(scope)
			.query(Long.class)
			.single()).isZero();
	}

	/** The scheduled tasks the index lists for the scope. */
	private long scheduled(String scope) {
		return db.sql("""
				select count(*) from scheduled_tasks t join deadline_scope d
				  on t.task_name = 'AxonDeadline' and t.task_instance = d.schedule_id
				where d.scope like ?""").param(scope).query(Long.class).single();
	}

	@Test
	void only_the_donor_a_proposal_was_made_to_may_answer_it() {
		registerOffer("INTERPOL", 1, "SEN");
		registerOffer("WHO", 1, "SEN");
		String requestId = id(registerRequest("SEN"));
		Api interpol = Api.as(port, "donor-interpol", "demo");
		Api who = Api.as(port, "donor-who", "demo");
		String proposalId = awaitProposal(interpol, requestId).path("proposalId").asText();

		assertThat(who.post("/api/proposals/" + proposalId + "/accept", null).status()).isEqualTo(403);
		assertThat(secretariat.post("/api/proposals/" + proposalId + "/accept", null).status()).isEqualTo(403);
		assertThat(who.get("/api/proposals").json().findValuesAsText("proposalId")).doesNotContain(proposalId);
		assertThat(secretariat.get("/api/proposals").json().findValuesAsText("proposalId")).contains(proposalId);
	}

	@Test
	void a_decline_needs_a_reason_and_makes_way_for_the_next_candidate() {
		registerOffer("UNODC", 1, "GHA");
		String requestId = id(registerRequest("GHA"));
		Api donor = Api.as(port, "donor-unodc", "demo");
		String proposalId = awaitProposal(donor, requestId).path("proposalId").asText();

		Api.Response withoutReason = donor.post("/api/proposals/" + proposalId + "/decline", Map.of());
		Api.Response declined = donor.post("/api/proposals/" + proposalId + "/decline",
				Map.of("reason", "our 2015 budget is committed"));

		assertThat(withoutReason.status()).isEqualTo(400);
		assertThat(withoutReason.invalidFields()).containsExactly("reason");
		assertThat(declined.status()).isEqualTo(200);
		JsonNode record = awaitRecord(proposalId, "DECLINED");
		assertThat(record.path("reason").asText()).isEqualTo("our 2015 budget is committed");
	}

	@Test
	void the_figures_for_strategy_review_count_what_became_of_a_providers_proposals() {
		registerOffer("CARICOM", 1, "BFA");
		String requestId = id(registerRequest("BFA"));
		Api donor = Api.as(port, "donor-caricom", "demo");
		String proposalId = awaitProposal(donor, requestId).path("proposalId").asText();
		donor.post("/api/proposals/" + proposalId + "/decline", Map.of("reason", "outside our region"));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode figures = secretariat.get("/api/matching/figures").json();
			JsonNode caricom = null;
			for (JsonNode provider : figures.path("byProvider")) {
				if (provider.path("group").asText().equals("CARICOM")) {
					caricom = provider;
				}
			}
			assertThat(caricom).isNotNull();
			assertThat(caricom.path("made").asInt()).isEqualTo(1);
			assertThat(caricom.path("declined").asInt()).isEqualTo(1);
			assertThat(caricom.path("accepted").asInt()).isZero();
			assertThat(figures.path("declineReasons").findValuesAsText("reason")).contains("outside our region");
			assertThat(figures.path("byArea").findValuesAsText("group")).contains("EXPORT_CONTROL", "LEGISLATION");
			assertThat(figures.path("timing").path("requestsWithProposal").asInt()).isPositive();
			assertThat(figures.path("timing").path("medianDaysToFirstProposal").asDouble()).isBetween(0.0, 1.0);
		});
	}

	@Test
	void a_new_offer_is_proposed_to_an_open_request_it_fits() {
		String requestId = id(registerRequest("CIV"));

		String offerId = registerOffer("EU", 1, "CIV");

		JsonNode proposal = awaitProposal(Api.as(port, "donor-eu", "demo"), requestId);
		assertThat(proposal.path("offerId").asText()).isEqualTo(offerId);
	}

	@Test
	void withdrawing_a_request_cancels_its_open_proposals() {
		registerOffer("IAEA", 1, "TGO");
		String location = registerRequest("TGO");
		Api donor = Api.as(port, "donor-iaea", "demo");
		String proposalId = awaitProposal(donor, id(location)).path("proposalId").asText();

		secretariat.post(location + "/withdraw", null);

		assertThat(awaitRecord(proposalId, "CANCELLED").path("reason").asText()).contains("withdrawn");
		assertThat(donor.post("/api/proposals/" + proposalId + "/accept", null).status()).isEqualTo(409);
	}

	/** Each test uses a State of its own, and its offers are open to that State only. */
	private String registerOffer(String organization, int capacity, String state) {
		Map<String, Object> offer = Bodies.offer();
		offer.put("provider", Map.of("type", "ORGANIZATION", "code", organization));
		offer.put("eligibleRegions", List.of());
		offer.put("eligibleStates", List.of(state));
		offer.put("areas", List.of("EXPORT_CONTROL", "LEGISLATION"));
		offer.put("assistanceTypes", List.of("LEGISLATIVE_DRAFTING"));
		offer.put("availableUntil", "2099-12-31");
		offer.put("capacity", capacity);
		return id(secretariat.post("/api/offers", offer).header("Location"));
	}

	private String registerRequest(String state) {
		Map<String, Object> request = Bodies.request();
		request.put("requestingStates", List.of(state));
		return secretariat.post("/api/requests", request).header("Location");
	}

	private static JsonNode awaitProposal(Api donor, String requestId) {
		return await().atMost(Duration.ofSeconds(15)).until(() -> {
			if (donor.get("/api/proposals").status() != 200) {
				return null;
			}
			for (JsonNode proposal : donor.get("/api/proposals").json()) {
				if (proposal.path("requestId").asText().equals(requestId)) {
					return proposal;
				}
			}
			return null;
		}, proposal -> proposal != null);
	}

	private JsonNode awaitRecord(String proposalId, String status) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> {
			for (ConsumerRecord<String, String> record : topic.poll()) {
				JsonNode value = ProposalTopic.value(record);
				if (value.path("proposalId").asText().equals(proposalId)
						&& value.path("status").asText().equals(status)) {
					assertThat(record.key()).isEqualTo(value.path("providerCode").asText());
					assertThat(record.headers().lastHeader("eventId")).isNotNull();
					return value;
				}
			}
			return null;
		}, value -> value != null);
	}

	private static String id(String location) {
		return location.substring(location.lastIndexOf('/') + 1);
	}

}
