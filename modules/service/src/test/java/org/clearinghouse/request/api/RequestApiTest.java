package org.clearinghouse.request.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.clearinghouse.Api;
import org.clearinghouse.Bodies;
import org.clearinghouse.ClearinghouseTest;
import org.clearinghouse.request.RequestRegistered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ClearinghouseTest
class RequestApiTest {

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
	void registering_a_request_answers_201_with_its_location_and_reads_back_the_same() {
		Api.Response created = secretariat.post("/api/requests", Bodies.request());

		assertThat(created.status()).isEqualTo(201);
		String location = created.header("Location");
		assertThat(location).matches("/api/requests/[0-9a-f-]{36}");
		JsonNode request = created.json();
		assertThat(request.path("title").asText()).isEqualTo("Drafting of export-control legislation");
		assertThat(request.path("requestingStates")).hasSize(1);
		assertThat(request.path("status").asText()).isEqualTo("OPEN");
		assertThat(request.path("published").asBoolean()).isTrue();

		Api.Response read = secretariat.get(location);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json()).isEqualTo(request);
	}

	@Test
	void a_joint_request_keeps_its_states_and_framework() {
		Map<String, Object> joint = Bodies.request();
		joint.put("requestingStates", List.of("KEN", "UGA", "TZA", "RWA", "BDI"));
		joint.put("framework", Map.of("kind", "CUSTOMS_UNION", "name", "East African Community Customs Union"));

		JsonNode request = secretariat.post("/api/requests", joint).json();

		assertThat(request.path("requestingStates").toString()).isEqualTo("[\"BDI\",\"KEN\",\"RWA\",\"TZA\",\"UGA\"]");
		assertThat(request.path("framework").path("kind").asText()).isEqualTo("CUSTOMS_UNION");
	}

	@Test
	void an_amendment_shows_in_the_history_with_who_when_and_what_changed() {
		String location = secretariat.post("/api/requests", Bodies.request()).header("Location");
		Map<String, Object> amended = Bodies.request();
		amended.put("title", "Drafting of export-control and trans-shipment legislation");

		Api.Response answer = secretariat.put(location, amended);

		assertThat(answer.status()).isEqualTo(200);
		JsonNode history = secretariat.get(location).json().path("history");
		assertThat(history.findValuesAsText("event")).containsExactly("RequestRegistered", "RequestAcknowledged",
				"RequestPublished", "RequestAmended");
		JsonNode amendment = history.get(3);
		assertThat(amendment.path("by").asText()).isEqualTo("secretariat");
		assertThat(amendment.path("at").asText()).isNotBlank();
		assertThat(amendment.path("changes")).hasSize(1);
		assertThat(amendment.path("changes").get(0).path("field").asText()).isEqualTo("title");
		assertThat(amendment.path("changes").get(0).path("from").asText())
			.isEqualTo("Drafting of export-control legislation");
		assertThat(amendment.path("changes").get(0).path("to").asText())
			.isEqualTo("Drafting of export-control and trans-shipment legislation");
	}

	@Test
	void amending_to_the_same_content_adds_nothing_to_the_history() {
		String location = secretariat.post("/api/requests", Bodies.request()).header("Location");

		secretariat.put(location, Bodies.request());

		assertThat(secretariat.get(location).json().path("history").findValuesAsText("event"))
			.containsExactly("RequestRegistered", "RequestAcknowledged", "RequestPublished");
	}

	@Test
	void a_withdrawn_request_cannot_be_amended() {
		String location = secretariat.post("/api/requests", Bodies.request()).header("Location");

		Api.Response withdrawn = secretariat.post(location + "/withdraw", Map.of("reason", "met bilaterally"));
		Api.Response amended = secretariat.put(location, Bodies.request());

		assertThat(withdrawn.status()).isEqualTo(200);
		assertThat(withdrawn.json().path("status").asText()).isEqualTo("WITHDRAWN");
		assertThat(amended.status()).isEqualTo(409);
		assertThat(amended.contentType()).startsWith("application/problem+json");
		assertThat(secretariat.post(location + "/withdraw", null).status()).isEqualTo(409);
	}

	@Test
	void an_unknown_request_is_404() {
		String unknown = "/api/requests/" + UUID.randomUUID();

		assertThat(secretariat.get(unknown).status()).isEqualTo(404);
		assertThat(secretariat.put(unknown, Bodies.request()).status()).isEqualTo(404);
		assertThat(secretariat.post(unknown + "/withdraw", null).status()).isEqualTo(404);
	}

	static Stream<Arguments> invalidFields() {
		return Stream.of(invalid("requestingStates", body -> body.put("requestingStates", List.of())),
				invalid("requestingStates[1]", body -> body.put("requestingStates", List.of("KEN", "ZZZ"))),
				invalid("framework", body -> body.put("requestingStates", List.of("KEN", "UGA"))),
				invalid("framework",
						body -> body.put("framework",
								Map.of("kind", "CUSTOMS_UNION", "name", "East African Community"))),
				invalid("framework.kind", body -> {
					body.put("requestingStates", List.of("KEN", "UGA"));
					body.put("framework", Map.of("kind", "TRADE_BLOC", "name", "EAC"));
				}), invalid("title", body -> body.put("title", " ")),
				invalid("title", body -> body.put("title", "x".repeat(201))),
				invalid("title", body -> body.put("title", "bell \u0007")),
				invalid("description", body -> body.put("description", "x".repeat(10_001))),
				invalid("areas", body -> body.put("areas", List.of())),
				invalid("areas[0]", body -> body.put("areas", List.of("DIPLOMACY"))),
				invalid("weaponCategories[0]", body -> body.put("weaponCategories", List.of("RADIOLOGICAL"))),
				invalid("assistanceTypes", body -> body.put("assistanceTypes", List.of())),
				invalid("assistanceTypes[1]", body -> body.put("assistanceTypes", List.of("TRAINING", "LOANS"))),
				invalid("languages[0]", body -> body.put("languages", List.of("english"))),
				invalid("publicationConsent", body -> body.put("publicationConsent", "MAYBE")),
				invalid("neededBy", body -> body.put("neededBy", "30/06/2015")),
				invalid("priority", body -> body.put("priority", "high")));
	}

	private static Arguments invalid(String field, Consumer<Map<String, Object>> change) {
		return Arguments.of(field, change);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidFields")
	void an_invalid_field_is_400_naming_it_and_nothing_is_stored(String field, Consumer<Map<String, Object>> change) {
		long eventsBefore = eventCount();
		Map<String, Object> body = Bodies.request();
		change.accept(body);

		Api.Response answer = secretariat.post("/api/requests", body);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.invalidFields()).contains(field);
		assertThat(eventCount()).isEqualTo(eventsBefore);
	}

	@Test
	void every_bad_field_is_named_in_one_answer() {
		Map<String, Object> body = Bodies.request();
		body.put("requestingStates", List.of());
		body.put("title", "");
		body.put("areas", List.of("DIPLOMACY"));
		body.put("assistanceTypes", List.of());

		Api.Response answer = secretariat.post("/api/requests", body);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.invalidFields()).contains("requestingStates", "title", "areas[0]", "areas",
				"assistanceTypes");
	}

	@Test
	void malformed_json_is_400_and_nothing_is_stored() {
		long eventsBefore = eventCount();

		Api.Response answer = secretariat.post("/api/requests", "{\"title\": ");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.invalidFields()).containsExactly("body");
		assertThat(eventCount()).isEqualTo(eventsBefore);
	}

	@Test
	void an_invalid_amendment_is_400_and_changes_nothing() {
		String location = secretariat.post("/api/requests", Bodies.request()).header("Location");
		long eventsBefore = eventCount();
		Map<String, Object> body = Bodies.request();
		body.put("areas", List.of());

		Api.Response answer = secretariat.put(location, body);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.invalidFields()).contains("areas");
		assertThat(eventCount()).isEqualTo(eventsBefore);
	}

	@Test
	void the_same_idempotency_key_twice_registers_one_request_and_answers_the_same() {
		String key = UUID.randomUUID().toString();
		long registeredBefore = registrations();

		Api.Response first = secretariat.post("/api/requests", Bodies.request(), key);
		Api.Response again = secretariat.post("/api/requests", Bodies.request(), key);

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.header("Location")).isEqualTo(first.header("Location"));
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(registrations()).isEqualTo(registeredBefore + 1);
	}

	@Test
	void the_same_idempotency_key_with_another_body_is_refused() {
		String key = UUID.randomUUID().toString();
		secretariat.post("/api/requests", Bodies.request(), key);
		Map<String, Object> other = Bodies.request();
		other.put("title", "Something else");

		Api.Response answer = secretariat.post("/api/requests", other, key);

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.contentType()).startsWith("application/problem+json");
	}

	@Test
	void a_retried_amendment_with_its_key_is_applied_once() {
		String location = secretariat.post("/api/requests", Bodies.request()).header("Location");
		Map<String, Object> amended = Bodies.request();
		amended.put("title", "Drafting of export-control and trans-shipment legislation");
		String key = UUID.randomUUID().toString();

		Api.Response first = secretariat.send("PUT", location, amended, Map.of("Idempotency-Key", key));
		secretariat.put(location, Bodies.request());
		Api.Response retry = secretariat.send("PUT", location, amended, Map.of("Idempotency-Key", key));

		assertThat(retry.status()).isEqualTo(first.status());
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(secretariat.get(location).json().path("title").asText())
			.isEqualTo("Drafting of export-control legislation");
	}

	@Test
	void the_public_and_the_committee_cannot_write_requests() {
		assertThat(Api.anonymous(port).post("/api/requests", Bodies.request()).status()).isEqualTo(401);
		Api.Response committee = Api.as(port, "committee", "demo").post("/api/requests", Bodies.request());
		assertThat(committee.status()).isEqualTo(403);
		assertThat(committee.contentType()).startsWith("application/problem+json");
		assertThat(Api.as(port, "secretariat", "wrong").post("/api/requests", Bodies.request()).status())
			.isEqualTo(401);
	}

	private long registrations() {
		return db.sql("select count(*) from domain_event_entry where payload_type = ?")
			.param(RequestRegistered.class.getName())
			.query(Long.class)
			.single();
	}

	private long eventCount() {
		return db.sql("select count(*) from domain_event_entry").query(Long.class).single();
	}

}
