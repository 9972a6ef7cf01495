package org.clearinghouse.offer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.clearinghouse.Api;
import org.clearinghouse.Bodies;
import org.clearinghouse.ClearinghouseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ClearinghouseTest
class OfferApiTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	Api secretariat;

	@BeforeEach
	void signIn() {
		secretariat = Api.secretariat(port);
	}

	@Test
	void registering_an_offer_answers_201_with_its_location_and_reads_back_the_same() {
		Api.Response created = secretariat.post("/api/offers", Bodies.offer());

		assertThat(created.status()).isEqualTo(201);
		JsonNode offer = created.json();
		assertThat(offer.path("provider").path("code").asText()).isEqualTo("DEU");
		assertThat(offer.path("capacity").asInt()).isEqualTo(3);
		assertThat(offer.path("eligibleRegions").toString()).isEqualTo("[\"002\"]");
		assertThat(offer.path("status").asText()).isEqualTo("ACTIVE");
		assertThat(secretariat.get(created.header("Location")).json()).isEqualTo(offer);
	}

	@Test
	void an_organization_can_offer_a_programme() {
		Map<String, Object> body = Bodies.offer();
		body.put("provider", Map.of("type", "ORGANIZATION", "code", "IAEA"));

		Api.Response created = secretariat.post("/api/offers", body);

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("provider").path("type").asText()).isEqualTo("ORGANIZATION");
	}

	@Test
	void an_amended_offer_shows_both_versions_and_a_withdrawn_one_is_frozen() {
		String location = secretariat.post("/api/offers", Bodies.offer()).header("Location");
		Map<String, Object> amended = Bodies.offer();
		amended.put("capacity", 5);

		secretariat.put(location, amended);
		Api.Response withdrawn = secretariat.post(location + "/withdraw", null);

		JsonNode offer = secretariat.get(location).json();
		assertThat(offer.path("capacity").asInt()).isEqualTo(5);
		assertThat(offer.path("history").findValuesAsText("event")).containsExactly("OfferRegistered", "OfferPublished",
				"OfferAmended", "OfferWithdrawn");
		JsonNode change = offer.path("history").get(2).path("changes").get(0);
		assertThat(change.path("field").asText()).isEqualTo("capacity");
		assertThat(change.path("from").asInt()).isEqualTo(3);
		assertThat(change.path("to").asInt()).isEqualTo(5);
		assertThat(withdrawn.status()).isEqualTo(200);
		assertThat(secretariat.put(location, Bodies.offer()).status()).isEqualTo(409);
	}

	@Test
	void a_request_id_is_not_an_offer() {
		String requestLocation = secretariat.post("/api/requests", Bodies.request()).header("Location");
		String id = requestLocation.substring(requestLocation.lastIndexOf('/') + 1);

		assertThat(secretariat.get("/api/offers/" + id).status()).isEqualTo(404);
		assertThat(secretariat.get("/api/offers/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	static Stream<Arguments> invalidFields() {
		return Stream.of(invalid("provider", body -> body.remove("provider")),
				invalid("provider.code", body -> body.put("provider", Map.of("type", "STATE", "code", "ZZZ"))),
				invalid("provider.code", body -> body.put("provider", Map.of("type", "ORGANIZATION", "code", "iaea"))),
				invalid("provider.type", body -> body.put("provider", Map.of("type", "COMPANY", "code", "ACME"))),
				invalid("capacity", body -> body.put("capacity", 0)),
				invalid("capacity", body -> body.put("capacity", "three")),
				invalid("availableUntil", body -> body.put("availableUntil", "2014-06-30")),
				invalid("eligibleRegions[0]", body -> body.put("eligibleRegions", List.of("999"))),
				invalid("eligibleStates[0]", body -> body.put("eligibleStates", List.of("ZZZ"))),
				invalid("areas", body -> body.put("areas", List.of())),
				invalid("assistanceTypes", body -> body.put("assistanceTypes", List.of())),
				invalid("title", body -> body.remove("title")));
	}

	private static Arguments invalid(String field, Consumer<Map<String, Object>> change) {
		return Arguments.of(field, change);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidFields")
	void an_invalid_field_is_400_naming_it_and_nothing_is_stored(String field, Consumer<Map<String, Object>> change) {
		long eventsBefore = db.sql("select count(*) from domain_event_entry").query(Long.class).single();
		Map<String, Object> body = Bodies.offer();
		change.accept(body);

		Api.Response answer = secretariat.post("/api/offers", body);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.invalidFields()).contains(field);
		assertThat(db.sql("select count(*) from domain_event_entry").query(Long.class).single())
			.isEqualTo(eventsBefore);
	}

	@Test
	void a_donor_has_an_account_once_it_offers_and_cannot_write_requests_or_offers() {
		// a provider no other test offers as: the test classes share one application
		// context
		Map<String, Object> body = Bodies.offer();
		String provider = "ORG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		body.put("provider", Map.of("type", "ORGANIZATION", "code", provider));
		Api donor = Api.as(port, "donor-" + provider.toLowerCase(), "demo");
		assertThat(donor.post("/api/requests", Bodies.request()).status()).isEqualTo(401);

		secretariat.post("/api/offers", body);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(donor.post("/api/requests", Bodies.request()).status()).isEqualTo(403));
		assertThat(donor.post("/api/offers", Bodies.offer()).status()).isEqualTo(403);
		assertThat(donor.get("/api/offers/" + UUID.randomUUID()).status()).isEqualTo(403);
	}

}
