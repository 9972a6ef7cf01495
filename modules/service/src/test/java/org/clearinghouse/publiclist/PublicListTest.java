package org.clearinghouse.publiclist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.clearinghouse.Api;
import org.clearinghouse.Bodies;
import org.clearinghouse.ClearinghouseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public list: the catalogue with examples, and only what its authors consented to
 * publish. A confidential item has no row in the public tables, and an item made
 * confidential leaves them.
 */
@ClearinghouseTest
class PublicListTest {

	private static final String LIST = "/api/public/assistance-list";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	Api secretariat;

	Api anyone;

	@BeforeEach
	void signIn() {
		secretariat = Api.secretariat(port);
		anyone = Api.anonymous(port);
	}

	@Test
	void given_a_new_installation_then_anyone_reads_every_form_of_assistance_with_practical_examples() {
		JsonNode forms = awaitList(list -> list.path("formsOfAssistance").findValues("examples").size() >= 6)
			.path("formsOfAssistance");

		assertThat(forms.findValuesAsText("assistanceType")).contains("LEGISLATIVE_DRAFTING", "TRAINING", "EQUIPMENT",
				"EXPERT_ADVICE", "WORKSHOP", "FINANCIAL");
		for (JsonNode form : forms) {
			assertThat(form.path("entries")).as(form.path("assistanceType").asText()).isNotEmpty();
			for (JsonNode entry : form.path("entries")) {
				assertThat(entry.path("examples").size()).isBetween(2, 4);
			}
		}
		assertThat(forms.toString()).contains("Legislative drafting assistance",
				"Training in CBRN detection and protection for the customs administration",
				"Upgrade of physical protection at a nuclear facility", "Translation of the EU dual-use list",
				"Expert help with laboratory accreditation");
	}

	@Test
	void given_a_catalogue_entry_added_amended_and_retired_then_the_list_follows_it() {
		Map<String, Object> entry = Map.of("assistanceType", "WORKSHOP", "title", "Peer reviews", "description",
				"States review each other's implementation.", "examples",
				List.of("Peer review between two States of their export-control systems"));
		String location = secretariat.post("/api/catalogue", entry).header("Location");
		awaitList(list -> list.toString().contains("Peer review between two States"));

		Map<String, Object> amended = Api.mutable(entry);
		amended.put("examples", List.of("Peer review between two States of their export-control systems",
				"Regional peer review of national action plans"));
		assertThat(secretariat.put(location, amended).status()).isEqualTo(200);
		awaitList(list -> list.toString().contains("Regional peer review of national action plans"));

		assertThat(secretariat.post(location + "/retire", null).json().path("retired").asBoolean()).isTrue();
		awaitList(list -> !list.toString().contains("Peer review between two States"));
	}

	@Test
	void given_an_entry_without_examples_then_it_is_refused_naming_the_field() {
		Api.Response refused = secretariat.post("/api/catalogue",
				Map.of("assistanceType", "TRAINING", "title", "Courses", "examples", List.of()));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.invalidFields()).containsExactly("examples");
	}

	@Test
	void given_a_request_and_an_offer_with_consent_then_they_are_listed_for_anyone() {
		String request = id(secretariat.post("/api/requests", Bodies.request()));
		String offer = id(secretariat.post("/api/offers", Bodies.offer()));

		JsonNode list = awaitList(
				l -> ids(l.path("requests")).contains(request) && ids(l.path("offers")).contains(offer));

		JsonNode listed = find(list.path("requests"), request);
		assertThat(listed.path("title").asText()).isEqualTo("Drafting of export-control legislation");
		assertThat(listed.has("publicationConsent")).isFalse();
		assertThat(find(list.path("offers"), offer).has("capacity")).isFalse();
	}

	@Test
	void given_a_request_and_an_offer_that_refuse_consent_then_nothing_of_them_is_public() {
		Map<String, Object> request = Bodies.request();
		request.put("publicationConsent", "REFUSED");
		request.put("title", "Confidential request of a refusing State");
		Map<String, Object> offer = Bodies.offer();
		offer.put("publicationConsent", "REFUSED");
		offer.put("title", "Confidential offer of a refusing provider");
		String requestId = id(secretariat.post("/api/requests", request));
		String offerId = id(secretariat.post("/api/offers", offer));
		// a later public item is the sign that the processor has passed both
		String marker = id(secretariat.post("/api/requests", Bodies.request()));

		JsonNode list = awaitList(l -> ids(l.path("requests")).contains(marker));

		assertThat(list.toString()).doesNotContain(requestId, offerId, "Confidential request", "Confidential offer");
		assertNoPublicRow(requestId, offerId);
	}

	@Test
	void given_a_published_request_when_it_is_amended_to_confidential_then_it_disappears() {
		Api.Response created = secretariat.post("/api/requests", Bodies.request());
		String id = id(created);
		awaitList(l -> ids(l.path("requests")).contains(id));

		Map<String, Object> confidential = Bodies.request();
		confidential.put("publicationConsent", "REFUSED");
		confidential.put("title", "Now a confidential title");
		assertThat(secretariat.put(created.header("Location"), confidential).status()).isEqualTo(200);

		JsonNode list = awaitList(l -> !ids(l.path("requests")).contains(id));
		assertThat(list.toString()).doesNotContain(id, "Now a confidential title");
		assertNoPublicRow(id);
	}

	@Test
	void given_a_published_offer_when_it_is_amended_to_confidential_then_it_disappears() {
		Api.Response created = secretariat.post("/api/offers", Bodies.offer());
		String id = id(created);
		awaitList(l -> ids(l.path("offers")).contains(id));

		Map<String, Object> confidential = Bodies.offer();
		confidential.put("publicationConsent", "REFUSED");
		secretariat.put(created.header("Location"), confidential);

		awaitList(l -> !ids(l.path("offers")).contains(id));
		assertNoPublicRow(id);
	}

	@Test
	void given_a_state_that_objects_or_a_request_withdrawn_then_it_disappears() {
		Api.Response objected = secretariat.post("/api/requests", Bodies.request());
		Api.Response withdrawn = secretariat.post("/api/requests", Bodies.request());
		awaitList(l -> ids(l.path("requests")).containsAll(List.of(id(objected), id(withdrawn))));

		secretariat.post(objected.header("Location") + "/objection", Map.of("reason", "note verbale"));
		secretariat.post(withdrawn.header("Location") + "/withdraw", null);

		awaitList(l -> !ids(l.path("requests")).contains(id(objected))
				&& !ids(l.path("requests")).contains(id(withdrawn)));
		assertNoPublicRow(id(objected), id(withdrawn));
	}

	@Test
	void given_a_pending_request_amended_then_published_then_the_list_shows_what_it_says_now() {
		Map<String, Object> pending = Bodies.request();
		pending.put("publicationConsent", "PENDING");
		Api.Response created = secretariat.post("/api/requests", pending);
		Map<String, Object> amended = Api.mutable(pending);
		amended.put("title", "Drafting of trans-shipment legislation");
		secretariat.put(created.header("Location"), amended);

		secretariat.post(created.header("Location") + "/publish", null);

		JsonNode list = awaitList(l -> ids(l.path("requests")).contains(id(created)));
		assertThat(find(list.path("requests"), id(created)).path("title").asText())
			.isEqualTo("Drafting of trans-shipment legislation");
	}

	private void assertNoPublicRow(String... ids) {
		for (String id : ids) {
			assertThat(db.sql("""
					select (select count(*) from public_request where request_id::text = :id)
					     + (select count(*) from public_offer where offer_id::text = :id)""")
				.param("id", id)
				.query(Long.class)
				.single()).as(id).isZero();
		}
	}

	private JsonNode awaitList(Predicate<JsonNode> condition) {
		return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
			Api.Response answer = anyone.get(LIST);
			assertThat(answer.status()).isEqualTo(200);
			return answer.json();
		}, condition::test);
	}

	private static String id(Api.Response created) {
		return created.json().path("id").asText();
	}

	private static List<String> ids(JsonNode items) {
		return items.findValuesAsText("id");
	}

	private static JsonNode find(JsonNode items, String id) {
		for (JsonNode item : items) {
			if (item.path("id").asText().equals(id)) {
				return item;
			}
		}
		throw new AssertionError("not listed: " + id);
	}

}
